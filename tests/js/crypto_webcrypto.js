'use strict';
// The Web Crypto subset: the global `crypto` (require('crypto').webcrypto),
// getRandomValues, randomUUID, subtle.digest, their errors, and how they look.
// Expected: Node 24's.

const nodeCrypto = require('crypto');

console.log(globalThis.crypto === nodeCrypto.webcrypto, crypto.subtle === nodeCrypto.subtle);
console.log(crypto, crypto.subtle, Object.prototype.toString.call(crypto), Object.prototype.toString.call(crypto.subtle));
console.log(typeof Crypto, typeof SubtleCrypto, crypto instanceof Crypto, crypto.subtle instanceof SubtleCrypto);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(crypto)));
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
for (const fn of [() => new Crypto(), () => new SubtleCrypto(), () => crypto.randomUUID.call({}),
  () => Object.getOwnPropertyDescriptor(Crypto.prototype, 'subtle').get.call({})]) {
  try {
    fn();
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}

const hex = (buffer) => Buffer.from(buffer).toString('hex');

async function main() {
  console.log('-- digest');
  const abc = new TextEncoder().encode('abc');
  for (const algorithm of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'sha-256', { name: 'SHA-1' }]) {
    const digest = await crypto.subtle.digest(algorithm, abc);
    console.log(JSON.stringify(algorithm), digest instanceof ArrayBuffer, digest.byteLength, hex(digest));
  }
  const backing = new Uint8Array([0xff, 0x61, 0x62, 0x63, 0xff]);
  console.log('view', hex(await crypto.subtle.digest('SHA-256', new Uint8Array(backing.buffer, 1, 3))));
  console.log('data view', hex(await crypto.subtle.digest('SHA-256', new DataView(backing.buffer, 1, 3))));
  console.log('array buffer', hex(await crypto.subtle.digest('SHA-256', abc.buffer)));
  console.log('buffer', hex(await crypto.subtle.digest('SHA-1', Buffer.from('abc'))));
  console.log('empty', hex(await crypto.subtle.digest('SHA-256', new Uint8Array(0))));
  const changing = new Uint8Array([1, 2, 3]);
  const pending = crypto.subtle.digest('SHA-256', changing);
  changing[0] = 9;
  console.log('copied at call', hex(await pending) === hex(await crypto.subtle.digest('SHA-256', new Uint8Array([1, 2, 3]))));

  console.log('-- digest errors');
  for (const args of [['MD5', abc], ['SHA-256', 'abc'], ['SHA-256'], [{}, abc], [5, abc], [{ name: 'SHA-3' }, abc]]) {
    try {
      await crypto.subtle.digest(...args);
      console.log('resolved');
    } catch (error) {
      console.log(error.name, error.code, error.message);
    }
  }
  try {
    await crypto.subtle.digest.call({}, 'SHA-256', abc);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
  const rejected = crypto.subtle.digest('SHA-256', 'not bytes');
  console.log('rejects, not throws', rejected instanceof Promise);
  await rejected.catch(() => {});
}

const order = [];
crypto.subtle.digest('SHA-256', new Uint8Array(1)).then(() => {
  order.push('digest');
  console.log('order', order.join(' '));
  main();
});
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('microtask'));
