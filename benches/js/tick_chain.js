// A chain of process.nextTick callbacks; prints callbacks per second.
const total = Number(process.argv[2] ?? 2_000_000);
let left = total;
const start = process.hrtime.bigint();
function step() {
  if (--left > 0) process.nextTick(step);
  else console.log(Math.round(total / (Number(process.hrtime.bigint() - start) / 1e9)));
}
process.nextTick(step);
