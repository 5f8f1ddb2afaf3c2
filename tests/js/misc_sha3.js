// SHA-3 digests and the SHAKE extendable-output functions.
const crypto = require('crypto');

for (const algorithm of ['sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'shake128', 'shake256']) {
  console.log(algorithm, crypto.createHash(algorithm).update('corral').digest('hex'));
}
console.log('shake128/5', crypto.createHash('shake128', { outputLength: 5 }).update('corral').digest('hex'));
console.log('shake256/40', crypto.hash('shake256', 'corral', { outputLength: 40, outputEncoding: 'base64url' }));
const partial = crypto.createHash('shake256', { outputLength: 8 }).update('cor');
console.log('copy', partial.copy({ outputLength: 4 }).update('ral').digest('hex'), partial.update('ral').digest('hex'));
console.log('hmac', crypto.createHmac('sha3-256', crypto.createSecretKey(Buffer.from('key'))).update('corral').digest('hex'));
console.log('one-shot', crypto.hash('sha3-512', 'corral'));
console.log('listed', crypto.getHashes().filter((name) => /sha3|shake/i.test(name)).join(' '));
try {
  crypto.hash('sha256', 'corral', { outputLength: 8 });
} catch (error) {
  console.log(error.message);
}
