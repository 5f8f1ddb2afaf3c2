'use strict';
// The `process` object: an EventEmitter with Node's properties and methods. The
// session's own details (argv, env, pid…) are filled in by ./setup.js.

const EventEmitter = require('events');
const { nextTick } = require('internal/task_queues');
const signals = require('internal/process/signals');

function Process() {}
Object.setPrototypeOf(Process.prototype, EventEmitter.prototype);
Object.defineProperty(Process.prototype, Symbol.toStringTag, {
  value: 'process', writable: false, enumerable: false, configurable: true,
});

const process = new Process();
EventEmitter.call(process);

const NODE_VERSION = 'v24.12.0';

let exitCode;
Object.defineProperty(process, 'exitCode', {
  enumerable: true,
  configurable: false,
  get() {
    return exitCode;
  },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      if (!Number.isInteger(value)) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_ARG_TYPE('code', 'number', code);
      }
    }
    exitCode = code;
  },
});

Object.assign(process, {
  title: 'corral',
  version: NODE_VERSION,
  versions: {},
  arch: 'x64',
  platform: 'linux',
  release: { name: 'node', lts: 'Krypton' },
  argv: [],
  execArgv: [],
  env: {},
  pid: 0,
  ppid: 0,
  execPath: '',
  debugPort: 9229,
  argv0: 'corral',
  _exiting: false,
  config: { variables: {} },
  features: {
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false,
    tls_ocsp: false, tls: false, cached_builtins: true, require_module: true, typescript: false,
  },
  moduleLoadList: [],
  nextTick,
  emitWarning,
  exit,
  reallyExit(code) {
    internals.exit(code | 0, false);
  },
  cwd() {
    return internals.cwd();
  },
  chdir(directory) {
    const { codes } = require('internal/errors');
    if (typeof directory !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('directory', 'string', directory);
    internals.chdir(directory);
  },
  umask() {
    return 0o022;
  },
  uptime() {
    return Number(internals.hrtimeNs()) / 1e9;
  },
  hrtime,
  cpuUsage(previous) {
    const [user, system] = internals.cpuUsageUs();
    if (previous) return { user: user - previous.user, system: system - previous.system };
    return { user, system };
  },
  memoryUsage: Object.assign(function memoryUsage() {
    const [heapTotal, heapUsed, external, arrayBuffers] = internals.memoryUsage();
    return { rss: heapTotal + external, heapTotal, heapUsed, external, arrayBuffers };
  }, {
    rss() {
      const [heapTotal, , external] = internals.memoryUsage();
      return heapTotal + external;
    },
  }),
  resourceUsage() {
    const [user, system] = internals.cpuUsageUs();
    return { userCPUTime: user, systemCPUTime: system, maxRSS: 0 };
  },
  kill: signals.kill,
  abort() {
    internals.exit(134, true);
  },
  binding(name) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_ACCESS_DENIED(`process.binding('${name}')`);
  },
  getuid: () => 1000,
  geteuid: () => 1000,
  getgid: () => 1000,
  getegid: () => 1000,
  getgroups: () => [1000],
  getActiveResourcesInfo: () => [],
  setUncaughtExceptionCaptureCallback(fn) {
    require('internal/process/uncaught').setCaptureCallback(fn);
  },
  hasUncaughtExceptionCaptureCallback() {
    return require('internal/process/uncaught').hasCaptureCallback();
  },
  setSourceMapsEnabled() {},
  constrainedMemory: () => 0,
  availableMemory: () => 4 * 1024 * 1024 * 1024,
});

function hrtime(previous) {
  const ns = internals.hrtimeNs();
  let seconds = Number(ns / 1000000000n);
  let nanos = Number(ns % 1000000000n);
  if (previous !== undefined) {
    if (!Array.isArray(previous)) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('time', 'Array', previous);
    }
    if (previous.length !== 2) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_OUT_OF_RANGE('time', 2, previous.length);
    }
    seconds -= previous[0];
    nanos -= previous[1];
    if (nanos < 0) {
      seconds -= 1;
      nanos += 1e9;
    }
  }
  return [seconds, nanos];
}
hrtime.bigint = () => internals.hrtimeNs();
process.hrtime = hrtime;

// process.exit(code): emit 'exit' (once) and end the session now, from wherever it is
// called — a tick, a timer, a promise job, or an 'exit' listener.
function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode | 0);
  }
  internals.exit(process.exitCode | 0, false);
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  }
  if (typeof warning === 'string') {
    const error = new Error(warning);
    error.name = String(type || 'Warning');
    if (code !== undefined) error.code = code;
    if (detail !== undefined) error.detail = detail;
    Error.captureStackTrace(error, ctor || process.emitWarning);
    warning = error;
  } else if (!(warning instanceof Error)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  nextTick(() => {
    process.emit('warning', warning);
  });
}

// The default 'warning' listener prints like Node does.
let warningListenerInstalled = false;
function installDefaultWarningListener() {
  if (warningListenerInstalled) return;
  warningListenerInstalled = true;
  process.on('warning', (warning) => {
    if (!(warning instanceof Error)) return;
    if (process.listenerCount('warning') > 1 && process.noProcessWarnings) return;
    let text = `(${process.release.name}:${process.pid}) `;
    if (warning.code) text += `[${warning.code}] `;
    text += `${warning.name}: ${warning.message}`;
    if (typeof warning.detail === 'string') text += `\n${warning.detail}`;
    process.stderr.write(`${text}\n`);
  });
}

signals.watch(process);

for (const [name, getter] of [['stdin', 'getStdin'], ['stdout', 'getStdout'], ['stderr', 'getStderr']]) {
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: true,
    get() {
      return require('internal/stdio')[getter]();
    },
  });
}

module.exports = { process, installDefaultWarningListener, NODE_VERSION };
