'use strict';

// APIs a session cannot use: host processes, workers, the inspector, and
// (until the network actor exists) the network. Their modules load, so tools
// that merely import them still start; using them throws ERR_ACCESS_DENIED:
//
//   Access to this API has been restricted: child_process.spawn is not
//   available in a corral session (no host processes)

const { codes } = require('internal/errors');

const reasons = {
  __proto__: null,
  ChildProcess: 'no host processes',
  WorkerThreads: 'no worker threads',
  Inspector: 'no inspector',
  Net: 'no network access yet',
  VM: 'no separate contexts',
  V8: 'not available',
};

// The error for using `api` (e.g. 'child_process.spawn'); `permission` is
// Node's permission-model scope (ChildProcess, WorkerThreads, Net...).
function accessDenied(api, permission, caller) {
  const reason = reasons[permission] ?? 'not available';
  const error = new codes.ERR_ACCESS_DENIED(
    `Access to this API has been restricted: ${api} is not available in a corral session (${reason})`,
    permission, api);
  if (typeof caller === 'function') {
    Error.captureStackTrace(error, caller);
    // Keep the code in the stack header after recapturing.
    try {
      const stack = error.stack;
      if (typeof stack === 'string' && stack.startsWith('Error:')) {
        error.stack = `Error [ERR_ACCESS_DENIED]${stack.slice(5)}`;
      }
    } catch {
      // Leave the stack as it is.
    }
  }
  return error;
}

// A function named like the real one that always throws.
function refusedFunction(api, permission, name = api.slice(api.lastIndexOf('.') + 1)) {
  const fn = {
    [name](...args) {
      throw accessDenied(api, permission, fn);
    },
  }[name];
  return fn;
}

// The same, for promise-returning APIs: a rejected promise.
function refusedAsyncFunction(api, permission, name = api.slice(api.lastIndexOf('.') + 1)) {
  const fn = {
    [name](...args) {
      return Promise.reject(accessDenied(api, permission, fn));
    },
  }[name];
  return fn;
}

// A class that cannot be constructed (nor called).
function refusedClass(api, permission, name = api.slice(api.lastIndexOf('.') + 1), Base) {
  const EventEmitter = Base === undefined ? require('events') : Base;
  const cls = {
    [name]: class extends EventEmitter {
      constructor() {
        throw accessDenied(api, permission, cls);
      }
    },
  }[name];
  return cls;
}

module.exports = { accessDenied, refusedFunction, refusedAsyncFunction, refusedClass };
