// node:test and errors nobody caught: an exception thrown while a test runs
// fails that test; one raised after its test ended becomes a diagnostic of
// the run and makes the exit code 1.
const { test } = require('node:test');

test('throws from a timer', async () => {
  setTimeout(() => {
    throw new Error('thrown from a timer');
  }, 1);
  await new Promise((resolve) => setTimeout(resolve, 20));
});

test('leaves work behind', () => {
  setTimeout(() => {
    throw new Error('thrown after the test');
  }, 30);
  Promise.reject(new Error('rejected after the test'));
});

test('waits', async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
});
