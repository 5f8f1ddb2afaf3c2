const timersPromises = require('timers/promises');
const { setTimeout: sleep, setImmediate: nextImmediate, setInterval: every } = timersPromises;

(async () => {
  console.log('value', await sleep(2, 'slept'));
  console.log('immediate', await nextImmediate('now'));
  const controller = new AbortController();
  const pending = sleep(1000, 'never', { signal: controller.signal });
  controller.abort();
  try {
    await pending;
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
  try {
    await sleep(1, null, { signal: AbortSignal.abort('early') });
  } catch (error) {
    console.log('already aborted:', error.name, error.cause);
  }
  let count = 0;
  for await (const value of every(2, 'tick')) {
    console.log('interval', value, ++count);
    if (count === 3) break;
  }
  console.log('same as timers.promises', require('timers').promises === timersPromises);
  try {
    await sleep('x');
  } catch (error) {
    console.log(error.code);
  }
})();
