// fs.createReadStream / createWriteStream: copying a file through pipeline(), stream
// events, ranges, and a stream over a FileHandle. argv[2] is a scratch directory.
// Output is Node 24's.
const fs = require('fs');
const { pipeline } = require('stream');

process.chdir(process.argv[2]);
const log = (...args) => console.log(...args);

// 200 KiB of numbered lines: several 64 KiB chunks.
let text = '';
for (let i = 0; text.length < 200 * 1024; i++) text += `line ${i}\n`;
fs.writeFileSync('source.txt', text);

const source = fs.createReadStream('source.txt');
const target = fs.createWriteStream('copy.txt');
log('pending before open', source.pending, target.pending);
source.on('open', (fd) => log('read stream open', typeof fd));
source.on('ready', () => log('read stream ready'));
target.on('open', (fd) => log('write stream open', typeof fd));
let chunks = 0;
source.on('data', () => chunks++);
source.on('end', () => log('read stream end'));
target.on('finish', () => log('write stream finish'));
pipeline(source, target, (err) => {
  log('pipeline done', err);
  log('chunks', chunks, 'bytesRead', source.bytesRead, 'bytesWritten', target.bytesWritten);
  log('copy equal', fs.readFileSync('copy.txt', 'utf8') === text);
  log('destroyed', source.destroyed, target.destroyed, 'fd', source.fd, target.fd);
  ranges();
});

function ranges() {
  const parts = [];
  fs.createReadStream('source.txt', { start: 5, end: 11, encoding: 'utf8' })
    .on('data', (chunk) => parts.push(chunk))
    .on('close', () => {
      log('range', JSON.stringify(parts.join('')));
      const out = fs.createWriteStream('written.txt', { flags: 'w' });
      out.write('abc');
      out.write(Buffer.from('def'));
      out.end('ghi', () => {
        log('written', fs.readFileSync('written.txt', 'utf8'), out.bytesWritten);
        missing();
      });
    });
}

function missing() {
  const stream = fs.createReadStream('missing.txt');
  stream.on('error', (err) => {
    log('error event', err.code, err.message);
    stream.on('close', () => {
      log('closed after error');
      overHandle();
    });
  });
}

async function overHandle() {
  const handle = await fs.promises.open('source.txt');
  let size = 0;
  for await (const chunk of handle.createReadStream({ end: 99 })) size += chunk.length;
  log('FileHandle stream', size, 'handle fd after', handle.fd);
  try {
    fs.createReadStream('source.txt', { start: 10, end: 5 });
  } catch (err) {
    log(err.code, err.message);
  }
}
