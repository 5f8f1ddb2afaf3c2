// node:test in a single-file run: passing, failing, skipped and todo tests,
// suites, subtests, async and callback tests, hooks, diagnostics and a plan.
const { test, describe, it, before, after, beforeEach, afterEach } = require('node:test');
const assert = require('node:assert');

before(() => console.log('global before'));
after(() => console.log('global after'));

test('passes', () => {
  assert.strictEqual(1 + 1, 2);
});

test('fails with an assertion', () => {
  assert.strictEqual(1, 2);
});

test.skip('skipped with test.skip', () => {});
test('skipped with an option', { skip: 'not on this platform' }, () => {});
test.todo('todo without a function');
test('todo that fails', { todo: true }, () => {
  throw new Error('not done yet');
});

test('async with subtests', async (t) => {
  await t.test('first subtest', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
  await t.test('failing subtest', () => {
    throw new TypeError('wrong type');
  });
  t.diagnostic('a diagnostic message');
});

test('callback style', (t, done) => {
  setTimeout(done, 2);
});

test('skips itself', (t) => {
  t.skip('decided at run time');
});

describe('a suite', () => {
  beforeEach((t) => console.log('beforeEach', t.name));
  afterEach((t) => console.log('afterEach', t.name));

  it('works', () => {});

  it('deep equality fails', () => {
    assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] });
  });

  describe('a nested suite', () => {
    it('is nested', (t) => {
      console.log('full name:', t.fullName);
    });
  });
});

test('plan', (t) => {
  t.plan(2);
  t.assert.ok(true);
  t.assert.strictEqual('a', 'a');
});

test('throws a non-error', () => {
  throw 'just a string';
});

test('times out', { timeout: 20 }, async () => {
  await new Promise((resolve) => setTimeout(resolve, 200));
});
