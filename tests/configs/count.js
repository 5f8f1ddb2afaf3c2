// Prints its name and a few numbered lines, then exits with CODE (default 0).
const name = process.argv[2] ?? 'count';
const lines = Number(process.argv[3] ?? 3);
let n = 0;
const timer = setInterval(() => {
  console.log(`${name} line ${++n}`);
  if (n === lines) {
    clearInterval(timer);
    process.exitCode = Number(process.env.CODE ?? 0);
  }
}, 5);
