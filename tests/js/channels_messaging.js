// MessageChannel, BroadcastChannel and structuredClone with transfer lists:
// delivery order, transfers, errors and inspection. (Expected: Node 24.)
const { MessageChannel, BroadcastChannel, receiveMessageOnPort, markAsUntransferable } = require('worker_threads');
const util = require('util');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

function ordering(next) {
  // Posted from a timer callback: messages arrive in this turn's poll phase,
  // after ticks and promise jobs, before the immediate, before the next timer.
  setTimeout(() => {
    const { port1, port2 } = new MessageChannel();
    port2.on('message', (m) => {
      console.log('message', m);
      process.nextTick(() => console.log('tick after message', m));
    });
    setTimeout(() => {
      console.log('timeout');
      port1.close();
    }, 0);
    setImmediate(() => console.log('immediate'));
    Promise.resolve().then(() => console.log('promise'));
    process.nextTick(() => console.log('tick'));
    port1.postMessage(1);
    port1.postMessage({ two: [2] });
    port2.on('close', () => {
      console.log('close');
      next();
    });
  }, 1);
}

function transfers(next) {
  const { port1, port2 } = new MessageChannel();
  const inner = new MessageChannel();
  const buffer = new Uint8Array([1, 2, 3]).buffer;
  port1.postMessage({ buffer, port: inner.port1 }, [buffer, inner.port1]);
  console.log('detached', buffer.byteLength, buffer.detached);
  attempt('post again', () => port1.postMessage(buffer, [buffer]));
  attempt('source port', () => port1.postMessage(null, [port1]));
  attempt('not listed', () => port1.postMessage(inner.port2));
  attempt('invalid', () => port1.postMessage(null, [{}]));
  attempt('bad list', () => port1.postMessage(null, 5));
  const kept = new ArrayBuffer(4);
  markAsUntransferable(kept);
  attempt('untransferable', () => port1.postMessage(kept, [kept]));
  console.log('kept', kept.byteLength);
  port2.once('message', ({ buffer: received, port }) => {
    console.log('received', new Uint8Array(received), port === inner.port1);
    port.on('message', (m) => {
      console.log('via transferred port', m);
      port.on('close', () => next());
      port.close();
      port1.close();
    });
    inner.port2.postMessage('hello');
  });
}

function broadcast(next) {
  const a = new BroadcastChannel('news');
  const b = new BroadcastChannel('news');
  const c = new BroadcastChannel('news');
  console.log(util.inspect(a));
  let received = 0;
  for (const [name, channel] of [['b', b], ['c', c]]) {
    channel.onmessage = (event) => {
      console.log(name, 'got', event.data, event instanceof MessageEvent);
      channel.close();
      if (++received === 2) {
        a.close();
        console.log(util.inspect(a));
        attempt('closed', () => a.postMessage(1));
        next();
      }
    };
  }
  a.postMessage({ headline: 'hi' });
}

function misc() {
  const { port1, port2 } = new MessageChannel();
  port1.postMessage('queued');
  console.log(receiveMessageOnPort(port2), receiveMessageOnPort(port2));
  console.log(util.inspect(port1).startsWith('MessagePort [EventTarget] {'), util.inspect(port1).includes('active: true'));
  port1.close();
  const buffer = new ArrayBuffer(8);
  const clone = structuredClone({ buffer }, { transfer: [buffer] });
  console.log('structuredClone', clone.buffer.byteLength, buffer.byteLength);
  attempt('clone function', () => structuredClone(() => {}));
  attempt('clone options', () => structuredClone(1, 1));
}

ordering(() => transfers(() => broadcast(misc)));
