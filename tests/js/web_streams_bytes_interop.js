'use strict';
// WHATWG byte streams and BYOB readers, text encoder/decoder streams,
// stream/consumers, and the bridges between Node streams and web streams.

const { Readable, Writable, Duplex, PassThrough, pipeline, finished } = require('stream');
const { pipeline: pipelinePromise } = require('stream/promises');
const stream = require('stream');
const consumers = require('stream/consumers');
const web = require('stream/web');
const { Blob } = require('buffer');
const say = (...args) => console.log(...args);

async function byteStreams() {
  say('--- byte streams');
  let pulls = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { say('start', c.byobRequest, c.desiredSize); },
    pull(c) {
      pulls++;
      const request = c.byobRequest;
      say('pull', pulls, request && request.view);
      if (pulls > 3) {
        c.close();
        if (request) request.respond(0);
        return;
      }
      if (request) {
        request.view[0] = pulls;
        request.view[1] = pulls * 10;
        request.respond(2);
      } else {
        c.enqueue(new Uint8Array([pulls, pulls, pulls]));
      }
    },
  });
  say(rs);
  const reader = rs.getReader({ mode: 'byob' });
  say(reader);
  let r = await reader.read(new Uint8Array(4));
  say('byob read 1', r);
  r = await reader.read(new Uint16Array(2));
  say('byob read 2', r);
  reader.releaseLock();
  const dflt = rs.getReader();
  say('default read', await dflt.read());
  say('default read after close', await dflt.read());

  // Enqueued bytes fill BYOB views across chunk boundaries, honouring min.
  let ctrl;
  const rs2 = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  ctrl.enqueue(new Uint8Array([1, 2, 3]));
  ctrl.enqueue(new Uint8Array([4, 5, 6, 7]));
  const br = rs2.getReader({ mode: 'byob' });
  say('min 5', await br.read(new Uint8Array(6), { min: 5 }));
  say('rest', await br.read(new Uint8Array(8)));
  ctrl.close();
  say('after close', await br.read(new Uint8Array(2)));

  // autoAllocateChunkSize gives default readers a byobRequest.
  const rs3 = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) {
      const v = c.byobRequest.view;
      say('auto view', v.byteLength);
      v.set([9, 8]);
      c.byobRequest.respond(2);
      c.close();
    },
  });
  const r3 = rs3.getReader();
  say('auto read', await r3.read(), await r3.read());

  // tee of a byte stream
  const [b1, b2] = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2])); c.close(); },
  }).tee();
  say('tee bytes', b1, await consumers.bytes(b1));
  const t2 = b2.getReader({ mode: 'byob' });
  say('tee byob', await t2.read(new Uint8Array(4)), await t2.read(new Uint8Array(4)));

  try {
    new ReadableStream().getReader({ mode: 'byob' });
  } catch (e) {
    say(e.code, e.message);
  }
}

async function textStreams() {
  say('--- text streams');
  const enc = new TextEncoderStream();
  const w = enc.writable.getWriter();
  w.write('h€');
  w.write('\ud83d');
  w.write('\ude00!');
  w.close();
  const bytes = await consumers.bytes(enc.readable);
  say('encoded', bytes);

  const dec = new TextDecoderStream('utf-8', { fatal: false });
  say(dec);
  const parts = [new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac, 0x41]), new Uint8Array([0xf0])];
  const decoded = await consumers.text(ReadableStream.from(parts).pipeThrough(dec));
  say('decoded', JSON.stringify(decoded));
}

async function consumerFunctions() {
  say('--- consumers');
  say(await consumers.text(Readable.from(['a', 'b'])));
  say(await consumers.json(ReadableStream.from(['{"x":', '[1,2]}'])));
  say(await consumers.buffer(Readable.from([Buffer.from('ab'), Buffer.from('cd')])));
  say(await consumers.arrayBuffer(ReadableStream.from([new Uint8Array([1, 2])])));
  const blob = await consumers.blob((async function* () { yield 'x'; yield new Uint8Array([65]); })());
  say(blob, await blob.text());
  say(await consumers.bytes(new Blob(['blob data']).stream()));
}

async function nodeInterop() {
  say('--- toWeb / fromWeb');
  const nodeReadable = new Readable({ read() {} });
  const webReadable = Readable.toWeb(nodeReadable);
  nodeReadable.push('abc');
  nodeReadable.push(Buffer.from('de'));
  nodeReadable.push(null);
  for await (const chunk of webReadable) say('toWeb chunk', chunk);

  const fromWeb = Readable.fromWeb(ReadableStream.from(['p', 'q']), { objectMode: true });
  fromWeb.on('data', (d) => say('fromWeb data', d));
  fromWeb.on('end', () => say('fromWeb end'));
  fromWeb.on('close', () => say('fromWeb close'));
  await new Promise((resolve) => fromWeb.once('close', resolve));

  const sinkChunks = [];
  const webWritable = Writable.toWeb(new Writable({
    write(chunk, encoding, cb) { sinkChunks.push(chunk.toString()); cb(); },
    final(cb) { say('node final'); cb(); },
  }));
  const writer = webWritable.getWriter();
  await writer.write('one');
  await writer.write(new Uint8Array([50]));
  await writer.close();
  say('Writable.toWeb wrote', sinkChunks, webWritable);

  const nodeWritable = Writable.fromWeb(new WritableStream({
    write(chunk) { say('web sink', chunk); },
    close() { say('web sink close'); },
  }));
  nodeWritable.write('hey');
  nodeWritable.end('end', () => say('end callback'));
  nodeWritable.on('finish', () => say('finish'));
  await new Promise((resolve) => nodeWritable.on('close', resolve));
  say('closed');

  const duplex = Duplex.fromWeb({
    readable: ReadableStream.from(['r1', 'r2']),
    writable: new WritableStream({ write(chunk) { say('duplex wrote', chunk); } }),
  }, { objectMode: true });
  duplex.write('w1');
  for await (const chunk of duplex) say('duplex read', chunk);

  const pair = Duplex.toWeb(new PassThrough());
  const pw = pair.writable.getWriter();
  pw.write(new TextEncoder().encode('through'));
  pw.close();
  say('Duplex.toWeb', await consumers.text(pair.readable));

  const fromPair = Duplex.from({ readable: ReadableStream.from(['dx']) });
  say('Duplex.from web', await consumers.text(fromPair));

  say('--- pipeline and finished with web streams');
  const upper = new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } });
  const collected = [];
  await pipelinePromise(
    Readable.from(['x', 'y']),
    upper,
    new WritableStream({ write(chunk) { collected.push(chunk); } }));
  say('pipeline result', collected);

  await new Promise((resolve) => {
    pipeline(ReadableStream.from(['n1', 'n2']), new PassThrough({ objectMode: true }),
             async function* (source) { for await (const c of source) yield `${c}!`; },
             (err, value) => { say('pipeline callback', err, value); resolve(); });
  });

  const rs = new ReadableStream({ start(c) { c.enqueue(1); } });
  say('isDisturbed before', stream.isDisturbed(rs), stream.isReadable(rs), stream.isErrored(rs));
  await rs.getReader().read();
  say('isDisturbed after', stream.isDisturbed(rs));
  const errored = new ReadableStream({ start(c) { c.error(new Error('x')); } });
  await new Promise((resolve) => setTimeout(resolve, 1));
  say('isErrored', stream.isErrored(errored), stream.isReadable(errored));
  const closing = ReadableStream.from([]);
  finished(closing, (err) => say('finished web stream', err));
  await consumers.text(closing);
  await new Promise((resolve) => setTimeout(resolve, 1));

  // (CompressionStream and DecompressionStream need zlib.)
  say(Object.keys(web).filter((name) => !name.includes('ompression')).sort().join(','));
  say(globalThis.ReadableStream === web.ReadableStream, typeof globalThis.ReadableStreamBYOBReader);
}

(async () => {
  await byteStreams();
  await textStreams();
  await consumerFunctions();
  await nodeInterop();
})();
