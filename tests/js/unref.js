process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('unref timeout must not run'), 3000).unref();
setInterval(() => console.log('unref interval must not run'), 2000).unref();
const timer = setTimeout(() => console.log('unref then ref-checked timeout must not run'), 1000);
timer.unref();
setImmediate(() => console.log('immediate'));
setImmediate(() => console.log('unref immediate ran')).unref();
console.log('main done');
