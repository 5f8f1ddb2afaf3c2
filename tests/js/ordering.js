// Node's ordering of nextTick, promise jobs, queueMicrotask, immediates and timers.
const log = (...args) => console.log(...args);

log('sync start');
setImmediate(() => {
  log('immediate 1');
  process.nextTick(() => log('tick inside immediate 1'));
  Promise.resolve().then(() => log('promise inside immediate 1'));
  setImmediate(() => log('immediate queued during check phase'));
});
setImmediate(() => log('immediate 2'));
Promise.resolve().then(() => {
  log('promise 1');
  process.nextTick(() => log('tick from promise 1'));
}).then(() => log('promise 2'));
queueMicrotask(() => log('microtask 1'));
process.nextTick(() => {
  log('tick 1');
  process.nextTick(() => log('tick 1 nested'));
  Promise.resolve().then(() => log('promise from tick 1'));
});
process.nextTick((a, b) => log('tick 2 args', a, b), 'a', 'b');
log('sync end');

// From an I/O-like callback (a timer here), setImmediate runs before setTimeout(0).
setTimeout(() => {
  setTimeout(() => log('later: timeout 0'), 0);
  setImmediate(() => log('later: immediate'));
}, 10);

// Timers of the same due time run in order, with ticks and microtasks between them.
setTimeout(() => {
  setTimeout(() => {
    log('t1');
    process.nextTick(() => log('t1 tick'));
    Promise.resolve().then(() => log('t1 promise'));
  }, 1);
  setTimeout(() => log('t2'), 1);
}, 30);
