// A chain of setTimeout(0) callbacks (each waits the 1 ms minimum); prints callbacks
// per second.
const total = Number(process.argv[2] ?? 1_000);
let left = total;
const start = process.hrtime.bigint();
function step() {
  if (--left > 0) setTimeout(step, 0);
  else console.log(Math.round(total / (Number(process.hrtime.bigint() - start) / 1e9)));
}
setTimeout(step, 0);
