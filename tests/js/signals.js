// Signals: listeners, default actions and process.kill, through the signal actor.
const mode = process.argv[2];
const log = (...args) => console.log(...args);
process.on('exit', (code) => log('exit', code));
// Keeps the session alive while a signal is on its way (signal listeners do not).
const keepAlive = setInterval(() => {}, 1000);
const done = () => clearInterval(keepAlive);

if (mode === 'handled') {
  let seen = 0;
  const handler = (name) => {
    log('got', name);
    if (++seen === 2) setTimeout(() => { log('still alive after handlers'); done(); }, 5);
  };
  process.on('SIGINT', handler);
  process.on('SIGUSR1', handler);
  process.kill(process.pid, 'SIGINT');
  process.kill(process.pid, 'SIGUSR1');
  log('kill returned');
} else if (mode === 'default-int') {
  process.kill(process.pid, 'SIGINT');
} else if (mode === 'default-term') {
  process.kill(process.pid);
} else if (mode === 'default-hup') {
  process.kill(process.pid, 1);
} else if (mode === 'winch-ignored') {
  process.kill(process.pid, 'SIGWINCH');
  setTimeout(() => { log('winch ignored'); done(); }, 20);
} else if (mode === 'once-off') {
  const handler = () => log('handler must not run');
  process.on('SIGUSR1', handler);
  process.off('SIGUSR1', handler);
  process.once('SIGUSR2', () => {
    log('once usr2');
    process.kill(process.pid, 'SIGUSR2');
  });
  process.kill(process.pid, 'SIGUSR2');
} else if (mode === 'errors') {
  log('exists', process.kill(process.pid, 0));
  for (const [pid, sig] of [[process.pid, 'SIGNOPE'], [process.pid, 999], [process.pid + 1, 'SIGTERM'], ['x', 'SIGTERM']]) {
    try {
      process.kill(pid, sig);
    } catch (error) {
      log(error.name, error.code, error.message);
    }
  }
  done();
} else if (mode === 'wait') {
  process.on('SIGINT', () => {
    log('host SIGINT handled');
    done();
  });
  log('ready');
} else if (mode === 'wait-default') {
  log('ready');
}
