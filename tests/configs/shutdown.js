// Handles SIGTERM (cleans up and exits 0) or ignores it, as argv[2] says.
const mode = process.argv[2];
process.on('SIGTERM', () => {
  if (mode === 'graceful') {
    console.log('graceful cleaning up');
    setTimeout(() => process.exit(0), 20);
  } else {
    console.log('stubborn ignores SIGTERM');
  }
});
console.log(`${mode} ready`);
setInterval(() => {}, 1000);
