process.on('exit', (code) => console.log('exit event', code));
console.log('start');
process.exit(5);
console.log('unreachable');
