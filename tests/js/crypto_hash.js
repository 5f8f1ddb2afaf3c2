'use strict';
// crypto hashes and HMACs: known answers (FIPS 180 and RFC 1321 vectors, RFC 2202
// and RFC 4231 HMAC cases), input and output encodings, copy(), the stream
// interface, crypto.hash(), and Node's errors. Expected: Node 24's.

const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

console.log('-- known answers');
const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
const inputs = ['', 'abc', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
  'The quick brown fox jumps over the lazy dog', 'é€😀'];
for (const algorithm of algorithms) {
  for (const input of inputs) {
    console.log(algorithm, JSON.stringify(input), crypto.createHash(algorithm).update(input).digest('hex'));
  }
}
const million = crypto.createHash('sha256');
const chunk = 'a'.repeat(1000);
for (let i = 0; i < 1000; i++) million.update(chunk);
console.log('sha256 of a million a', million.digest('hex'));
console.log('sha1 of 64 KiB of zeros', crypto.createHash('sha1').update(Buffer.alloc(65536)).digest('hex'));
for (const alias of ['SHA256', 'RSA-SHA256', 'sha256WithRSAEncryption', 'MD5', 'RSA-SHA1', 'ssl3-md5', 'sha512-256', 'RSA-SHA512/224']) {
  console.log(alias, crypto.createHash(alias).update('abc').digest('hex'));
}

console.log('-- hmac');
const hmacCases = [
  ['md5', Buffer.alloc(16, 0x0b), 'Hi There'],
  ['md5', 'Jefe', 'what do ya want for nothing?'],
  ['sha1', Buffer.alloc(20, 0x0b), 'Hi There'],
  ['sha1', 'Jefe', 'what do ya want for nothing?'],
  ['sha1', Buffer.alloc(80, 0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First'],
  ['sha224', Buffer.alloc(20, 0x0b), 'Hi There'],
  ['sha256', Buffer.alloc(20, 0x0b), 'Hi There'],
  ['sha256', 'Jefe', 'what do ya want for nothing?'],
  ['sha384', 'Jefe', 'what do ya want for nothing?'],
  ['sha512', 'Jefe', 'what do ya want for nothing?'],
  ['sha256', Buffer.alloc(131, 0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First'],
  ['sha512', Buffer.alloc(131, 0xaa), 'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.'],
];
for (const [algorithm, key, data] of hmacCases) {
  console.log('hmac', algorithm, crypto.createHmac(algorithm, key).update(data).digest('hex'));
}
const keyBytes = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
console.log('key as ArrayBuffer', crypto.createHmac('sha256', keyBytes.buffer).update('x').digest('base64'));
console.log('key as view', crypto.createHmac('sha256', new DataView(keyBytes.buffer, 2, 4)).update('x').digest('base64'));
console.log('key with encoding', crypto.createHmac('sha1', 'abcd', { encoding: 'hex' }).update('x').digest('hex'));
console.log('empty key', crypto.createHmac('sha256', '').update('').digest('hex'));
const twice = crypto.createHmac('sha1', 'k');
console.log('first digest', twice.digest('hex'));
console.log('second digest', twice.digest(), JSON.stringify(twice.digest('hex')));

console.log('-- encodings');
const digest = () => crypto.createHash('sha1').update('encodings');
for (const encoding of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'HEX', 'Base64', 'buffer', undefined, 'bogus']) {
  const value = digest().digest(encoding);
  console.log(JSON.stringify(encoding), typeof value, Buffer.isBuffer(value) ? value.toString('hex') : JSON.stringify(value));
}
console.log('utf16le', JSON.stringify(digest().digest('utf16le')));
console.log('update hex', crypto.createHash('md5').update('616263', 'hex').digest('hex'));
console.log('update base64', crypto.createHash('md5').update('YWJj', 'base64').digest('hex'));
console.log('update latin1', crypto.createHash('md5').update('\u00e9', 'latin1').digest('hex'));
console.log('update utf8', crypto.createHash('md5').update('\u00e9', 'utf8').digest('hex'));
console.log('update utf16le', crypto.createHash('md5').update('ab', 'utf16le').digest('hex'));
console.log('update unknown encoding', crypto.createHash('md5').update('abc', 'nope').digest('hex'));
const backing = new Uint8Array([0xff, 0x61, 0x62, 0x63, 0xff]);
console.log('offset view', crypto.createHash('md5').update(new Uint8Array(backing.buffer, 1, 3)).digest('hex'));
console.log('data view', crypto.createHash('md5').update(new DataView(backing.buffer, 1, 3)).digest('hex'));
console.log('uint16 view', crypto.createHash('md5').update(new Uint16Array([0x6261])).digest('hex'));
console.log('chained', crypto.createHash('sha256').update('a').update(Buffer.from('b')).update(new Uint8Array([0x63])).digest('hex'));

console.log('-- copy');
const base = crypto.createHash('sha256').update('ab');
const copy = base.copy();
base.update('c');
copy.update('x');
console.log(base.digest('hex'));
console.log(copy.digest('hex'));
console.log(crypto.createHash('md5').copy().digest('hex'));

console.log('-- one-shot hash()');
console.log(crypto.hash('sha1', 'abc'));
console.log(crypto.hash('md5', Buffer.from('abc'), 'base64'));
console.log(crypto.hash('sha256', 'abc', 'buffer'));
console.log(crypto.hash('SHA512', new Uint8Array([1, 2, 3]), 'base64url'));

console.log('-- errors');
attempt('unknown hash', () => crypto.createHash('sha3-999'));
attempt('unknown hmac', () => crypto.createHmac('nope', 'key'));
attempt('no algorithm', () => crypto.createHash());
attempt('hmac name type', () => crypto.createHmac(5, 'key'));
attempt('no key', () => crypto.createHmac('sha256'));
attempt('key type', () => crypto.createHmac('sha256', 42));
attempt('data type', () => crypto.createHash('md5').update(5));
attempt('ArrayBuffer data', () => crypto.createHash('md5').update(new ArrayBuffer(2)));
attempt('odd hex', () => crypto.createHash('md5').update('abc', 'hex'));
attempt('digest twice', () => { const h = crypto.createHash('md5'); h.digest(); return h.digest(); });
attempt('update after digest', () => { const h = crypto.createHash('md5'); h.digest(); return h.update('x'); });
attempt('copy after digest', () => { const h = crypto.createHash('md5'); h.digest(); return h.copy(); });
attempt('hmac update after digest', () => { const h = crypto.createHmac('md5', 'k'); h.digest(); return h.update('x'); });
attempt('hash() unknown', () => crypto.hash('nope', 'x'));
attempt('hash() input', () => crypto.hash('sha1', 5));
attempt('hash() encoding', () => crypto.hash('sha1', 'x', 'bogus'));
attempt('outputLength', () => crypto.createHash('sha256', { outputLength: 32 }).update('abc').digest('hex'));
attempt('outputLength type', () => crypto.createHash('sha256', { outputLength: 'x' }));

console.log('-- misc');
const hashes = crypto.getHashes();
console.log(Array.isArray(hashes), ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'RSA-SHA256'].every((name) => hashes.includes(name)));
const hash = crypto.createHash('sha256');
console.log(hash instanceof require('stream').Transform, typeof hash.pipe, Object.keys(hash));
console.log(typeof crypto.Hash, typeof crypto.Hmac);

console.log('-- streams');
const streamed = crypto.createHash('sha256');
streamed.on('readable', () => {
  const data = streamed.read();
  if (data) console.log('readable', data.toString('hex'));
});
streamed.write('ab');
streamed.end('c');
const hexStream = crypto.createHmac('sha1', 'key');
hexStream.setEncoding('hex');
hexStream.on('data', (data) => console.log('data', data));
hexStream.on('end', () => console.log('end'));
hexStream.end('The quick brown fox jumps over the lazy dog');
const { Readable } = require('stream');
Readable.from(['x', 'y', 'z']).pipe(crypto.createHash('md5')).on('data', (data) => console.log('piped', data.toString('hex')));
