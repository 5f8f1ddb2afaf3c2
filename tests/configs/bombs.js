// Misbehaves in the way argv[2] says.
const mode = process.argv[2];
console.log(`${mode} begins`);
const keep = [];
if (mode === 'heap') for (;;) keep.push(new Array(10000).fill({ mode }));
if (mode === 'arraybuffer') for (;;) keep.push(new ArrayBuffer(8 * 1024 * 1024));
if (mode === 'loop') for (;;) {}
if (mode === 'sleep') setInterval(() => {}, 1000);
if (mode === 'chatty') for (;;) process.stdout.write('x'.repeat(1000));
