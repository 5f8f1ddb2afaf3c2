'use strict';
// The first module every session runs. It builds the builtin-module loader, installs
// the globals, and returns the entry points the Rust event loop calls
// (runtime/src/js_runtime.rs names them). Nothing here depends on the session's
// details, which arrive afterwards through `setup(info)` — so this part can live in a
// startup snapshot.

const builtinCache = new Map();

// Loads builtin module `name` (a file under runtime/js/), once.
function requireBuiltin(name) {
  const cached = builtinCache.get(name);
  if (cached !== undefined) return cached.exports;
  const wrapper = internals.compileBuiltin(name);
  const mod = { exports: {}, id: name, loaded: false };
  builtinCache.set(name, mod);
  try {
    wrapper.call(mod.exports, mod.exports, requireBuiltin, mod, internals);
  } catch (err) {
    builtinCache.delete(name);
    throw err;
  }
  mod.loaded = true;
  return mod.exports;
}

// Stacks are formatted when first read, as in Node.
requireBuiltin('internal/stack_trace');

const loader = requireBuiltin('internal/builtins');
loader.install(requireBuiltin, builtinCache);

const globals = requireBuiltin('internal/globals');
globals.install();

const taskQueues = requireBuiltin('internal/task_queues');
// V8's module hooks (dynamic import(), import.meta) are needed from the first script.
requireBuiltin('internal/modules/esm_hooks');
// Installs the promise rejection tracker before any user code runs.
requireBuiltin('internal/process/promises');
const timers = requireBuiltin('internal/timers');
const stdio = requireBuiltin('internal/stdio');
const processSetup = requireBuiltin('internal/process/setup');
const uncaught = requireBuiltin('internal/process/uncaught');

module.exports = {
  setup(info) {
    processSetup.setup(info);
  },
  runMain(path) {
    requireBuiltin('internal/modules/run_main').runMain(path);
    taskQueues.processTicksAndRejections();
  },
  runTimers(now) {
    timers.runTimers(now);
  },
  runImmediates() {
    timers.runImmediates();
  },
  drainTicks() {
    taskQueues.processTicksAndRejections();
  },
  runCompletions() {
    requireBuiltin('internal/completions').runCompletions();
  },
  onStdin(kind, payload) {
    stdio.onStdin(kind, payload);
    taskQueues.processTicksAndRejections();
  },
  onSignal(name) {
    process.emit(name, name);
    taskQueues.processTicksAndRejections();
  },
  onLimitWarning(message) {
    process.emitWarning(message, 'ResourceLimitWarning');
    taskQueues.processTicksAndRejections();
  },
  beforeExit() {
    processSetup.emitBeforeExit();
  },
  emitExit() {
    processSetup.exitNormally();
  },
  onUncaught(error, sourceContext) {
    uncaught.onUncaught(error, sourceContext);
  },
  onFsEvent(watch, kind, payload) {
    requireBuiltin('internal/fs/watchers').onFsEvent(watch, kind, payload);
    taskQueues.processTicksAndRejections();
  },
};
