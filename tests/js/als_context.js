// An AsyncLocalStorage store follows the program across every kind of async
// boundary: await, timers, immediates, nextTick, queueMicrotask, fs callbacks,
// EventEmitter listeners bound with AsyncResource, and snapshots.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const EventEmitter = require('events');
const fs = require('fs');

const storage = new AsyncLocalStorage();
const log = (label) => console.log(`${label}: ${storage.getStore()}`);
const step = (label, schedule) => new Promise((resolve) => {
  schedule(() => {
    log(label);
    resolve();
  });
});

async function main(name) {
  log(`${name} start`);
  await null;
  log(`${name} after await`);
  await step(`${name} setTimeout`, (done) => setTimeout(done, 1));
  await step(`${name} setImmediate`, (done) => setImmediate(done));
  await step(`${name} nextTick`, (done) => process.nextTick(done));
  await step(`${name} queueMicrotask`, (done) => queueMicrotask(done));
  await step(`${name} fs.readFile`, (done) => fs.readFile(__filename, done));
  await step(`${name} interval`, (done) => {
    const interval = setInterval(() => {
      clearInterval(interval);
      done();
    }, 1);
  });
}

async function events() {
  const emitter = new EventEmitter();
  const resource = storage.run('resource', () => new AsyncResource('demo'));
  emitter.on('ping', () => log('plain listener'));
  emitter.on('ping', resource.bind(() => log('AsyncResource.bind listener')));
  emitter.on('ping', storage.run('bound', () => AsyncLocalStorage.bind(() => log('AsyncLocalStorage.bind listener'))));
  const snapshot = storage.run('snapshot', () => AsyncLocalStorage.snapshot());
  storage.run('emitter', () => emitter.emit('ping'));
  snapshot(() => log('in snapshot'));
  resource.runInAsyncScope(() => log('runInAsyncScope'));
  log('outside');
}

(async () => {
  await storage.run('first', main, 'first');
  await storage.run('second', main, 'second');
  await events();
  storage.enterWith('entered');
  setTimeout(() => log('timer after enterWith'), 1);
  storage.exit(() => log('inside exit'));
})();
log('top level');
