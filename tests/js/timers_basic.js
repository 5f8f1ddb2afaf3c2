// setTimeout/setInterval/setImmediate basics: arguments, `this`, clearing, ids,
// delay coercion and validation. Each phase starts from the previous one, so the
// order is fixed by the semantics, not by timing.
const log = (...args) => console.log(...args);

// Synchronous checks first.
for (const fn of [setTimeout, setInterval, setImmediate]) {
  try {
    fn('not a function');
  } catch (error) {
    log(fn.name, error.name, error.code, error.message);
  }
}
const probe = setTimeout(() => {}, 1000);
log('hasRef', probe.hasRef(), probe.unref().hasRef(), probe.ref().hasRef());
log('refresh returns the timer', probe.refresh() === probe);
const id = +probe;
log('id is a number', typeof id === 'number', `${probe}` === String(id));
clearTimeout(id);

// Each kind cleared by the other kind's clear function: none of these run.
clearInterval(setTimeout(() => log('cleared timeout ran!'), 1));
clearTimeout(setInterval(() => log('cleared interval ran!'), 1));
clearImmediate(setImmediate(() => log('cleared immediate ran!')));

const immediate = setImmediate(function (a) {
  log('immediate arg', a, this === immediate, this.constructor.name);
  coercion();
}, 'z');

function coercion() {
  // Odd delays all become 1 ms: same list, so insertion order.
  const delays = [NaN, -5, 0, undefined, null, {}, 'x'];
  delays.forEach((delay, index) => {
    setTimeout(() => {
      log('coerced delay', typeof delay === 'number' ? String(delay) : JSON.stringify(delay));
      if (index === delays.length - 1) withArguments();
    }, delay);
  });
}

function withArguments() {
  // A numeric string is a delay like its number. (Timers count whole milliseconds of
  // the loop clock, so the wall clock may see up to 1 ms less.)
  const started = Date.now();
  setTimeout(() => log('string delay waited', Date.now() - started >= 14), '15');

  const timeout = setTimeout(function (a, b) {
    log('timeout args', a, b, this === timeout, this.constructor.name);
    setTimeout(interval, 20);
  }, 5, 'x', 'y');
}

function interval() {
  let ticks = 0;
  const handle = setInterval(function (arg) {
    ticks++;
    log('interval tick', ticks, arg, this === handle);
    if (ticks === 3) clearInterval(handle);
  }, 2, 'arg');
}
