'use strict';
// crypto's random functions: sizes, ranges and formats (never values), which bytes
// get filled (views with a non-zero byteOffset included), when callbacks run
// relative to ticks, immediates and timers, timingSafeEqual, and Node's errors.
// Expected: Node 24's.

const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

// Whether every byte of `view` outside [start, end) is still `fill`, and the range
// is not all `fill` (64 random bytes all equal to it: chance 2^-512).
function filledOnly(view, start, end, fill = 0) {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  let outside = true;
  let inside = false;
  for (let i = 0; i < bytes.length; i++) {
    if (i >= start && i < end) inside ||= bytes[i] !== fill;
    else outside &&= bytes[i] === fill;
  }
  return outside && inside;
}

console.log('-- randomBytes');
const bytes = crypto.randomBytes(64);
console.log(Buffer.isBuffer(bytes), bytes.length, filledOnly(bytes, 0, 64));
console.log(crypto.randomBytes(0).length, crypto.randomBytes(1.9).length);
console.log(crypto.randomBytes(16).equals(crypto.randomBytes(16)));
attempt('negative', () => crypto.randomBytes(-1));
attempt('string', () => crypto.randomBytes('8'));
attempt('too big', () => crypto.randomBytes(2 ** 31));
attempt('NaN', () => crypto.randomBytes(NaN));
attempt('bad callback', () => crypto.randomBytes(8, 'nope'));

console.log('-- randomFillSync / randomFill');
const buffer = Buffer.alloc(100);
crypto.randomFillSync(buffer, 10, 64);
console.log('buffer', filledOnly(buffer, 10, 74));
const backing = new ArrayBuffer(200);
const offsetView = new Uint8Array(backing, 50, 100);
crypto.randomFillSync(offsetView);
console.log('offset view', filledOnly(new Uint8Array(backing), 50, 150));
const words = new Uint32Array(new ArrayBuffer(200), 32, 32);
crypto.randomFillSync(words, 4, 16);
console.log('uint32 elements', filledOnly(new Uint8Array(words.buffer), 32 + 16, 32 + 16 + 64));
const dataView = new DataView(new ArrayBuffer(120), 20, 80);
crypto.randomFillSync(dataView, 8);
console.log('data view', filledOnly(new Uint8Array(dataView.buffer), 28, 100));
const whole = crypto.randomFillSync(new ArrayBuffer(64));
console.log('array buffer', whole instanceof ArrayBuffer, filledOnly(new Uint8Array(whole), 0, 64));
console.log('returns its argument', crypto.randomFillSync(buffer) === buffer);
attempt('offset too big', () => crypto.randomFillSync(new Uint8Array(4), 5));
attempt('size too big', () => crypto.randomFillSync(new Uint8Array(4), 1, 4));
attempt('not a buffer', () => crypto.randomFillSync('nope'));
attempt('offset type', () => crypto.randomFillSync(new Uint8Array(4), '1'));
attempt('randomFill without callback', () => crypto.randomFill(new Uint8Array(4)));

console.log('-- randomInt');
let inRange = true;
const seen = new Set();
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(-3, 4);
  inRange &&= Number.isInteger(n) && n >= -3 && n < 4;
  seen.add(n);
}
console.log('range [-3, 4)', inRange, seen.size);
let small = true;
for (let i = 0; i < 500; i++) {
  const n = crypto.randomInt(10);
  small &&= n >= 0 && n < 10;
}
console.log('range [0, 10)', small, crypto.randomInt(5, 6), crypto.randomInt(2 ** 48 - 1) < 2 ** 48);
attempt('max <= min', () => crypto.randomInt(10, 5));
attempt('equal', () => crypto.randomInt(3, 3));
attempt('range too big', () => crypto.randomInt(2 ** 48));
attempt('min-max range', () => crypto.randomInt(-(2 ** 47), 2 ** 47 + 1));
attempt('float', () => crypto.randomInt(1.5));
attempt('string', () => crypto.randomInt('10'));
attempt('bad callback', () => crypto.randomInt(1, 2, 3));

console.log('-- randomUUID');
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const uuids = new Set();
let wellFormed = true;
for (let i = 0; i < 1000; i++) {
  const uuid = crypto.randomUUID();
  wellFormed &&= uuidPattern.test(uuid);
  uuids.add(uuid);
}
console.log(wellFormed, uuids.size, uuidPattern.test(crypto.randomUUID({ disableEntropyCache: true })));
attempt('options type', () => crypto.randomUUID(5));
attempt('option type', () => crypto.randomUUID({ disableEntropyCache: 1 }));

console.log('-- getRandomValues');
const arrayBuffer = new ArrayBuffer(96);
const middle = new Uint8Array(arrayBuffer, 16, 64);
console.log(crypto.getRandomValues(middle) === middle, filledOnly(new Uint8Array(arrayBuffer), 16, 80));
const ints = new Int32Array(new ArrayBuffer(128), 32, 16);
globalThis.crypto.getRandomValues(ints);
console.log('int32 view', filledOnly(new Uint8Array(ints.buffer), 32, 96));
console.log(crypto.getRandomValues(new BigInt64Array(2)).length, crypto.getRandomValues(new Uint8ClampedArray(3)).length);
console.log(crypto.getRandomValues(new Uint8Array(65536)).length, crypto.getRandomValues(new Uint8Array(0)).length);
for (const [label, value] of [['float32', new Float32Array(2)], ['float64', new Float64Array(2)],
  ['data view', new DataView(new ArrayBuffer(2))], ['string', 'x'], ['too big', new Uint8Array(65537)]]) {
  try {
    crypto.getRandomValues(value);
    console.log(label, 'filled');
  } catch (error) {
    console.log(label, error instanceof DOMException, error.name, error.code, error.message);
  }
}
attempt('no argument', () => globalThis.crypto.getRandomValues());
attempt('detached this', () => { const { getRandomValues } = globalThis.crypto; return getRandomValues(new Uint8Array(1)); });

console.log('-- timingSafeEqual');
console.log(crypto.timingSafeEqual(Buffer.from('secret'), Buffer.from('secret')));
console.log(crypto.timingSafeEqual(Buffer.from('secret'), Buffer.from('secreT')));
console.log(crypto.timingSafeEqual(new Uint16Array([0x6261]), Buffer.from('ab')));
console.log(crypto.timingSafeEqual(new Uint8Array([1, 2]).buffer, new DataView(new Uint8Array([9, 1, 2]).buffer, 1)));
console.log(crypto.timingSafeEqual(Buffer.alloc(0), new Uint8Array(0)));
attempt('lengths', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
attempt('first', () => crypto.timingSafeEqual('a', Buffer.from('a')));
attempt('second', () => crypto.timingSafeEqual(Buffer.from('a'), 'a'));

console.log('-- callback order');
// Callbacks never run synchronously (except randomFill's for zero bytes, as in
// Node); randomInt's come on a tick, the others later (in Node from its thread pool,
// in whatever order those jobs finish: shown sorted).
const order = [];
const later = [];
let pending = 3;
function early(entry) {
  order.push(entry);
}
function done(entry) {
  later.push(entry);
  if (--pending === 0) console.log(order.join(' '), '|', later.sort().join(' '));
}
process.nextTick(() => early('tick'));
crypto.randomBytes(8, function callback(error, result) {
  done(`randomBytes(${error} ${result.length})`);
});
crypto.randomFill(new Uint8Array(8), 2, (error, result) => done(`randomFill(${error} ${result.length})`));
crypto.randomFill(new Uint8Array(0), (error) => early(`randomFill-empty(${error})`));
crypto.randomInt(10, (error, n) => early(`randomInt(${error} ${typeof n})`));
crypto.randomInt(1, 3, (error, n) => early(`randomInt2(${error} ${n >= 1 && n < 3})`));
Promise.resolve().then(() => early('microtask'));
crypto.randomBytes(4, (error, result) => done(`randomBytes2(${error} ${result.length})`));
early('sync');
