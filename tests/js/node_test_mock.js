// node:test's mocks, and the exit code of a run whose tests all pass: the
// program's own process.exitCode.
const { test, mock } = require('node:test');
const assert = require('node:assert');

process.exitCode = 3;

test('mock.fn records calls', () => {
  const add = mock.fn((a, b) => a + b);
  assert.strictEqual(add(1, 2), 3);
  assert.strictEqual(add.call('self', 3, 4), 7);
  assert.strictEqual(add.mock.callCount(), 2);
  assert.deepStrictEqual(add.mock.calls[1].arguments, [3, 4]);
  assert.strictEqual(add.mock.calls[1].this, 'self');
  assert.strictEqual(add.mock.calls[1].result, 7);
  add.mock.mockImplementationOnce(() => 'once');
  add.mock.mockImplementation(() => 'always');
  console.log(add(), add(), add.mock.callCount());
  add.mock.resetCalls();
  console.log('after reset', add.mock.callCount());
});

test('t.mock.method is restored after the test', (t) => {
  const object = { greet(name) { return `hello ${name}`; } };
  const spy = t.mock.method(object, 'greet', () => 'mocked');
  console.log(object.greet('a'), spy.mock.calls[0].arguments);
  t.after(() => console.log('still mocked:', object.greet('b')));
  globalThis.mockedObject = object;
});

test('the method is back', () => {
  console.log(globalThis.mockedObject.greet('c'));
});

test('getters, setters and times', (t) => {
  const object = {
    get value() { return 1; },
    set value(v) { this.stored = v; },
    count() { return 'original'; },
  };
  t.mock.getter(object, 'value', () => 42);
  const setter = t.mock.setter(object, 'value', function(v) { this.stored = v * 2; });
  object.value = 5;
  console.log(object.value, object.stored, setter.mock.callCount());
  t.mock.method(object, 'count', () => 'mocked', { times: 2 });
  console.log(object.count(), object.count(), object.count());
  const thrower = t.mock.fn(() => { throw new Error('inside'); });
  assert.throws(() => thrower(), /inside/);
  console.log(thrower.mock.calls[0].error.message);
  mock.restoreAll();
});

test('mock timers', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'Date'], now: 1000 });
  const fired = [];
  setTimeout(() => fired.push('timeout at 100'), 100);
  const interval = setInterval(() => fired.push(`interval at ${Date.now()}`), 40);
  t.mock.timers.tick(130);
  clearInterval(interval);
  console.log(fired, Date.now());
  t.mock.timers.reset();
  console.log('real clock again:', Date.now() > 1e12);
});
