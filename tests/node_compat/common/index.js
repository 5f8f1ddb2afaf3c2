// corral's stand-in for Node's test/common module.
//
// Node's own tests start with `require('../common')`. The runner
// (tests/node_compat/run.py) places this folder where that require finds it,
// so the tests run against corral with helpers written for corral: no child
// processes, no internal bindings, no re-spawning for `// Flags:` headers (the
// runner skips tests whose flags it cannot honour).
//
// Everything that checks something (mustCall, mustCallAtLeast, expectWarning,
// expectsError, the leaked-globals check) verifies on process exit and makes
// the process exit non-zero, so the runner sees the failure.
'use strict';

const proc = globalThis.process; // tests may replace globalThis.process
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const util = require('util');

const tmpdir = require('./tmpdir');

const platform = proc.platform;
const isWindows = platform === 'win32';
const isLinux = platform === 'linux';
const isMacOS = platform === 'darwin';
const isFreeBSD = platform === 'freebsd';
const isOpenBSD = platform === 'openbsd';
const isSunOS = platform === 'sunos';
const is64 = /64/.test(proc.arch) || proc.arch === 's390x';

const hasIntl = typeof Intl === 'object' && Intl !== null &&
  typeof Intl.DateTimeFormat === 'function';
let hasCrypto = false;
try {
  hasCrypto = typeof require('crypto').createHash === 'function' &&
    !proc.env.NODE_SKIP_CRYPTO;
} catch {
  hasCrypto = false;
}
const hasSQLite = Boolean(proc.versions && proc.versions.sqlite);
const hasInspector = false;
const hasQuic = false;
const isDebug = false;
const isASan = false;

// Node's test harness runs every test with this umask.
try {
  proc.umask(0o022);
} catch {
  // corral may refuse; the tests that care check it themselves.
}

// `// Flags:` that the runner lets through are applied here, where the test
// would otherwise have been re-spawned with them.
for (const flag of (proc.env.NODE_COMPAT_FLAGS || '').split(/\s+/).filter(Boolean)) {
  if (flag === '--no-deprecation') proc.noDeprecation = true;
  else if (flag === '--throw-deprecation') proc.throwDeprecation = true;
  else if (flag === '--trace-deprecation') proc.traceDeprecation = true;
  // --no-warnings and --trace-warnings only change what is printed.
}

function noop() {}

// ---------------------------------------------------------------------------
// Call-count checks, verified when the process exits.

const callChecks = [];
let callCheckHooked = false;

function verifyCallChecks(code) {
  if (code !== 0) return; // the test already failed; keep its exit code
  const bad = [];
  for (const check of callChecks) {
    if (check.mode === 'minimum' ? check.calls < check.expected
      : check.calls !== check.expected) {
      bad.push(check);
    }
  }
  for (const check of bad) {
    const want = check.mode === 'minimum' ? `at least ${check.expected}`
      : `exactly ${check.expected}`;
    console.log(`Mismatched ${check.name} function calls. ` +
                `Expected ${want}, actual ${check.calls}.`);
    console.log(check.where);
  }
  if (bad.length > 0) proc.exit(1);
}

function countedWrapper(fn, expected, mode) {
  if (proc._exiting) {
    throw new Error('Cannot use common.mustCall*() in process exit handler');
  }
  if (typeof fn === 'number') {
    expected = fn;
    fn = noop;
  } else if (fn === undefined) {
    fn = noop;
  }
  if (expected === undefined) expected = 1;
  if (typeof expected !== 'number') {
    throw new TypeError(`Invalid ${mode} value: ${expected}`);
  }
  const check = {
    mode,
    expected,
    calls: 0,
    name: fn.name || '<anonymous>',
    where: (new Error('created here').stack || '').split('\n').slice(3).join('\n'),
  };
  if (!callCheckHooked) {
    callCheckHooked = true;
    proc.on('exit', verifyCallChecks);
  }
  callChecks.push(check);
  const wrapper = function() {
    check.calls++;
    return fn.apply(this, arguments);
  };
  Object.defineProperty(wrapper, 'name', { value: fn.name, configurable: true });
  Object.defineProperty(wrapper, 'length', { value: fn.length, configurable: true });
  return wrapper;
}

function mustCall(fn, exact) {
  return countedWrapper(fn, exact, 'exact');
}

function mustCallAtLeast(fn, minimum) {
  return countedWrapper(fn, minimum, 'minimum');
}

function mustSucceed(fn, exact) {
  return mustCall(function(err, ...rest) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, rest);
  }, exact);
}

function callerLocation() {
  try {
    const sites = util.getCallSites();
    const site = sites[2] || sites[sites.length - 1];
    return `${site.scriptName}:${site.lineNumber}`;
  } catch {
    return '<unknown>';
  }
}

function mustNotCall(msg) {
  const where = callerLocation();
  return function mustNotCall(...args) {
    let text = `${msg || 'function should not have been called'} at ${where}`;
    if (args.length > 0) {
      text += `\ncalled with arguments: ${args.map((a) => util.inspect(a)).join(', ')}`;
    }
    assert.fail(text);
  };
}

const mutationProxies = new WeakMap();
function mustNotMutateObjectDeep(value) {
  if (value === null || typeof value !== 'object') return value;
  if (mutationProxies.has(value)) return mutationProxies.get(value);
  const refuse = (what) => () => assert.fail(`Expected no side effects, got ${what}`);
  const proxy = new Proxy(value, {
    __proto__: null,
    get(target, key, receiver) {
      return mustNotMutateObjectDeep(Reflect.get(target, key, receiver));
    },
    set(target, key, v) {
      assert.fail(`Expected no side effects, got ${util.inspect(v)} ` +
                  `assigned to ${util.inspect(key)}`);
    },
    defineProperty(target, key) {
      assert.fail(`Expected no side effects, got ${util.inspect(key)} defined`);
    },
    deleteProperty(target, key) {
      assert.fail(`Expected no side effects, got ${util.inspect(key)} deleted`);
    },
    preventExtensions: refuse('extensions prevented'),
    setPrototypeOf: refuse('prototype set'),
  });
  mutationProxies.set(value, proxy);
  return proxy;
}

// ---------------------------------------------------------------------------
// Errors and warnings.

function expectsError(validator, exact) {
  return mustCall((...args) => {
    if (args.length !== 1) {
      assert.fail(`Expected one argument, got ${util.inspect(args)}`);
    }
    const err = args[0];
    assert.strictEqual(
      Object.prototype.propertyIsEnumerable.call(err, 'message'), false,
      'the error message should not be enumerable');
    assert.throws(() => { throw err; }, validator);
    return true;
  }, exact);
}

let warningHandlers = null;

function warningChecker(name, expected, code) {
  let list;
  if (typeof expected === 'string') {
    list = [[expected, code]];
  } else if (Array.isArray(expected)) {
    list = expected.length > 0 && !Array.isArray(expected[0]) ?
      [[expected[0], expected[1]]] : expected.slice();
  } else {
    // { code: message } map
    list = Object.entries(expected).map(([c, m]) => [m, c]);
  }
  if (name === 'DeprecationWarning') {
    for (const [, c] of list) assert(c, `Missing deprecation code: ${list}`);
  }
  return mustCall((warning) => {
    const next = list.shift();
    if (!next) assert.fail(`Unexpected extra warning received: ${warning}`);
    const [message, wantCode] = next;
    assert.strictEqual(warning.name, name);
    if (typeof message === 'string') {
      assert.strictEqual(warning.message, message);
    } else {
      assert.match(warning.message, message);
    }
    assert.strictEqual(warning.code, wantCode);
  }, list.length);
}

function expectWarning(nameOrMap, expected, code) {
  if (warningHandlers === null) {
    warningHandlers = { __proto__: null };
    proc.on('warning', (warning) => {
      const handler = warningHandlers[warning.name];
      if (!handler) {
        throw new TypeError(`"${warning.name}" was triggered without being ` +
                            `expected.\n${util.inspect(warning)}`);
      }
      handler(warning);
    });
  }
  if (typeof nameOrMap === 'string') {
    warningHandlers[nameOrMap] = warningChecker(nameOrMap, expected, code);
  } else {
    for (const name of Object.keys(nameOrMap)) {
      warningHandlers[name] = warningChecker(name, nameOrMap[name]);
    }
  }
}

function invalidArgTypeHelper(input) {
  if (input === null || input === undefined) return ` Received ${input}`;
  if (typeof input === 'function') return ` Received function ${input.name}`;
  if (typeof input === 'object') {
    if (input.constructor && input.constructor.name) {
      return ` Received an instance of ${input.constructor.name}`;
    }
    return ` Received ${util.inspect(input, { depth: -1 })}`;
  }
  let shown = util.inspect(input, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof input} (${shown})`;
}

// ---------------------------------------------------------------------------
// Globals: a test must not leave new enumerable globals behind.

const globalsAtStart = new Set(Object.keys(globalThis));
const allowedGlobalValues = new Set();

function allowGlobals(...values) {
  for (const v of values) allowedGlobalValues.add(v);
}

if (proc.env.NODE_TEST_KNOWN_GLOBALS !== '0') {
  if (proc.env.NODE_TEST_KNOWN_GLOBALS) {
    allowGlobals(...proc.env.NODE_TEST_KNOWN_GLOBALS.split(','));
  }
  proc.on('exit', () => {
    const leaked = [];
    for (const key in globalThis) {
      if (globalsAtStart.has(key)) continue;
      if (allowedGlobalValues.has(globalThis[key])) continue;
      leaked.push(key);
    }
    if (leaked.length > 0) {
      assert.fail(`Unexpected global(s) found: ${leaked.join(', ')}`);
    }
  });
}

// ---------------------------------------------------------------------------
// Skipping and platform helpers.

function printSkipMessage(msg) {
  console.log(`1..0 # Skipped: ${msg}`);
}

function skip(msg) {
  printSkipMessage(msg);
  proc.exit(0);
}

function skipIf32Bits() {
  if (!is64) skip('The tested feature is not available in 32bit builds');
}
function skipIfInspectorDisabled() {
  if (!hasInspector) skip('V8 inspector is disabled');
}
function skipIfSQLiteMissing() {
  if (!hasSQLite) skip('missing SQLite');
}
function skipIfEslintMissing() {
  skip('missing ESLint');
}

function platformTimeout(ms) {
  return ms; // corral runs on the machine's own speed; no multipliers
}

function canCreateSymLink() {
  return !isWindows;
}

function isPi() {
  return false;
}

function isAlive(pid) {
  try {
    proc.kill(pid, 'SIGCONT');
    return true;
  } catch {
    return false;
  }
}

function nodeProcessAborted(exitCode, signal) {
  if (signal !== null && signal !== undefined) {
    return ['SIGILL', 'SIGTRAP', 'SIGABRT'].includes(signal);
  }
  return (isWindows ? [0x80000003, 134] : [132, 133, 134]).includes(exitCode);
}

function noChildProcesses(what) {
  return function() {
    throw new Error(`common.${what}: corral cannot start child processes`);
  };
}

function escapePOSIXShell(parts, ...values) {
  if (isWindows) return [String.raw({ raw: parts }, ...values)];
  const env = { ...proc.env };
  let cmd = parts[0];
  values.forEach((v, i) => {
    env[`ESCAPED_${i}`] = v;
    cmd += `\${ESCAPED_${i}}${parts[i + 1]}`;
  });
  return [cmd, { env }];
}

function parseTestMetadata(filename = proc.argv[1]) {
  const head = fs.readFileSync(filename, 'utf8').slice(0, 1500);
  const flagsLine = /\/\/ Flags:\s+(--.*?)\r?$/m.exec(head);
  const envLine = /\/\/ Env:\s+(.*?)\r?$/m.exec(head);
  const flags = flagsLine ? flagsLine[1].split(/\s+/).filter(Boolean) : [];
  const envs = {};
  if (envLine) {
    for (const pair of envLine[1].split(/\s+/).filter(Boolean)) {
      const eq = pair.indexOf('=');
      envs[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
  }
  return { flags, envs };
}

// ---------------------------------------------------------------------------
// Data helpers.

function getArrayBufferViews(buf) {
  const { buffer, byteOffset, byteLength } = buf;
  const types = [
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
    Int32Array, Uint32Array,
  ];
  if (typeof Float16Array === 'function') types.push(Float16Array);
  types.push(Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView);
  const views = [];
  for (const Type of types) {
    const size = Type.BYTES_PER_ELEMENT || 1;
    if (byteLength % size === 0) {
      views.push(new Type(buffer, byteOffset, byteLength / size));
    }
  }
  return views;
}

function getBufferSources(buf) {
  return [...getArrayBufferViews(buf), new Uint8Array(buf).buffer];
}

function getTTYfd() {
  const tty = require('tty');
  const fd = [1, 2, 4, 5].find((n) => tty.isatty(n));
  if (fd !== undefined) return fd;
  try {
    return fs.openSync('/dev/tty');
  } catch {
    return -1;
  }
}

function runWithInvalidFD(fn) {
  let fd = 1 << 30;
  try {
    while (fs.fstatSync(fd--) && fd > 0);
  } catch {
    return fn(fd);
  }
  printSkipMessage('Could not generate an invalid fd');
}

function requireNoPackageJSONAbove(dir = __dirname) {
  let candidate = path.join(dir, '..', 'package.json');
  let previous = null;
  while (candidate !== previous) {
    if (fs.existsSync(candidate)) {
      assert.fail('This test shouldn\'t load properties from a package.json ' +
                  `above its file location. Found package.json at ${candidate}.`);
    }
    previous = candidate;
    candidate = path.join(candidate, '..', '..', 'package.json');
  }
}

function expectRequiredModule(mod, expectation, checkESModule = true) {
  const { isModuleNamespaceObject } = require('util/types');
  const copy = { ...mod };
  if (Object.hasOwn(mod, 'default') && checkESModule) {
    assert.strictEqual(mod.__esModule, true);
    delete copy.__esModule;
  }
  assert(isModuleNamespaceObject(mod));
  assert.deepStrictEqual(copy, { ...expectation });
}

function expectRequiredTLAError(err) {
  const re = /require\(\) cannot be used on an ESM graph with top-level await/;
  if (typeof err === 'string') {
    assert.match(err, /ERR_REQUIRE_ASYNC_MODULE/);
    assert.match(err, re);
  } else {
    assert.strictEqual(err.code, 'ERR_REQUIRE_ASYNC_MODULE');
    assert.match(err.message, re);
  }
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const PIPE = path.join(path.relative(proc.cwd(), `${tmpdir.path}/`),
                       `node-test.${proc.pid}.sock`);

const common = {
  allowGlobals,
  buildType: 'Release',
  canCreateSymLink,
  childShouldThrowAndAbort: noChildProcesses('childShouldThrowAndAbort'),
  escapePOSIXShell,
  expectsError,
  expectRequiredModule,
  expectRequiredTLAError,
  expectWarning,
  getArrayBufferViews,
  getBufferSources,
  getTTYfd,
  hasCrypto,
  hasInspector,
  hasIntl,
  hasQuic,
  hasSQLite,
  invalidArgTypeHelper,
  isAlive,
  isASan,
  isDebug,
  isFreeBSD,
  isLinux,
  isMacOS,
  isOpenBSD,
  isPi,
  isSunOS,
  isWindows,
  localIPv6Hosts: isLinux ?
    ['ip6-localhost', 'ip6-loopback', 'ipv6-localhost', 'ipv6-loopback', 'localhost'] :
    ['localhost'],
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustNotMutateObjectDeep,
  mustSucceed,
  nodeProcessAborted,
  PIPE,
  parseTestMetadata,
  platformTimeout,
  printSkipMessage,
  pwdCommand: isWindows ? ['cmd.exe', ['/d', '/c', 'cd']] : ['pwd', []],
  requireNoPackageJSONAbove,
  runWithInvalidFD,
  skip,
  skipIf32Bits,
  skipIfEslintMissing,
  skipIfInspectorDisabled,
  skipIfSQLiteMissing,
  spawnPromisified: noChildProcesses('spawnPromisified'),
  sleepSync,

  get defaultAutoSelectFamilyAttemptTimeout() {
    return require('net').getDefaultAutoSelectFamilyAttemptTimeout();
  },
  get enoughTestMem() {
    return require('os').totalmem() > 0x70000000;
  },
  get hasIPv6() {
    const ifaces = require('os').networkInterfaces();
    return Object.keys(ifaces).some((name) => /lo/.test(name) &&
      ifaces[name].some(({ family }) => family === 'IPv6'));
  },
  inFreeBSDJail: false,
  isAIX: false,
  isIBMi: false,
  localhostIPv4: '127.0.0.1',
  get PORT() {
    return +proc.env.NODE_COMMON_PORT || 12346;
  },
  get isInsideDirWithUnusualChars() {
    return /[%$\n\r\t]/.test(__dirname) || (!isWindows && __dirname.includes('\\'));
  },
};

// Like Node's, an unknown property is an error rather than `undefined`, so a
// helper missing from this shim shows up as such instead of as a skipped check.
const known = new Set(Object.keys(common));
module.exports = new Proxy(common, {
  get(target, key) {
    if (typeof key === 'symbol') return undefined;
    if (!known.has(key)) {
      throw new Error(`Using invalid common property: '${String(key)}'`);
    }
    return target[key];
  },
});
