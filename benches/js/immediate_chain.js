// A chain of setImmediate callbacks; prints callbacks per second.
const total = Number(process.argv[2] ?? 300_000);
let left = total;
const start = process.hrtime.bigint();
function step() {
  if (--left > 0) setImmediate(step);
  else console.log(Math.round(total / (Number(process.hrtime.bigint() - start) / 1e9)));
}
setImmediate(step);
