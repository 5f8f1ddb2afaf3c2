'use strict';
// WHATWG streams: read/write/transform/pipeThrough/tee, with the order of
// every callback and promise settlement printed (it must match Node's).

const log = [];
const say = (...args) => console.log(...args);

async function readAll(stream, label) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  say(label, chunks);
}

async function orderingOfDefaultStream() {
  say('--- default stream ordering');
  let pulls = 0;
  const rs = new ReadableStream({
    start(c) {
      say('start', c.desiredSize);
      c.enqueue('a');
      say('after enqueue', c.desiredSize);
    },
    pull(c) {
      pulls++;
      say('pull', pulls, c.desiredSize);
      if (pulls < 3) c.enqueue(`p${pulls}`);
      else c.close();
    },
    cancel(reason) { say('cancel', reason); },
  }, { highWaterMark: 2 });
  say('constructed', rs);
  const reader = rs.getReader();
  reader.closed.then(() => say('closed resolved'));
  const reads = [reader.read(), reader.read(), reader.read(), reader.read()];
  reads.forEach((p, i) => p.then((r) => say('read', i, r)));
  Promise.resolve().then(() => say('microtask 1'));
  queueMicrotask(() => say('microtask 2'));
  await Promise.all(reads);
  await reader.closed;
  say('state', rs);
}

async function errorsAndCancel() {
  say('--- errors and cancel');
  let controller;
  const rs = new ReadableStream({ start(c) { controller = c; } });
  const reader = rs.getReader();
  const p = reader.read();
  controller.error(new Error('boom'));
  await p.catch((e) => say('read rejected', e.message));
  await reader.closed.catch((e) => say('closed rejected', e.message));
  say(rs, controller.desiredSize);

  const rs2 = new ReadableStream({
    cancel(reason) {
      say('source cancel', reason);
      return new Promise((resolve) => setTimeout(resolve, 1));
    },
  });
  const r2 = rs2.getReader();
  const pending = r2.read();
  pending.then((r) => say('pending read', r));
  await r2.cancel('why').then((v) => say('cancel resolved', v));
  r2.releaseLock();
  say('locked after release', rs2.locked);
}

async function writable() {
  say('--- writable');
  const written = [];
  const ws = new WritableStream({
    start(c) { say('sink start', typeof c.signal); },
    write(chunk, c) {
      say('sink write', chunk);
      written.push(chunk);
      return new Promise((resolve) => setTimeout(resolve, 1));
    },
    close() { say('sink close'); },
    abort(reason) { say('sink abort', reason); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const writer = ws.getWriter();
  say('desiredSize', writer.desiredSize);
  const w1 = writer.write('one');
  const w2 = writer.write('two');
  say('desiredSize after 2 writes', writer.desiredSize);
  w1.then(() => say('w1 done'));
  w2.then(() => say('w2 done'));
  writer.ready.then(() => say('ready'));
  await writer.close();
  say('closed; written', written, ws);

  const ws2 = new WritableStream({
    write() { return new Promise(() => {}); },
    abort(reason) { say('sink abort', reason); },
  });
  const wr2 = ws2.getWriter();
  wr2.write('x').catch((e) => say('write rejected', e));
  wr2.closed.catch((e) => say('writer closed rejected', e));
  const ctrlSignal = [];
  await wr2.abort('stop').then(() => say('abort resolved'), (e) => say('abort rejected', e));
  say(ws2, ctrlSignal);

  const ws3 = new WritableStream({
    start(c) {
      c.signal.addEventListener('abort', () => say('signal aborted', c.signal.reason));
    },
  });
  await ws3.abort('r3');
  say('ws3', ws3);
}

async function transform() {
  say('--- transform');
  const upper = new TransformStream({
    start() { say('transform start'); },
    transform(chunk, c) {
      say('transform', chunk, c.desiredSize);
      c.enqueue(chunk.toUpperCase());
      c.enqueue('!');
    },
    flush(c) { say('flush'); c.enqueue('END'); },
  });
  say(upper);
  const source = ReadableStream.from(['x', 'y', 'z']);
  await readAll(source.pipeThrough(upper), 'pipeThrough result');

  const ts = new TransformStream();
  const writer = ts.writable.getWriter();
  const reader = ts.readable.getReader();
  writer.write(1).then(() => say('write 1 done'));
  writer.write(2).then(() => say('write 2 done'));
  writer.close().then(() => say('close done'));
  for (;;) {
    const r = await reader.read();
    say('identity read', r);
    if (r.done) break;
  }

  const failing = new TransformStream({
    transform() { throw new Error('bad chunk'); },
  });
  const fw = failing.writable.getWriter();
  const failedRead = failing.readable.getReader().read()
    .catch((e) => say('readable errored', e.message));
  await fw.write('q').catch((e) => say('transform error', e.message));
  await failedRead;

  const terminated = new TransformStream({
    transform(chunk, c) { c.enqueue(chunk); c.terminate(); },
  });
  const tw = terminated.writable.getWriter();
  tw.write('last').catch((e) => say('write after terminate', e.code, e.message));
  await readAll(terminated.readable, 'terminated');
}

async function pipeTo() {
  say('--- pipeTo');
  const got = [];
  const rs = new ReadableStream({
    start(c) { ['a', 'b', 'c'].forEach((x) => c.enqueue(x)); c.close(); },
  });
  const ws = new WritableStream({
    write(chunk) { got.push(chunk); say('dest write', chunk); },
    close() { say('dest close'); },
  });
  await rs.pipeTo(ws);
  say('piped', got, rs.locked, ws.locked);

  const ac = new AbortController();
  const slow = new ReadableStream({
    pull(c) {
      return new Promise((resolve) => setTimeout(() => {
        if (c.desiredSize !== 0) c.enqueue('tick');
        resolve();
      }, 5));
    },
    cancel(reason) { say('source canceled', reason.name); },
  });
  const sink = new WritableStream({
    write(chunk) {
      say('sink got', chunk);
      ac.abort();
    },
    abort(reason) { say('sink aborted', reason.name); },
  });
  await slow.pipeTo(sink, { signal: ac.signal }).catch((e) => say('pipe rejected', e.name));

  const erroring = new ReadableStream({ start(c) { c.error(new Error('src err')); } });
  await erroring.pipeTo(new WritableStream({ abort(r) { say('abort with', r.message); } }))
    .catch((e) => say('pipe error', e.message));

  const keepOpen = new WritableStream({ close() { say('should not close'); } });
  await ReadableStream.from(['k']).pipeTo(keepOpen, { preventClose: true });
  say('preventClose', keepOpen, keepOpen.locked);
}

async function tee() {
  say('--- tee');
  const rs = ReadableStream.from([1, 2, 3]);
  const [a, b] = rs.tee();
  say(rs.locked, a, b);
  const ra = a.getReader();
  const rb = b.getReader();
  say('a1', await ra.read());
  say('b1', await rb.read());
  say('a rest', await ra.read(), await ra.read(), await ra.read());
  say('b rest', await rb.read(), await rb.read(), await rb.read());

  const [c, d] = new ReadableStream({ cancel(reason) { say('tee source canceled', reason); } }).tee();
  c.cancel('r1').then(() => say('c cancel resolved'));
  d.cancel('r2').then(() => say('d cancel resolved'));
  await new Promise((resolve) => setTimeout(resolve, 1));

  // When the branches learn that the source closed, relative to microtasks.
  const [e] = new ReadableStream({ start(ctl) { ctl.enqueue(1); ctl.close(); } }).tee();
  const re = e.getReader();
  re.read().then((r) => say('e', r));
  re.read().then((r) => say('e', r));
  let ticks = 0;
  const ticker = () => {
    if (ticks < 6) {
      say('tick', ticks++);
      Promise.resolve().then(ticker);
    }
  };
  Promise.resolve().then(ticker);
  await re.closed;
}

async function iteration() {
  say('--- async iteration');
  const rs = ReadableStream.from((function* () { yield 'i1'; yield 'i2'; yield 'i3'; })());
  for await (const value of rs.values({ preventCancel: true })) {
    say('iter', value);
    break;
  }
  say('after break', rs.locked, rs);
  const reader = rs.getReader();
  say('continue', await reader.read());
  reader.releaseLock();
  for await (const value of rs) {
    say('iter2', value);
    break;
  }
  say('after cancelling break', rs);
  const it = ReadableStream.from([1, 2])[Symbol.asyncIterator]();
  say(await it.next(), await it.return('bye'), await it.next());
}

async function strategies() {
  say('--- strategies');
  const bl = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
  const count = new CountQueuingStrategy({ highWaterMark: 4 });
  say(bl, count, bl.size(new Uint8Array(5)), count.size());
  let ctrl;
  const rs = new ReadableStream({ start(c) { ctrl = c; } }, bl);
  ctrl.enqueue(new Uint8Array(10));
  say('desired after 10 bytes', ctrl.desiredSize);
  ctrl.enqueue(new Uint8Array(10));
  say('desired after 20 bytes', ctrl.desiredSize);
  say(rs);
}

(async () => {
  await orderingOfDefaultStream();
  await errorsAndCancel();
  await writable();
  await transform();
  await pipeTo();
  await tee();
  await iteration();
  await strategies();
  say('log', log.length);
})();
