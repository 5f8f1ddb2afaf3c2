'use strict';
// Round-trips every format through every API form (sync, callback, stream,
// web CompressionStream/DecompressionStream), and shows Node's errors for
// corrupt input and bad options. Compressed bytes are not printed: only the
// decompressed text, which must come back whole.
const zlib = require('zlib');
const { pipeline } = require('stream/promises');
const { Readable, Writable } = require('stream');

const text = Buffer.from('All work and no play makes Jack a dull boy. '.repeat(300) + 'The end.');

function check(label, output) {
  console.log(label, output.length, output.equals(text));
}

const pairs = [
  ['deflate', 'inflate'],
  ['gzip', 'gunzip'],
  ['gzip', 'unzip'],
  ['deflateRaw', 'inflateRaw'],
  ['brotliCompress', 'brotliDecompress'],
  ['zstdCompress', 'zstdDecompress'],
];

const factory = (method) => zlib[`create${method[0].toUpperCase()}${method.slice(1)}`];

async function collect(readable) {
  const chunks = [];
  for await (const chunk of readable) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function main() {
  for (const [compress, decompress] of pairs) {
    check(`${compress}Sync/${decompress}Sync`, zlib[`${decompress}Sync`](zlib[`${compress}Sync`](text)));

    const viaCallbacks = await new Promise((resolve, reject) => {
      let sync = true;
      zlib[compress](text, (error, compressed) => {
        if (error) return reject(error);
        console.log(`${compress} callback async:`, !sync);
        zlib[decompress](compressed, (error, output) => (error ? reject(error) : resolve(output)));
      });
      sync = false;
    });
    check(`${compress}/${decompress} callbacks`, viaCallbacks);

    const compressor = factory(compress)();
    const decompressor = factory(decompress)();
    const chunks = [];
    await pipeline(
      Readable.from([text.subarray(0, 1000), text.subarray(1000, 5000), text.subarray(5000)]),
      compressor,
      decompressor,
      new Writable({ write(chunk, encoding, callback) { chunks.push(chunk); callback(); } }),
    );
    check(`${compress}/${decompress} pipeline`, Buffer.concat(chunks));
    console.log('  bytesWritten in:', compressor.bytesWritten === text.length);
  }

  for (const format of ['gzip', 'deflate', 'deflate-raw', 'brotli']) {
    const compressed = new Blob([text]).stream().pipeThrough(new CompressionStream(format));
    const output = await collect(compressed.pipeThrough(new DecompressionStream(format)));
    check(`web ${format}`, output);
  }
  const web = require('stream/web');
  console.log('stream/web exports:', web.CompressionStream === CompressionStream,
              web.DecompressionStream === DecompressionStream);

  // Flushing: what was written so far can be decompressed before the end.
  const deflate = zlib.createDeflate();
  const inflate = zlib.createInflate();
  deflate.pipe(inflate);
  inflate.on('data', (chunk) => console.log('flushed through:', chunk.toString()));
  deflate.write('part one');
  await new Promise((resolve) => deflate.flush(resolve));
  await new Promise((resolve) => setTimeout(resolve, 10));
  deflate.params(9, zlib.constants.Z_DEFAULT_STRATEGY, () => {
    console.log('params switched');
    deflate.end('part two');
  });
  await new Promise((resolve) => inflate.on('end', resolve));

  // Corrupt and truncated input.
  const failures = [
    () => zlib.gunzipSync(Buffer.from('not gzip at all')),
    () => zlib.inflateSync(zlib.deflateSync(text).subarray(0, 20)),
    () => zlib.inflateSync(zlib.deflateSync(text, { dictionary: Buffer.from('dict') })),
    () => zlib.brotliDecompressSync(Buffer.from('not brotli at all')),
    () => zlib.gunzipSync(text, { maxOutputLength: 10 }),
    () => zlib.gunzipSync(zlib.gzipSync(text), { maxOutputLength: 10 }),
    () => zlib.createGzip({ level: 10 }),
    () => zlib.createDeflate({ windowBits: 7 }),
    () => zlib.createInflate({ chunkSize: 10 }),
    () => zlib.createGzip({ level: 'high' }),
    () => zlib.createGzip({ strategy: Infinity }),
    () => zlib.createBrotliCompress({ params: { 99: 1 } }),
    () => zlib.createDeflate({ dictionary: 'words' }),
    () => zlib.deflateSync(42),
    () => zlib.crc32(42),
    () => new CompressionStream('zip'),
  ];
  for (const failure of failures) {
    try {
      failure();
      console.log('no error');
    } catch (error) {
      console.log(`${error.name} [${error.code}] errno=${error.errno}: ${error.message}`);
    }
  }
  await new Promise((resolve) => {
    zlib.gunzip(Buffer.from('still not gzip'), (error) => {
      console.log('callback error:', error.code, error.errno, error.message);
      resolve();
    });
  });

  console.log('crc32:', zlib.crc32('hello'), zlib.crc32(Buffer.from(' world'), zlib.crc32('hello')),
              zlib.crc32('hello world'));
  console.log('constants:', Object.keys(zlib.constants).length, zlib.constants.Z_BEST_COMPRESSION,
              zlib.Z_SYNC_FLUSH, zlib.codes.Z_DATA_ERROR, zlib.codes['-3']);
  console.log('keys:', Object.keys(zlib).join(' '));
}

main();
