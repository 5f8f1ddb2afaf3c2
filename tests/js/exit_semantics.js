// process.exit from different places, 'beforeExit' scheduling more work, exitCode.
const mode = process.argv[2];
const log = (...args) => console.log(...args);
process.on('exit', (code) => log('exit', code, process.exitCode));

if (mode === 'tick') {
  setTimeout(() => log('timer must not run'), 50);
  process.nextTick(() => {
    log('in tick');
    process.exit(3);
  });
} else if (mode === 'timer') {
  setInterval(() => log('interval must not run again'), 1000);
  setTimeout(() => {
    log('in timer');
    process.exit(4);
    log('after exit must not print');
  }, 1);
} else if (mode === 'promise') {
  Promise.resolve().then(() => {
    log('in promise');
    process.exit(5);
  });
  Promise.resolve().then(() => log('second promise must not run'));
} else if (mode === 'exit-in-exit') {
  process.on('exit', () => {
    log('second exit listener');
    process.exit(9);
  });
  process.on('exit', () => log('third listener must not run'));
} else if (mode === 'before-exit') {
  let rounds = 0;
  process.on('beforeExit', (code) => {
    log('beforeExit', code, rounds);
    if (rounds++ < 2) setTimeout(() => log('scheduled from beforeExit', rounds), 1);
  });
  process.exitCode = 2;
} else if (mode === 'uncaught-handler') {
  process.on('uncaughtException', (error, origin) => {
    log('handled', error.message, origin);
  });
  process.nextTick(() => {
    throw new Error('from tick');
  });
  process.nextTick(() => log('next tick still runs'));
  Promise.reject(new Error('from promise'));
  setImmediate(() => {
    log('immediate');
    setTimeout(() => {
      throw new Error('from timer');
    }, 1);
    setTimeout(() => log('next timer still runs'), 1);
  });
} else if (mode === 'unhandled-rejection') {
  process.on('unhandledRejection', (reason, promise) => {
    log('unhandledRejection', reason.message, promise instanceof Promise);
  });
  Promise.reject(new Error('nobody catches'));
  setTimeout(() => log('still alive'), 1);
} else if (mode === 'rejection-fatal') {
  setTimeout(() => log('must not run'), 5);
  Promise.reject(new Error('fatal rejection'));
} else if (mode === 'exit-code-type') {
  try {
    process.exitCode = 'nope';
  } catch (error) {
    log(error.code, error.message);
  }
  process.exitCode = '7';
}
