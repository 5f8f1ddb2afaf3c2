'use strict';
// Decompresses fixtures that Node 24 compressed (tests/fixtures/zlib, made by
// make_fixtures.js) through every API form: sync, callback, promisified, stream
// and web DecompressionStream.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { promisify } = require('util');
const { pipeline } = require('stream/promises');

const dir = path.join(__dirname, '..', 'fixtures', 'zlib');
const read = (name) => fs.readFileSync(path.join(dir, name));

const lines = [];
for (let i = 0; i < 200; i++) lines.push(`line ${i}: ${'corral '.repeat(i % 7)}${i * i}`);
const text = Buffer.from(lines.join('\n') + '\n');
const dictionary = Buffer.from('line corral ');

function report(label, output) {
  console.log(label, output.length, zlib.crc32(output), output.equals(text) ? 'same text' : 'DIFFERENT');
}

const cases = [
  ['text.gz', 'gunzip', {}],
  ['text.gz', 'unzip', {}],
  ['text.gz9', 'gunzip', {}],
  ['text.zz', 'inflate', {}],
  ['text.zz', 'unzip', {}],
  ['text.raw', 'inflateRaw', { windowBits: 10 }],
  ['text-dict.zz', 'inflate', { dictionary }],
  ['text.br', 'brotliDecompress', {}],
  ['text.zst', 'zstdDecompress', {}],
];

async function main() {
  for (const [file, method, options] of cases) {
    const input = read(file);
    report(`${file} ${method}Sync`, zlib[`${method}Sync`](input, options));
    report(`${file} ${method} promisified`, await promisify(zlib[method])(input, options));
    await new Promise((resolve) => {
      zlib[method](input, options, (error, output) => {
        report(`${file} ${method} callback`, output);
        resolve();
      });
    });
    // A stream fed in small pieces.
    const factory = `create${method[0].toUpperCase()}${method.slice(1)}`;
    const stream = zlib[factory]({ ...options, chunkSize: 64 });
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    const done = new Promise((resolve) => stream.on('end', resolve));
    for (let offset = 0; offset < input.length; offset += 100) {
      stream.write(input.subarray(offset, offset + 100));
    }
    stream.end();
    await done;
    report(`${file} ${factory} stream (${chunks.length} chunks)`, Buffer.concat(chunks));
  }

  for (const [file, format] of [['text.gz', 'gzip'], ['text.zz', 'deflate']]) {
    const stream = new Blob([read(file)]).stream().pipeThrough(new DecompressionStream(format));
    const output = Buffer.concat(await Array.fromAsync(stream));
    report(`${file} DecompressionStream(${format})`, output);
  }

  const members = read('members.gz');
  console.log('members gunzipSync', JSON.stringify(zlib.gunzipSync(members).toString()));
  console.log('members unzipSync', JSON.stringify(zlib.unzipSync(members).toString()));
  const gunzip = zlib.createGunzip();
  const parts = [];
  gunzip.on('data', (part) => parts.push(part));
  await pipeline(fs.createReadStream(path.join(dir, 'members.gz'), { highWaterMark: 5 }), gunzip);
  console.log('members pipeline', JSON.stringify(Buffer.concat(parts).toString()));
  try {
    await Array.fromAsync(new Blob([members]).stream().pipeThrough(new DecompressionStream('gzip')));
  } catch (error) {
    console.log('members DecompressionStream', error.name, error.code, error.message);
  }
}

main();
