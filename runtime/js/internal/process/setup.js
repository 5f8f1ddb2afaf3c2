'use strict';
// Fills `process` with the session's own details, and the loop's end-of-life events.

const { process, installDefaultWarningListener } = require('internal/process/object');
const { processTicksAndRejections } = require('internal/task_queues');
const { createEnv } = require('internal/process/env');

function setup(info) {
  process.argv = info.argv;
  process.argv0 = 'corral';
  process.execPath = info.execPath;
  process.pid = info.pid;
  process.ppid = info.ppid;
  process.env = createEnv(info.env);
  process.versions = {
    node: process.version.slice(1),
    v8: info.v8Version,
    corral: info.corralVersion,
    uv: '1.51.0',
    modules: '137',
    unicode: '16.0',
  };
  require('internal/stdio').configure(info);
  installDefaultWarningListener();
}

// The loop has emptied: 'beforeExit', which may schedule more work.
function emitBeforeExit() {
  process.emit('beforeExit', process.exitCode | 0);
  processTicksAndRejections();
}

// The loop is done: 'exit' with process.exitCode, then the end. A main ES module still
// stuck on a top-level await makes it exit code 13, as in Node.
function exitNormally() {
  const stalled = require('internal/modules/esm_state').stalledMainWarning();
  if (stalled !== '' && process.exitCode === undefined) {
    process.exitCode = 13;
    internals.writeOutput(2, stalled);
  }
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode | 0);
  }
  internals.exit(process.exitCode | 0, false);
}

module.exports = { setup, emitBeforeExit, exitNormally };
