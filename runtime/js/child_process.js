'use strict';

// Node's `child_process`, refused: a session can never start a host process.
// The module loads; every way of starting a process throws ERR_ACCESS_DENIED
// synchronously, as Node's permission model does (the promisified exec and
// execFile reject instead).

const EventEmitter = require('events');
const { accessDenied, refusedFunction } = require('internal/refused');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

const spawn = refusedFunction('child_process.spawn', 'ChildProcess');
const spawnSync = refusedFunction('child_process.spawnSync', 'ChildProcess');
const exec = refusedFunction('child_process.exec', 'ChildProcess');
const execSync = refusedFunction('child_process.execSync', 'ChildProcess');
const execFile = refusedFunction('child_process.execFile', 'ChildProcess');
const execFileSync = refusedFunction('child_process.execFileSync', 'ChildProcess');
const fork = refusedFunction('child_process.fork', 'ChildProcess');
const _forkChild = refusedFunction('child_process._forkChild', 'ChildProcess');

for (const [fn, api] of [[exec, 'child_process.exec'], [execFile, 'child_process.execFile']]) {
  Object.defineProperty(fn, kCustomPromisify, {
    __proto__: null,
    enumerable: false,
    value: function promisified() {
      return Promise.reject(accessDenied(api, 'ChildProcess', promisified));
    },
  });
}

// A ChildProcess object can be made, but it cannot spawn anything.
class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = null;
    this.pid = undefined;
  }

  spawn() {
    throw accessDenied('child_process.ChildProcess.spawn', 'ChildProcess', this.spawn);
  }

  kill() {
    return false;
  }

  ref() {}

  unref() {}

  [Symbol.dispose]() {}
}

module.exports = {
  _forkChild,
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
