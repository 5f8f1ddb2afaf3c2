'use strict';
// The tests, suites and hooks of node:test, and the context object (`t`) their
// functions receive.
//
// A Test runs its function (sync, async, or with a `done` callback), then waits
// for its subtests, and reports in declaration order: a test's result is
// reported once every earlier sibling (and its own subtests) has been. Subtests
// still running when their parent ends are cancelled. The root test owns the
// reporter and the counters; it reports the summary when the process is about
// to exit (see harness.js).

const { AsyncLocalStorage } = require('async_hooks');
const { addAbortListener } = require('events');
const { isPromise } = require('util').types;
const { AbortError, codes } = require('internal/errors');
const {
  validateAbortSignal,
  validateFunction,
  validateNumber,
  validateObject,
  validateOneOf,
  validateUint32,
} = require('internal/validators');
const { failureTypes, testFailure, isTestFailure } = require('internal/test_runner/failure');
const { ReporterStream } = require('internal/test_runner/reporter_stream');

const TIMEOUT_MAX = 2 ** 31 - 1;
const hookNames = ['before', 'after', 'beforeEach', 'afterEach'];
const noop = () => {};
const hrtime = () => process.hrtime.bigint();

// The test or hook whose code is running (follows awaits, timers, callbacks).
const currentScope = new AsyncLocalStorage();

// Resolves when `signal` aborts; with a timeout, rejects when it expires first.
function stopTest(timeout, signal) {
  let resolveStop;
  let promise = new Promise((resolve) => { resolveStop = resolve; });
  const listener = addAbortListener(signal, resolveStop);
  let timer;
  if (timeout !== null) {
    timer = setTimeout(resolveStop, timeout);
    timer.unref();
    promise = promise.then(() => {
      throw testFailure(`test timed out after ${timeout}ms`, failureTypes.timeout);
    });
  }
  return {
    promise,
    dispose() {
      listener[Symbol.dispose]();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}

// The `done` callback of a callback-style test and the promise it settles.
function deferredCallback() {
  let calls = 0;
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const callback = (err) => {
    calls++;
    if (calls > 1) {
      if (calls === 2) {
        throw testFailure('callback invoked multiple times', failureTypes.multipleCallbacks);
      }
      return;
    }
    if (err) {
      reject(err);
    } else {
      resolve();
    }
  };
  return { promise, callback };
}

// A function that runs `fn` once and gives every later caller the same result.
function once(fn) {
  let ran = false;
  let result;
  return function runOnce(...args) {
    if (!ran) {
      ran = true;
      result = Reflect.apply(fn, this, args);
    }
    return result;
  };
}

function withResolvers() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// t.plan(count, { wait }): how many assertions and subtests the test expects.
class TestPlan {
  #planPromise = null;
  #timer = null;

  constructor(count, options = {}) {
    validateUint32(count, 'count');
    validateObject(options, 'options');
    this.expected = count;
    this.actual = 0;
    const { wait } = options;
    if (typeof wait === 'boolean') {
      this.wait = wait;
    } else if (typeof wait === 'number') {
      validateNumber(wait, 'options.wait', 0, TIMEOUT_MAX);
      this.wait = wait;
    } else if (wait !== undefined) {
      throw new codes.ERR_INVALID_ARG_TYPE('options.wait', ['boolean', 'number'], wait);
    }
  }

  // Undefined when the plan is met; a promise when it may still be; throws otherwise.
  check() {
    if (this.actual === this.expected) {
      if (this.#timer !== null) {
        clearTimeout(this.#timer);
        this.#timer = null;
      }
      if (this.#planPromise !== null) {
        this.#planPromise.resolve();
        this.#planPromise = null;
      }
      return undefined;
    }
    if (this.wait === undefined || this.wait === false) {
      throw testFailure(
        `plan expected ${this.expected} assertions but received ${this.actual}`,
        failureTypes.testCode,
      );
    }
    if (this.#planPromise === null) {
      this.#planPromise = withResolvers();
      if (this.wait !== true) {
        const { reject } = this.#planPromise;
        this.#timer = setTimeout(() => {
          reject(testFailure(
            `plan timed out after ${this.wait}ms with ${this.actual} assertions when expecting ${this.expected}`,
            failureTypes.timeout,
          ));
        }, this.wait);
      }
    }
    return this.#planPromise.promise;
  }

  count() {
    this.actual++;
    if (this.#planPromise !== null) this.check();
  }
}

const assertMethods = [
  'deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow',
  'equal', 'fail', 'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual',
  'notEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'rejects',
  'strictEqual', 'throws',
];
const extraAssertions = new Map();

function fullNameOf(test) {
  if (test === test.root) return test.name;
  let name = test.name;
  for (let t = test.parent; t !== t.root; t = t.parent) name = `${t.name} > ${name}`;
  return name;
}

// `t` in a test (and in the hooks around it).
class TestContext {
  #test;
  #assert;

  constructor(test) {
    this.#test = test;
  }

  get signal() { return this.#test.signal; }
  get name() { return this.#test.name; }
  get filePath() { return this.#test.entryFile; }
  get fullName() { return fullNameOf(this.#test); }
  get error() { return this.#test.error; }
  get passed() { return this.#test.passed; }
  get attempt() { return 0; }

  diagnostic(message) {
    this.#test.diagnostic(message);
  }

  plan(count, options = {}) {
    if (this.#test.plan !== null) {
      throw testFailure('cannot set plan more than once', failureTypes.testCode);
    }
    this.#test.plan = new TestPlan(count, options);
  }

  get assert() {
    if (this.#assert === undefined) {
      const assert = require('assert');
      const { plan } = this.#test;
      const methods = { __proto__: null };
      const wrap = (name, method) => {
        const wrapped = {
          [name](...args) {
            if (plan !== null) plan.count();
            return Reflect.apply(method, this, args);
          },
        }[name];
        methods[name] = wrapped;
      };
      for (const name of assertMethods) wrap(name, assert[name]);
      for (const [name, method] of extraAssertions) wrap(name, method);
      if (!extraAssertions.has('ok')) {
        // The failure message quotes the source of the `t.assert.ok(...)` call.
        const { innerOk } = require('internal/assert/utils');
        methods.ok = function ok(...args) {
          if (plan !== null) plan.count();
          innerOk(ok, args.length, ...args);
        };
      }
      this.#assert = methods;
    }
    return this.#assert;
  }

  get mock() {
    if (this.#test.mock === null) {
      const { MockTracker } = require('internal/test_runner/mock');
      this.#test.mock = new MockTracker();
    }
    return this.#test.mock;
  }

  runOnly(value) {
    this.#test.runOnlySubtests = !!value;
  }

  skip(message) {
    this.#test.skip(message);
  }

  todo(message) {
    this.#test.todo(message);
  }

  test(name, options, fn) {
    const { callerLocation } = require('internal/test_runner/location');
    const overrides = { loc: callerLocation(TestContext.prototype.test) };
    if (this.#test.plan !== null) this.#test.plan.count();
    const subtest = this.#test.createSubtest(Test, name, options, fn, overrides);
    return subtest.start();
  }

  before(fn, options) { this.#addHook('before', fn, options, TestContext.prototype.before); }
  after(fn, options) { this.#addHook('after', fn, options, TestContext.prototype.after); }
  beforeEach(fn, options) { this.#addHook('beforeEach', fn, options, TestContext.prototype.beforeEach); }
  afterEach(fn, options) { this.#addHook('afterEach', fn, options, TestContext.prototype.afterEach); }

  #addHook(hookType, fn, options, caller) {
    const { callerLocation } = require('internal/test_runner/location');
    this.#test.createHook(hookType, fn, {
      ...options,
      parent: this.#test,
      hookType,
      loc: callerLocation(caller),
    });
  }

  waitFor(condition, options = {}) {
    validateFunction(condition, 'condition');
    validateObject(options, 'options');
    const { interval = 50, timeout = 1000 } = options;
    validateNumber(interval, 'options.interval', 0, TIMEOUT_MAX);
    validateNumber(timeout, 'options.timeout', 0, TIMEOUT_MAX);
    const { promise, resolve, reject } = withResolvers();
    const noError = Symbol('noError');
    let cause = noError;
    let pollTimer;
    const done = (err, result) => {
      clearTimeout(pollTimer);
      clearTimeout(timeoutTimer);
      if (err === noError) resolve(result); else reject(err);
    };
    const timeoutTimer = setTimeout(() => {
      const err = new Error('waitFor() timed out');
      if (cause !== noError) err.cause = cause;
      done(err);
    }, timeout);
    const poll = async () => {
      try {
        done(noError, await condition());
      } catch (err) {
        cause = err;
        pollTimer = setTimeout(poll, interval);
      }
    };
    poll();
    return promise;
  }
}

// `t` in a suite's function and its hooks.
class SuiteContext {
  #suite;

  constructor(suite) {
    this.#suite = suite;
  }

  get signal() { return this.#suite.signal; }
  get name() { return this.#suite.name; }
  get filePath() { return this.#suite.entryFile; }
  get fullName() { return fullNameOf(this.#suite); }
  get passed() { return this.#suite.passed; }
  get attempt() { return 0; }

  diagnostic(message) {
    this.#suite.diagnostic(message);
  }
}

class Test {
  reportedType = 'test';
  #startReported = false;
  #context;

  constructor(options) {
    let { fn, name, parent } = options;
    const { concurrency, entryFile, loc, only, timeout, todo, skip, signal, plan } = options;
    if (typeof fn !== 'function') fn = noop;
    if (typeof name !== 'string' || name === '') name = fn.name || '<anonymous>';
    if (!(parent instanceof Test)) parent = null;

    this.name = name;
    this.parent = parent;
    this.testNumber = 0;
    this.outputSubtestCount = 0;
    this.diagnostics = [];
    this.filtered = false;
    this.hasOnlyTests = false;

    if (parent === null) {
      this.root = this;
      this.harness = options.harness;
      this.concurrency = 1;
      this.nesting = 0;
      this.only = false;
      this.reporter = new ReporterStream();
      this.runOnlySubtests = false;
      this.childNumber = 0;
      this.timeout = null;
      this.entryFile = entryFile;
    } else {
      this.root = parent.root;
      this.harness = null;
      this.concurrency = parent.concurrency;
      this.nesting = parent.parent === null ? parent.nesting : parent.nesting + 1;
      this.only = only;
      this.reporter = parent.reporter;
      this.runOnlySubtests = false;
      this.childNumber = parent.subtests.length + 1;
      this.timeout = parent.timeout;
      this.entryFile = parent.entryFile;
      // Without --test-only, `only` filters the tests of a single-file run.
      if (this.only) {
        parent.runOnlySubtests = true;
        if (parent === this.root || parent.startTime === null) {
          for (let t = parent; t !== null && !t.hasOnlyTests; t = t.parent) t.hasOnlyTests = true;
        }
      } else if (this.only === false) {
        fn = noop;
      }
    }

    switch (typeof concurrency) {
      case 'number':
        validateUint32(concurrency, 'options.concurrency', true);
        this.concurrency = concurrency;
        break;
      case 'boolean':
        if (concurrency) {
          this.concurrency = parent === null ?
            Math.max(require('os').availableParallelism() - 1, 1) :
            Infinity;
        } else {
          this.concurrency = 1;
        }
        break;
      default:
        if (concurrency != null) {
          throw new codes.ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], concurrency);
        }
    }

    if (timeout != null && timeout !== Infinity) {
      validateNumber(timeout, 'options.timeout', 0, TIMEOUT_MAX);
      this.timeout = timeout;
    }

    if (skip) fn = noop;

    this.abortController = new AbortController();
    this.outerSignal = signal;
    this.signal = this.abortController.signal;
    validateAbortSignal(signal, 'options.signal');
    this.outerSignal?.addEventListener('abort', this.#onOuterAbort);

    this.fn = fn;
    this.mock = null;
    this.plan = null;
    this.expectedAssertions = plan;
    this.cancelled = false;
    this.skipped = skip !== undefined && skip !== false;
    this.isTodo = (todo !== undefined && todo !== false) || this.parent?.isTodo;
    this.startTime = null;
    this.endTime = null;
    this.passed = false;
    this.error = null;
    this.message = typeof skip === 'string' ? skip : typeof todo === 'string' ? todo : null;
    this.activeSubtests = 0;
    this.pendingSubtests = [];
    this.readySubtests = new Map();
    this.unfinishedSubtests = new Set();
    this.subtestsPromise = null;
    this.subtests = [];
    this.nextReportOrder = 1;
    this.reportOrder = 0;
    this.waitingOn = 0;
    this.finished = false;
    this.ended = false;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [], ownAfterEachCount: 0 };

    this.loc = loc === undefined ? undefined : { line: loc[0], column: loc[1], file: loc[2] };
  }

  // Runs `fn` with this test as the current scope.
  runInScope(fn, thisArg, ...args) {
    return currentScope.run(this, () => Reflect.apply(fn, thisArg, args));
  }

  applyFilters() {
    if (this.error) return;
    if (!this.only && !this.hasOnlyTests &&
        (this.parent.runOnlySubtests || this.parent.hasOnlyTests || this.only === false)) {
      this.filtered = true;
    }
  }

  hasConcurrency() {
    return this.concurrency > this.activeSubtests;
  }

  assignReportOrder(subtest) {
    if (subtest.reportOrder === 0) subtest.reportOrder = this.nextReportOrder++;
  }

  async processPendingSubtests() {
    while (this.pendingSubtests.length > 0 && this.hasConcurrency()) {
      const deferred = this.pendingSubtests.shift();
      this.assignReportOrder(deferred.test);
      await deferred.test.run();
      deferred.resolve();
    }
  }

  addReadySubtest(subtest) {
    this.assignReportOrder(subtest);
    this.readySubtests.set(subtest.reportOrder, subtest);
    if (this.unfinishedSubtests.delete(subtest) && this.unfinishedSubtests.size === 0) {
      this.subtestsPromise.resolve();
    }
  }

  // Reports the finished subtests whose turn it is.
  processReadySubtestRange(canSend) {
    const start = this.waitingOn;
    const end = start + this.readySubtests.size;
    for (let i = start; i < end; i++) {
      const subtest = this.readySubtests.get(i);
      if (subtest === undefined) return;
      canSend ||= this.isClearToSend();
      if (!canSend) return;
      subtest.finalize();
      this.readySubtests.delete(i);
    }
  }

  createSubtest(Factory, name, options, fn, overrides) {
    if (typeof name === 'function') {
      fn = name;
    } else if (name !== null && typeof name === 'object') {
      fn = options;
      options = name;
    } else if (typeof options === 'function') {
      fn = options;
    }
    if (options === null || typeof options !== 'object') options = {};

    // A test that has already ended cannot take subtests: the new one goes to
    // the root and fails.
    let parent = this;
    const tooLate = this.finished || this.buildPhaseFinished;
    if (tooLate) {
      while (parent.parent !== null) parent = parent.parent;
    }

    const test = new Factory({ fn, name, parent, ...options, ...overrides });
    if (parent.waitingOn === 0) {
      parent.waitingOn = test.childNumber;
      parent.subtestsPromise = withResolvers();
    }
    if (tooLate) {
      test.fail(testFailure('test could not be started because its parent finished',
                            failureTypes.parentAlreadyFinished));
    }
    parent.subtests.push(test);
    return test;
  }

  #onOuterAbort = () => {
    const error = this.outerSignal?.reason || new AbortError('The test was aborted');
    error.failureType = failureTypes.aborted;
    this.cancel(error);
  };

  cancel(error) {
    if (this.endTime !== null || this.error !== null) return;
    this.fail(error || testFailure('test did not finish before its parent and was cancelled',
                                   failureTypes.cancelledByParent));
    this.cancelled = true;
    this.abortController.abort();
  }

  inheritHooks() {
    if (this.parent.hooks.beforeEach.length > 0) {
      this.hooks.beforeEach.unshift(...this.parent.hooks.beforeEach);
    }
    if (this.parent.hooks.afterEach.length > 0) {
      this.hooks.afterEach.push(...this.parent.hooks.afterEach);
    }
  }

  createHook(name, fn, options) {
    validateOneOf(name, 'hook name', hookNames);
    const hook = new TestHook(fn, options);
    if (name === 'before' || name === 'after') hook.run = once(hook.run);
    if (name === 'before' && this.startTime !== null) {
      // The test already started: the hook runs now.
      hook.run(this.getContext()).then(() => {
        if (hook.error != null) this.fail(hook.error);
      });
    }
    if (name === 'afterEach') {
      // A test's own afterEach hooks run before those it inherited.
      this.hooks.afterEach.splice(this.hooks.ownAfterEachCount, 0, hook);
      this.hooks.ownAfterEachCount++;
    } else {
      this.hooks[name].push(hook);
    }
  }

  fail(err) {
    if (this.error !== null) return;
    this.passed = false;
    this.error = err;
  }

  pass() {
    if (this.error !== null) return;
    this.passed = true;
  }

  skip(message) {
    this.skipped = true;
    this.message = message;
  }

  todo(message) {
    this.isTodo = true;
    this.message = message;
  }

  diagnostic(message) {
    this.diagnostics.push(message);
  }

  start() {
    this.applyFilters();
    if (this.filtered) {
      this.reporter = silentReporter;
      this.run = this.filteredRun;
    } else {
      this.testNumber = ++this.parent.outputSubtestCount;
    }
    this.parent.unfinishedSubtests.add(this);
    if (this.root.harness.buildPromise !== null || !this.parent.hasConcurrency()) {
      const deferred = withResolvers();
      deferred.test = this;
      this.parent.pendingSubtests.push(deferred);
      return deferred.promise;
    }
    this.parent.assignReportOrder(this);
    return this.run();
  }

  shouldAbort() {
    if (this.signal.aborted || this.outerSignal?.aborted) {
      this.#onOuterAbort();
      return true;
    }
    return false;
  }

  getContext() {
    this.#context ??= new TestContext(this);
    return this.#context;
  }

  async runHook(hookType, context) {
    try {
      for (const hook of this.hooks[hookType]) {
        await hook.run(context);
        if (hook.error) throw hook.error;
      }
    } catch (err) {
      const error = testFailure(`failed running ${hookType} hook`, failureTypes.hook);
      error.cause = isTestFailure(err) ? err.cause : err;
      throw error;
    }
  }

  async filteredRun() {
    this.pass();
    this.subtests = [];
    this.report = noop;
    queueMicrotask(() => this.postRun());
  }

  // Calls the test's function: the promise that settles when it is done.
  #callFunction(context) {
    if (this.fn.length === 2) {
      const { promise, callback } = deferredCallback();
      const returned = this.runInScope(this.fn, context, context, callback);
      if (isPromise(returned)) {
        this.fail(testFailure('passed a callback but also returned a Promise',
                              failureTypes.callbackAndPromise));
        return returned;
      }
      return promise;
    }
    return Promise.resolve(this.runInScope(this.fn, context, context));
  }

  async run() {
    if (this.parent !== null) {
      this.parent.activeSubtests++;
      this.inheritHooks();
    }
    this.startTime ??= hrtime();

    if (this.shouldAbort()) {
      this.postRun();
      return;
    }

    const context = this.getContext();
    if (this.plan === null && this.expectedAssertions) context.plan(this.expectedAssertions);

    const wasSkippedBeforeRun = this.skipped;
    const after = async () => {
      if (this.hooks.after.length > 0) await this.runHook('after', context);
    };
    const afterEach = once(async () => {
      if (this.parent?.hooks.afterEach.length > 0 && !wasSkippedBeforeRun) {
        await this.parent.runHook('afterEach', context);
      }
    });

    let stop;
    try {
      if (this.parent?.hooks.before.length > 0) {
        await this.parent.runHook('before', this.parent.getContext());
      }
      if (this.parent?.hooks.beforeEach.length > 0 && !this.skipped) {
        await this.parent.runHook('beforeEach', context);
      }
      stop = stopTest(this.timeout, this.signal);
      const ran = this.#callFunction(context);
      await Promise.race([ran, stop.promise]);
      this.shouldAbort();

      if (this.subtestsPromise !== null) {
        await Promise.race([this.subtestsPromise.promise, stop.promise]);
      }
      if (this.plan !== null) {
        const planPromise = this.plan.check();
        if (planPromise) await Promise.race([planPromise, stop.promise]);
      }

      this.pass();
      await afterEach();
      await after();
    } catch (err) {
      if (isTestFailure(err)) {
        if (err.failureType === failureTypes.timeout) {
          this.cancel(err);
        } else {
          this.fail(err);
        }
      } else {
        this.fail(testFailure(err, failureTypes.testCode));
      }
      try { await afterEach(); } catch { /* The test already failed. */ }
      try { await after(); } catch { /* The test already failed. */ }
    } finally {
      stop?.dispose();
      if (this.parent !== null) this.abortController.abort();
    }

    // The root reports when the process is about to exit (harness.js).
    if (this.parent !== null) this.postRun();
  }

  postRun(pendingSubtestsError) {
    this.endTime ??= hrtime();
    this.startTime ??= this.endTime;

    this.pendingSubtests = [];
    let failed = 0;
    for (const subtest of this.subtests) {
      if (!subtest.finished && !subtest.ended) {
        subtest.cancel(pendingSubtestsError);
        subtest.postRun(pendingSubtestsError);
      }
      if (!subtest.passed && !subtest.isTodo) failed++;
    }
    if ((this.passed || this.parent === null) && failed > 0) {
      this.fail(testFailure(`${failed} subtest${failed > 1 ? 's' : ''} failed`,
                            failureTypes.subtestsFailed));
    }

    this.outerSignal?.removeEventListener('abort', this.#onOuterAbort);
    this.mock?.reset();
    this.ended = true;

    if (this.parent !== null) {
      if (!this.filtered) {
        this.testNumber ||= ++this.parent.outputSubtestCount;
        this.parent.activeSubtests--;
      }
      this.parent.addReadySubtest(this);
      this.parent.processReadySubtestRange(false);
      this.parent.processPendingSubtests();
    } else if (!this.reported) {
      this.reported = true;
      this.reportSummary();
    }
  }

  reportSummary() {
    const { harness, loc, nesting, reporter } = this;
    for (const message of this.diagnostics) reporter.diagnostic(nesting, loc, message);
    const { counters } = harness;
    const duration = this.duration();
    reporter.diagnostic(nesting, loc, `tests ${counters.tests}`);
    reporter.diagnostic(nesting, loc, `suites ${counters.suites}`);
    reporter.diagnostic(nesting, loc, `pass ${counters.passed}`);
    reporter.diagnostic(nesting, loc, `fail ${counters.failed}`);
    reporter.diagnostic(nesting, loc, `cancelled ${counters.cancelled}`);
    reporter.diagnostic(nesting, loc, `skipped ${counters.skipped}`);
    reporter.diagnostic(nesting, loc, `todo ${counters.todo}`);
    reporter.diagnostic(nesting, loc, `duration_ms ${duration}`);
    reporter.summary(nesting, loc?.file, harness.success, counters, duration);
    reporter.end();
  }

  isClearToSend() {
    return this.parent === null ||
      (this.parent.waitingOn === this.reportOrder && this.parent.isClearToSend());
  }

  // Reports this test (after its subtests), now that it is its turn.
  finalize() {
    this.processReadySubtestRange(true);
    this.report();
    this.parent.waitingOn++;
    this.finished = true;
    if (this.parent === this.root && this.root.waitingOn > this.root.subtests.length) {
      // Every known test ended: the root's after() hooks run now.
      this.root.run();
    }
  }

  duration() {
    return Number(this.endTime - this.startTime) / 1_000_000;
  }

  reportDetails() {
    let directive;
    const details = { duration_ms: this.duration() };
    if (this.skipped) {
      directive = { skip: this.message ?? true };
    } else if (this.isTodo) {
      directive = { todo: this.message ?? true };
    }
    details.type = this.reportedType;
    if (!this.passed) details.error = this.error;
    return { details, directive };
  }

  report() {
    countCompletedTest(this);
    if (this.outputSubtestCount === 0) this.reportStarted();
    const { details, directive } = this.reportDetails();
    if (this.passed) {
      this.reporter.ok(this.nesting, this.loc, this.name, details, directive);
    } else {
      this.reporter.fail(this.nesting, this.loc, this.name, details, directive);
    }
    for (const message of this.diagnostics) this.reporter.diagnostic(this.nesting, this.loc, message);
  }

  reportStarted() {
    if (this.#startReported || this.parent === null) return;
    this.#startReported = true;
    this.parent.reportStarted();
    this.reporter.start(this.nesting, this.loc, this.name);
  }
}

// Where filtered-out tests report: nowhere.
const silentReporter = {
  start() {},
  ok() {},
  fail() {},
  diagnostic() {},
};

function countCompletedTest(test) {
  const { counters } = test.root.harness;
  if (test.nesting === 0) counters.topLevel++;
  if (test.reportedType === 'suite') {
    counters.suites++;
    if (!test.passed && !test.isTodo) test.root.harness.success = false;
    return;
  }
  if (test.skipped) {
    counters.skipped++;
  } else if (test.isTodo) {
    counters.todo++;
  } else if (test.cancelled) {
    counters.cancelled++;
    test.root.harness.success = false;
  } else if (!test.passed) {
    counters.failed++;
    test.root.harness.success = false;
  } else {
    counters.passed++;
  }
  counters.tests++;
}

// A before/after/beforeEach/afterEach hook. It runs like a test function (with
// a timeout, an abort signal, sync/async/callback style) but reports nothing:
// its error fails the test it belongs to.
class TestHook {
  constructor(fn, options) {
    const { hookType, loc, parent, timeout, signal } = options;
    validateFunction(fn, 'fn');
    validateAbortSignal(signal, 'options.signal');
    if (timeout != null && timeout !== Infinity) {
      validateNumber(timeout, 'options.timeout', 0, TIMEOUT_MAX);
    }
    this.fn = fn;
    this.hookType = hookType;
    this.parentTest = parent;
    this.root = parent.root;
    this.name = fn.name || '<anonymous>';
    this.loc = loc === undefined ? undefined : { line: loc[0], column: loc[1], file: loc[2] };
    this.timeout = timeout != null && timeout !== Infinity ? timeout : null;
    this.outerSignal = signal;
    this.abortController = new AbortController();
    this.signal = this.abortController.signal;
    this.error = null;
    this.finished = false;
    this.startTime = null;
    this.endTime = null;
  }

  async run(context) {
    this.startTime ??= hrtime();
    if (this.error && !this.outerSignal?.aborted) {
      this.error = null;
      this.abortController.abort();
      this.abortController = new AbortController();
      this.signal = this.abortController.signal;
    }
    if (this.signal.aborted || this.outerSignal?.aborted) {
      const error = this.outerSignal?.reason || new AbortError('The test was aborted');
      error.failureType = failureTypes.aborted;
      this.error = error;
      this.#reportRootAfterFailure();
      return;
    }
    let stop;
    try {
      stop = stopTest(this.timeout, this.outerSignal ?? this.signal);
      let ran;
      if (this.fn.length === 2) {
        const { promise, callback } = deferredCallback();
        const returned = currentScope.run(this, () => Reflect.apply(this.fn, context, [context, callback]));
        if (isPromise(returned)) {
          this.error = testFailure('passed a callback but also returned a Promise',
                                   failureTypes.callbackAndPromise);
          ran = returned;
        } else {
          ran = promise;
        }
      } else {
        ran = Promise.resolve(currentScope.run(this, () => Reflect.apply(this.fn, context, [context])));
      }
      await Promise.race([ran, stop.promise]);
    } catch (err) {
      if (this.error === null) {
        this.error = isTestFailure(err) ? err : testFailure(err, failureTypes.testCode);
      }
    } finally {
      stop?.dispose();
    }
    this.#reportRootAfterFailure();
  }

  // A failing after() hook of the root test is reported as a failing test.
  #reportRootAfterFailure() {
    const { error, loc, parentTest: parent } = this;
    if (error && parent === parent.root && this.hookType === 'after') {
      if (isTestFailure(error)) error.failureType = failureTypes.hook;
      this.endTime ??= hrtime();
      const duration_ms = Number(this.endTime - this.startTime) / 1_000_000;
      parent.reporter.fail(0, loc, loc?.file, { duration_ms, error }, undefined);
    }
  }
}

class Suite extends Test {
  reportedType = 'suite';

  constructor(options) {
    super(options);
    if (options.timeout == null) this.timeout = null;
    this.buildPhaseFinished = false;
    this.buildSuite = this.createBuild();
    this.fn = noop;
  }

  // Runs the suite's function, which declares its tests and hooks.
  async createBuild() {
    try {
      const context = new SuiteContext(this);
      await this.runInScope(this.fn, context, context);
    } catch (err) {
      this.fail(testFailure(err, failureTypes.testCode));
    }
    this.buildPhaseFinished = true;
  }

  getContext() {
    return new SuiteContext(this);
  }

  async filteredRun() {
    await this.buildSuite;
    return super.filteredRun();
  }

  async run() {
    this.inheritHooks();
    const context = this.getContext();
    let stop;
    const after = once(() => this.runHook('after', context));
    try {
      this.parent.activeSubtests++;
      await this.buildSuite;
      this.startTime = hrtime();

      if (this.shouldAbort()) {
        this.subtests = [];
        this.postRun();
        return;
      }

      if (this.parent.hooks.before.length > 0) {
        await this.parent.runHook('before', this.parent.getContext());
      }
      await this.runHook('before', context);

      stop = stopTest(this.timeout, this.signal);
      const subtests = this.skipped || this.error ? [] : this.subtests;
      const started = Promise.all(subtests.map((subtest) => subtest.start()));
      await Promise.race([started, stop.promise]);
      await after();
      this.pass();
    } catch (err) {
      try { await after(); } catch { /* The suite already failed. */ }
      if (isTestFailure(err)) {
        this.fail(err);
      } else {
        this.fail(testFailure(err, failureTypes.testCode));
      }
    } finally {
      stop?.dispose();
    }
    this.postRun();
  }
}

// test.assert.register(name, fn): an extra method for every `t.assert`.
function registerAssertion(name, fn) {
  const { validateString } = require('internal/validators');
  validateString(name, 'name');
  validateFunction(fn, 'fn');
  extraAssertions.set(name, fn);
}

module.exports = {
  currentScope,
  registerAssertion,
  Suite,
  SuiteContext,
  Test,
  TestContext,
  TestHook,
};
