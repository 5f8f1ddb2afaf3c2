'use strict';
// Signals: listeners on `process` for signal names tell the signal actor to deliver
// those signals here; `process.kill` sends through the same actor.

// Linux signal numbers (os.constants.signals).
const signalNumbers = Object.freeze({
  __proto__: null,
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6,
  SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12,
  SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18,
  SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
  SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29,
  SIGPWR: 30, SIGSYS: 31,
});

// Signals a session can receive and listen for.
const deliverable = new Set(['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGUSR1', 'SIGUSR2', 'SIGWINCH', 'SIGKILL']);

function isSignalName(name) {
  return typeof name === 'string' && signalNumbers[name] !== undefined;
}

function watch(process) {
  process.on('newListener', (event) => {
    if (deliverable.has(event) && process.listenerCount(event) === 0) internals.listenSignal(event, true);
  });
  process.on('removeListener', (event) => {
    if (deliverable.has(event) && process.listenerCount(event) === 0) internals.listenSignal(event, false);
  });
}

// process.kill(pid, sig), with Node's argument rules. As in Node, the signal is sent
// by `process._kill(pid, number)` (which programs may replace), and a negative errno
// it returns becomes a `kill` error.
function kill(pid, sig) {
  const { codes } = require('internal/errors');
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let number;
  if (sig === (sig | 0)) {
    number = sig;
  } else {
    sig = sig || 'SIGTERM';
    number = signalNumbers[sig];
    if (number === undefined) throw new codes.ERR_UNKNOWN_SIGNAL(sig);
  }
  const errno = process._kill(pid | 0, number);
  if (errno) throw systemError(errno);
  return true;
}

// The default process._kill: sessions see no process but their own, and only the
// signals a session can observe are delivered. Returns 0 or a negative errno.
function sendSignal(pid, number) {
  if (number < 0 || number > 64) return -22;
  if (pid !== process.pid && pid !== 0 && pid !== -1) return -3;
  if (number === 0) return 0;
  let name;
  for (const candidate in signalNumbers) {
    if (signalNumbers[candidate] === number && deliverable.has(candidate)) name = candidate;
  }
  if (name === undefined) return -22;
  internals.kill(name);
  return 0;
}

const errnoCodes = { __proto__: null, [-22]: 'EINVAL', [-3]: 'ESRCH', [-1]: 'EPERM' };

function systemError(errno) {
  const code = errnoCodes[errno] ?? 'EINVAL';
  const error = new Error(`kill ${code}`);
  error.errno = errno;
  error.code = code;
  error.syscall = 'kill';
  Error.captureStackTrace(error, process.kill);
  return error;
}

module.exports = { watch, kill, sendSignal, signalNumbers, isSignalName };
