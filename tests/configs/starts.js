// Prints "start" with a timestamp, then exits with CODE after DELAY ms.
console.log(`${process.argv[2] ?? 'start'} ${Date.now()}`);
setTimeout(() => {
  process.exitCode = Number(process.env.CODE ?? 0);
}, Number(process.env.DELAY ?? 0));
