// 10 MB written in many pieces, then process.exit at once: nothing may be lost.
const line = 'x'.repeat(99) + '\n';
const mode = process.argv[2];
let written = 0;
for (let i = 0; written < 10 * 1024 * 1024; i++) {
  if (mode === 'mixed' && i % 3 === 0) console.log(line.slice(0, 99));
  else process.stdout.write(line);
  written += 100;
}
process.stderr.write(`wrote ${written}\n`);
process.exit(0);
