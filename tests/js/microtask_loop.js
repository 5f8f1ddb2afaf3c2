// A loop of queueMicrotask callbacks that never lets the microtask queue empty.
let turns = 0;
process.on('SIGINT', () => {
  console.log('SIGINT handled after microtasks:', turns > 1000);
  process.exit(0);
});
function again() {
  turns++;
  queueMicrotask(again);
}
console.log('ready');
queueMicrotask(again);
