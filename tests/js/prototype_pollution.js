// A program that pollutes Object.prototype before it first uses console, URL,
// events, streams and timers: the builtins, loaded on first use, still work.
Object.defineProperty(Object.prototype, 'get', { value: 1, configurable: true, writable: true });
Object.prototype.set = 2;
console.log('still logging', [1, 2], new URL('https://x.dev/a?b=c').searchParams.get('b'));
console.error('stderr too');
const { EventEmitter } = require('events');
const { Readable } = require('stream');
const emitter = new EventEmitter();
emitter.on('ping', (n) => console.log('event', n));
emitter.emit('ping', 1);
const ac = new AbortController();
ac.signal.addEventListener('abort', () => console.log('aborted', ac.signal.aborted));
ac.abort();
Readable.from(['a', 'b']).on('data', (chunk) => console.log('chunk', chunk));
setTimeout(() => console.log('timer'), 1);
