'use strict';
// The root of a single-file test run: created by the first `test()`, `describe()`
// or hook call. It starts the tests once the main module has finished (after the
// suites declared so far have been built), turns errors nobody caught during the
// run into test failures, and at 'beforeExit' reports the summary and sets the
// exit code to 1 when a test failed.

const { relative } = require('path');
const { currentScope, Suite, Test } = require('internal/test_runner/test');
const { failureTypes, testFailure } = require('internal/test_runner/failure');
const { callerLocation } = require('internal/test_runner/location');

const TIMEOUT_MAX = 2 ** 31 - 1;
let root = null;

function newCounters() {
  return { tests: 0, failed: 0, passed: 0, cancelled: 0, skipped: 0, todo: 0, topLevel: 0, suites: 0 };
}

function createRoot() {
  let resolveBuild;
  const harness = {
    bootstrapPromise: null,
    buildPromise: new Promise((resolve) => { resolveBuild = resolve; }),
    buildSuites: [],
    isWaitingForBuildPhase: false,
    counters: newCounters(),
    success: true,
    async waitForBuildPhase() {
      if (harness.buildSuites.length > 0) await Promise.all(harness.buildSuites);
      resolveBuild();
    },
  };
  const entryFile = process.argv?.[1];
  root = new Test({
    name: '<root>',
    harness,
    entryFile,
    loc: entryFile ? [1, 1, entryFile] : undefined,
  });
  setupProcessState(root);
  root.startTime = process.hrtime.bigint();
  root.reporter.on('test:summary', (data) => {
    if (!data.success) process.exitCode = 1;
  });
  // The reporter's output flows from the first tick after the tests start.
  harness.bootstrapPromise = Promise.resolve().then(() => root.reporter.startFlowing());
  return root;
}

function lazyRoot() {
  return root ?? createRoot();
}

// Errors thrown or rejected while a test runs fail that test; after it ended
// (or outside any test) they become diagnostics of the run.
function processEventHandler(eventName, rootTest) {
  return (err) => {
    if (rootTest.harness.bootstrapPromise !== null) throw err;
    const test = currentScope.getStore();
    if (test === undefined || test.finished || test.hookType) {
      let message;
      if (test !== undefined) {
        const name = test.hookType ? `Test hook "${test.hookType}"` : `Test "${test.name}"`;
        const where = test.loc ?
          ` at ${relative(process.cwd(), test.loc.file)}:${test.loc.line}:${test.loc.column}` :
          '';
        message = `Error: ${name}${where} generated asynchronous activity after the test ended. ` +
          `This activity created the error "${err}" and would have caused the test to fail, but ` +
          `instead triggered an ${eventName} event.`;
      } else {
        message = 'Error: A resource generated asynchronous activity after the test ended. ' +
          `This activity created the error "${err}" which triggered an ${eventName} event, ` +
          'caught by the test runner.';
      }
      rootTest.diagnostic(message);
      rootTest.harness.success = false;
      process.exitCode = 1;
      return;
    }
    test.fail(testFailure(err, eventName));
    test.abortController.abort();
  };
}

function setupProcessState(rootTest) {
  const onException = processEventHandler('uncaughtException', rootTest);
  const onRejection = processEventHandler('unhandledRejection', rootTest);

  const onBeforeExit = async () => {
    if (rootTest.subtests.length === 0 &&
        (rootTest.hooks.before.length > 0 || rootTest.hooks.after.length > 0)) {
      // Global hooks run even without tests.
      await rootTest.run();
    }
    if (rootTest.subtestsPromise !== null) {
      // Tests still pending keep the process alive until they settle.
      const keepAlive = setInterval(() => {}, TIMEOUT_MAX);
      await rootTest.subtestsPromise.promise;
      clearInterval(keepAlive);
    }
    rootTest.postRun(testFailure(
      'Promise resolution is still pending but the event loop has already resolved',
      failureTypes.cancelledByParent,
    ));
    process.removeListener('uncaughtException', onException);
    process.removeListener('unhandledRejection', onRejection);
    process.removeListener('beforeExit', onBeforeExit);
  };

  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  process.on('beforeExit', onBeforeExit);
}

// Starts a top-level test once the runner bootstrapped and the suites declared
// so far have been built.
async function startAfterBootstrap(subtest) {
  const { harness } = subtest.root;
  if (harness.buildPromise !== null) {
    if (harness.bootstrapPromise !== null) {
      await harness.bootstrapPromise;
      harness.bootstrapPromise = null;
    }
    if (subtest.buildSuite) harness.buildSuites.push(subtest.buildSuite);
    if (!harness.isWaitingForBuildPhase) {
      harness.isWaitingForBuildPhase = true;
      queueMicrotask(() => harness.waitForBuildPhase());
    }
    await harness.buildPromise;
    harness.buildPromise = null;
  }
  await subtest.start();
}

// The test (not hook) new tests and hooks belong to: the one running, else the root.
function currentParent() {
  const scope = currentScope.getStore();
  if (scope === undefined) return lazyRoot();
  return scope.hookType ? scope.parentTest : scope;
}

// test() / describe(), with .skip, .todo and .only.
function declarer(Factory) {
  function run(name, options, fn, overrides) {
    const parent = currentParent();
    const subtest = parent.createSubtest(Factory, name, options, fn, overrides);
    if (parent instanceof Suite) return Promise.resolve();
    return startAfterBootstrap(subtest);
  }
  const declare = (name, options, fn) => run(name, options, fn, { loc: callerLocation(declare) });
  for (const keyword of ['skip', 'todo', 'only']) {
    const withKeyword = (name, options, fn) =>
      run(name, options, fn, { [keyword]: true, loc: callerLocation(withKeyword) });
    declare[keyword] = withKeyword;
  }
  return declare;
}

function hook(hookType) {
  const addHook = (fn, options) => {
    const parent = currentParent();
    parent.createHook(hookType, fn, { ...options, parent, hookType, loc: callerLocation(addHook) });
  };
  return addHook;
}

// The context (`t`) of the test whose code is running, if any.
function getTestContext() {
  const scope = currentScope.getStore();
  if (scope === undefined) return undefined;
  return scope.hookType ? scope.parentTest.getContext() : scope.getContext();
}

module.exports = {
  getTestContext,
  test: declarer(Test),
  suite: declarer(Suite),
  before: hook('before'),
  after: hook('after'),
  beforeEach: hook('beforeEach'),
  afterEach: hook('afterEach'),
};
