// stdout/stderr writes: return values, callbacks, encodings and ordering with console.
const out = process.stdout;
const returned = out.write('first\n', () => console.log('callback for first'));
console.log('write returned', returned, out.writableNeedDrain);
out.write(Buffer.from('bytes\n'));
out.write('6869210a', 'hex', () => console.log('callback for hex'));
out.write(new Uint8Array([0x75, 0x38, 0x0a]));
console.log('console between writes');
process.stderr.write('to stderr\n', (error) => console.log('stderr callback', error));
console.error('console.error');
out.end === undefined || console.log('stdout has end:', typeof out.end);
process.nextTick(() => console.log('tick after writes'));
