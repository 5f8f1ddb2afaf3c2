// Gaps in assert, buffer, url, os, process and fs that Node's own tests found:
// each line prints what Node 24 prints for the same call. The first argument is a
// writable scratch directory (for the fs `flush` option).
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const url = require('url');
const util = require('util');
const { SlowBuffer } = require('buffer');

const dir = process.argv[2];
console.log('gaps2');

function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, JSON.stringify(error.message));
  }
}

// Warnings are collected, not printed, so that the output is stdout only.
process.removeAllListeners('warning');
const warnings = [];
process.on('warning', (warning) => warnings.push(`${warning.code} ${warning.message}`));

// --- assert ------------------------------------------------------------------

// An Object.prototype.get must not turn descriptors or proxy handlers into accessors.
Object.prototype.get = () => { throw new Error('Object.prototype.get was called'); };
show('fail with a polluted prototype', () => assert.fail('boom'));
const tracker = new assert.CallTracker();
const tracked = tracker.calls((a, b) => a + b);
show('tracked call', () => tracked(2, 3));
delete Object.prototype.get;

// assert.ok quotes the failing expression, in eval'd code too.
show('ok in new Function', () => new Function('assert', 'assert(1 === 2);')(assert));
show('ok in eval', () => eval('\nassert.ok(typeof 1 === "string")'));

// Copies of globalThis and process are not deep-equal to the originals (own tags).
function copyOf(object) {
  const copy = Object.create(Object.getPrototypeOf(object));
  for (const key of Object.keys(object)) copy[key] = object[key];
  return copy;
}
console.log('tags', Object.prototype.toString.call(globalThis), Object.prototype.toString.call(process));
console.log('global copy equal', util.isDeepStrictEqual(copyOf(globalThis), globalThis));
show('process copy notDeepEqual', () => assert.notDeepEqual(copyOf(process), process));

// Secret keys compare by their bytes.
const crypto = require('crypto');
console.log('different keys equal', util.isDeepStrictEqual(
  crypto.createSecretKey(Buffer.alloc(1, 0)), crypto.createSecretKey(Buffer.alloc(1, 1))));
console.log('same keys equal', util.isDeepStrictEqual(
  crypto.createSecretKey(Buffer.alloc(2, 7)), crypto.createSecretKey(Buffer.alloc(2, 7))));

// --- buffer ------------------------------------------------------------------

const source = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
const wide = new Uint16Array(4);
show('copy into Uint16Array', () => [source.copy(wide, 1), wide]);
show('copy from Uint16Array', () => Buffer.prototype.copy.call(new Uint16Array([0x102, 0x304]), Buffer.alloc(4), 0, 1));
show('copy into Array', () => source.copy([], 0));
for (const [offset, length] of [[0, -1], [0, 2], [1, 1], [-1, 1], [0.5, 1], [2, 0]]) {
  for (const method of ['asciiWrite', 'latin1Write', 'utf8Write', 'hexWrite']) {
    show(`${method}(${offset}, ${length})`, () => Buffer.alloc(1)[method]('ww', offset, length));
  }
}
const resizable = new ArrayBuffer(10, { maxByteLength: 20 });
const tracking = Buffer.from(resizable, 1);
resizable.resize(15);
console.log('tracks a resizable buffer', tracking.length);
show('SlowBuffer', () => SlowBuffer(3).length);
show('Buffer()', () => Buffer(2).length);
show('new Buffer()', () => new Buffer(2).length);

// --- url ---------------------------------------------------------------------

for (const [from, to] of [
  ['mailto:user@example.org', 'mailto:another.host.com'],
  ['mailto:a@b', 'mailto:'],
  ['mailto:a@b', '?q'],
  ['mailto:a@b/x', 'mailto:?q'],
]) {
  console.log('resolve', from, to, url.resolve(from, to));
}
console.log('parse trims controls', url.parse('\b\u0001http://example.com/\u001f').href);
console.log('long windows path', url.pathToFileURL('\\\\?\\C:\\path\\to\\file.txt', { windows: true }).href);
try {
  new URL('about:blank', 'not a url');
} catch (error) {
  console.log('URL error', `${error}`, Object.keys(error), error.input, error.base);
}
show('href setter error', () => { new URL('http://a').href = 'bad'; });
console.log(util.inspect(new URL('https://user:pw@host.name:8080/p/?q=1#h'), { showHidden: true }));
for (const name of ['toString', 'href', 'search', 'protocol', 'searchParams']) {
  show(`URL ${name} on another object`, () => Reflect.get(URL.prototype, name, {}));
}
show('URL host setter on another object', () => Reflect.set(URL.prototype, 'host', 'x', {}));
console.log('global URL', Object.getOwnPropertyDescriptor(globalThis, 'URL'));

// --- os ----------------------------------------------------------------------

console.log('loopback', os.networkInterfaces().lo.filter((entry) => entry.family === 'IPv4'));
console.log('shell is a string', typeof os.userInfo().shell);

// --- process -----------------------------------------------------------------

const refable = {
  ref() { console.log('legacy ref'); },
  [Symbol.for('nodejs.unref')]() { console.log('symbol unref'); },
  unref() { console.log('legacy unref (not used)'); },
};
process.ref(refable);
process.unref(refable);
process.ref(null);
const interval = setInterval(() => {}, 1000);
process.unref(interval);
console.log('interval hasRef after process.unref', interval.hasRef());
clearInterval(interval);

// --- fs flush ----------------------------------------------------------------

let syncCalls = 0;
const realFsyncSync = fs.fsyncSync;
fs.fsyncSync = (fd) => {
  syncCalls++;
  return realFsyncSync(fd);
};
fs.writeFileSync(path.join(dir, 'flushed.txt'), 'data', { flush: true });
fs.writeFileSync(path.join(dir, 'unflushed.txt'), 'data', { flush: false });
fs.appendFileSync(path.join(dir, 'flushed.txt'), '+more', { flush: true });
console.log('fsyncSync calls', syncCalls, fs.readFileSync(path.join(dir, 'flushed.txt'), 'utf8'));
fs.fsyncSync = realFsyncSync;
show('flush must be boolean', () => fs.createWriteStream(path.join(dir, 'bad.txt'), { flush: 'yes' }));

const realFsync = fs.fsync;
const asyncCalls = [];
fs.fsync = (fd, callback) => {
  asyncCalls.push(`${typeof fd} ${typeof callback}`);
  return realFsync(fd, callback);
};
fs.writeFile(path.join(dir, 'async.txt'), 'async', { flush: true }, (error) => {
  console.log('writeFile flushed', error, asyncCalls);
  fs.appendFile(path.join(dir, 'async.txt'), '+1', { flush: true }, (error) => {
    console.log('appendFile flushed', error, asyncCalls.length);
    const stream = fs.createWriteStream(path.join(dir, 'stream.txt'), { flush: true });
    stream.write('streamed', () => {
      stream.close(() => {
        fs.fsync = realFsync;
        console.log('stream flushed', asyncCalls.length, fs.readFileSync(path.join(dir, 'stream.txt'), 'utf8'));
        console.log('async file', fs.readFileSync(path.join(dir, 'async.txt'), 'utf8'));
        setImmediate(() => console.log('warnings', warnings));
      });
    });
  });
});
