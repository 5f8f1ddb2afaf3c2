// An unref'd immediate alone does not keep the session alive; clearImmediate()
// leaves a timer alone.
const mode = process.argv[2];
process.on('exit', (code) => console.log('exit', code));
if (mode === 'alone') {
  setImmediate(() => console.log('unref immediate must not run')).unref();
} else {
  const t = setTimeout(() => {
    console.log('timeout ran');
    setTimeout(() => console.log('second timeout ran'), 2);
  }, 1);
  clearImmediate(t);
}
