'use strict';
// The `process` object: an EventEmitter with Node's properties and methods. The
// session's own details (argv, env, pid…) are filled in by ./setup.js.

const EventEmitter = require('events');
const { nextTick } = require('internal/task_queues');
const signals = require('internal/process/signals');
const { credentials } = require('internal/process/credentials');
const resources = require('internal/process/resources');

function Process() {}
Object.setPrototypeOf(Process.prototype, EventEmitter.prototype);
const process = new Process();
EventEmitter.call(process);
// As in Node, the tag is the object's own, so a copy sharing its prototype is no process.
Object.defineProperty(process, Symbol.toStringTag, {
  __proto__: null, value: 'process', writable: true, enumerable: false, configurable: false,
});

const NODE_VERSION = 'v24.12.0';

let sourceMapsEnabled = false;

let exitCode;
Object.defineProperty(process, 'exitCode', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() {
    return exitCode;
  },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      require('internal/validators').validateInteger(value, 'code');
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
  features: createFeatures(),
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
    const from = internals.cwd();
    try {
      internals.chdir(directory);
    } catch (error) {
      // Node's message names both directories: chdir /from -> 'to'.
      if (error === null || typeof error !== 'object' || typeof error.errno !== 'number' ||
          error.code === 'ERR_ACCESS_DENIED') {
        throw error;
      }
      const { uvException } = require('internal/errors');
      throw uvException({ errno: error.errno, code: error.code, syscall: 'chdir', path: from, dest: directory });
    }
  },
  umask,
  uptime() {
    return Number(internals.hrtimeNs()) / 1e9;
  },
  hrtime,
  // The session is one thread of the host: its CPU time is that thread's, for both.
  cpuUsage(prevValue) {
    return cpuUsageSince(prevValue);
  },
  threadCpuUsage(prevValue) {
    return cpuUsageSince(prevValue);
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
  _kill: signals.sendSignal,
  abort() {
    internals.exit(134, true);
  },
  binding(name) {
    return require('internal/process/binding').binding(name);
  },
  ...credentials,
  getActiveResourcesInfo: resources.getActiveResourcesInfo,
  _getActiveRequests: resources.getActiveRequests,
  _getActiveHandles: resources.getActiveHandles,
  execve,
  dlopen,
  setUncaughtExceptionCaptureCallback(fn) {
    require('internal/process/uncaught').setCaptureCallback(fn);
  },
  hasUncaughtExceptionCaptureCallback() {
    return require('internal/process/uncaught').hasCaptureCallback();
  },
  setSourceMapsEnabled(enabled) {
    require('internal/validators').validateBoolean(enabled, 'enabled');
    sourceMapsEnabled = enabled;
  },
  constrainedMemory: () => 0,
  availableMemory: () => 4 * 1024 * 1024 * 1024,
});

Object.defineProperty(process, 'sourceMapsEnabled', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return sourceMapsEnabled;
  },
});

Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return require('internal/process/allowed_flags').allowedNodeEnvironmentFlags();
  },
  set(value) {
    Object.defineProperty(this, 'allowedNodeEnvironmentFlags', {
      __proto__: null,
      value, configurable: true, enumerable: true, writable: true,
    });
  },
});

// process.config: the build configuration, read-only as in Node.
Object.defineProperty(process, 'config', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  writable: false,
  value: deepFreeze({
    target_defaults: { cflags: [], default_configuration: 'Release', defines: [], include_dirs: [], libraries: [] },
    variables: {
      host_arch: 'x64',
      target_arch: 'x64',
      napi_build_version: '10',
      node_module_version: 137,
      node_shared: false,
      node_use_openssl: true,
      v8_enable_i18n_support: 1,
    },
  }),
});

function deepFreeze(object) {
  for (const value of Object.values(object)) {
    if (value !== null && typeof value === 'object') deepFreeze(value);
  }
  return Object.freeze(object);
}

// process.features: what this build supports, with Node 24's keys.
function createFeatures() {
  const features = {
    inspector: false,
    debug: false,
    uv: true,
    ipv6: true,
    tls_alpn: false,
    tls_sni: false,
    tls_ocsp: false,
    tls: false,
    openssl_is_boringssl: false,
  };
  for (const [name, value] of [['cached_builtins', true], ['require_module', true], ['typescript', false]]) {
    Object.defineProperty(features, name, { __proto__: null, enumerable: true, configurable: true, get: () => value });
  }
  return features;
}

// process.umask([mask]): the session's own file mode creation mask. Sessions share
// one host process, whose umask is never changed; the session's value starts as the
// host's and is what process.umask reports. The host's umask is what the kernel
// applies when the session creates files.
let sessionUmask;
function umask(mask) {
  if (sessionUmask === undefined) {
    // (A binary older than this file has no hostUmask: assume the usual 022.)
    sessionUmask = typeof internals.hostUmask === 'function' ? internals.hostUmask() : 0o022;
  }
  const old = sessionUmask;
  if (mask !== undefined) {
    sessionUmask = require('internal/validators').parseFileMode(mask, 'mask') & 0o777;
  }
  return old;
}

// Node's check of a previous cpuUsage() result, then the difference from it.
function cpuUsageSince(prevValue) {
  const [user, system] = internals.cpuUsageUs();
  if (!prevValue) return { user, system };
  const { validateObject, validateNumber } = require('internal/validators');
  const { codes } = require('internal/errors');
  const isValid = (value) => typeof value === 'number' && value <= Number.MAX_SAFE_INTEGER && value >= 0;
  if (!isValid(prevValue.user)) {
    validateObject(prevValue, 'prevValue');
    validateNumber(prevValue.user, 'prevValue.user');
    throw new codes.ERR_INVALID_ARG_VALUE.RangeError('prevValue.user', prevValue.user);
  }
  if (!isValid(prevValue.system)) {
    validateNumber(prevValue.system, 'prevValue.system');
    throw new codes.ERR_INVALID_ARG_VALUE.RangeError('prevValue.system', prevValue.system);
  }
  return { user: user - prevValue.user, system: system - prevValue.system };
}

// process.execve(): checks its arguments as Node does, then refuses — a session
// cannot replace the host process.
let warnedExecve = false;
function execve(execPath, args = [], env) {
  if (!warnedExecve) {
    warnedExecve = true;
    process.emitWarning('process.execve is an experimental feature and might change at any time',
      'ExperimentalWarning');
  }
  const { validateString, validateArray, validateObject } = require('internal/validators');
  const { codes } = require('internal/errors');
  validateString(execPath, 'execPath');
  validateArray(args, 'args');
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (typeof arg !== 'string' || arg.includes('\u0000')) {
      throw new codes.ERR_INVALID_ARG_VALUE(`args[${i}]`, arg, 'must be a string without null bytes');
    }
  }
  if (env !== undefined) {
    validateObject(env, 'env');
    for (const [key, value] of Object.entries(env)) {
      if (typeof value !== 'string' || key.includes('\u0000') || value.includes('\u0000')) {
        throw new codes.ERR_INVALID_ARG_VALUE('env', env,
          'must be an object with string keys and values without null bytes');
      }
    }
  }
  throw require('internal/refused').accessDenied('process.execve', 'ChildProcess', execve);
}

// process.dlopen(module, filename[, flags]): native addons cannot load in a session.
function dlopen(module, filename, flags) {
  const { codes } = require('internal/errors');
  if (module === null || typeof module !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('module', 'object', module);
  }
  filename = `${filename}`;
  if (flags !== undefined) require('internal/validators').validateInt32(flags, 'flags');
  let message;
  if (!require('fs').existsSync(filename)) {
    message = `${filename}: cannot open shared object file: No such file or directory`;
  } else {
    message = `Cannot load native addon '${filename}': native addons cannot run inside a corral session`;
  }
  const error = new codes.ERR_DLOPEN_FAILED(message);
  Error.captureStackTrace(error, dlopen);
  throw error;
}

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

// process.ref(obj) / process.unref(obj): call the object's Symbol.for('nodejs.ref')
// (or 'nodejs.unref') method, else its legacy ref() / unref(); anything else is ignored.
const kNodejsRef = Symbol.for('nodejs.ref');
const kNodejsUnref = Symbol.for('nodejs.unref');
function callRefMethod(maybeRefable, symbol, name) {
  if (maybeRefable === null || (typeof maybeRefable !== 'object' && typeof maybeRefable !== 'function')) return;
  const method = typeof maybeRefable[symbol] === 'function' ? maybeRefable[symbol] : maybeRefable[name];
  if (typeof method === 'function') Reflect.apply(method, maybeRefable, []);
}
process.ref = function ref(maybeRefable) {
  callRefMethod(maybeRefable, kNodejsRef, 'ref');
};
process.unref = function unref(maybeRefable) {
  callRefMethod(maybeRefable, kNodejsUnref, 'unref');
};

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
  } else if (code !== undefined && typeof code !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('code', 'string', code);
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
    if (process.throwDeprecation) {
      // Thrown from a tick, after the warnings emitted before it were handled.
      nextTick(() => {
        throw warning;
      });
      return;
    }
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
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return require('internal/stdio')[getter]();
    },
  });
}

module.exports = { process, installDefaultWarningListener, NODE_VERSION };
