// fs behaviour added for Node compatibility: statfs, AbortSignal on writeFile and
// readFile, a ReadStream subclass overriding open(), argument errors and
// mkdtempDisposableSync. The first argument is a writable scratch directory.
'use strict';
const fs = require('fs');
const fsPromises = require('fs/promises');
const path = require('path');

const dir = process.argv[2];
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'hello from corral\n');

function show(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

// statfs: every field, numbers or bigints.
const fields = ['type', 'bsize', 'frsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree'];
const stats = fs.statfsSync(file);
console.log('statfsSync', stats.constructor.name, fields.map((k) => typeof stats[k]).join(','));
const bigStats = fs.statfsSync(file, { bigint: true });
console.log('statfsSync bigint', fields.map((k) => typeof bigStats[k]).join(','));
show('statfsSync missing', () => fs.statfsSync(path.join(dir, 'missing')));
show('statfsSync bad path', () => fs.statfsSync(1));

// Argument errors come before the callback is looked at.
show('fchmod mode', () => fs.fchmod(1, '123x'));
show('fchown uid', () => fs.fchown(1, -2));
show('truncate len', () => fs.truncate(file, null, () => {}));
show('symlink type', () => fs.symlinkSync('a', 'b', 'sideways'));
show('writeSync offset', () => fs.writeSync(1, Buffer.from('x'), { offset: -1 }));
show('timestamp', () => fs._toUnixTimestamp(Infinity));
show('autoClose this', () => fs.WriteStream.prototype.autoClose);

const disposable = fs.mkdtempDisposableSync(path.join(dir, 'tmp-'));
console.log('mkdtempDisposableSync', fs.existsSync(disposable.path), Object.keys(disposable));
disposable[Symbol.dispose]();
console.log('after dispose', fs.existsSync(disposable.path));

// A ReadStream subclass with its own open(), as graceful-fs makes.
function LegacyReadStream(...args) {
  fs.ReadStream.call(this, ...args);
}
Object.setPrototypeOf(LegacyReadStream.prototype, fs.ReadStream.prototype);
Object.setPrototypeOf(LegacyReadStream, fs.ReadStream);
LegacyReadStream.prototype.open = function open() {
  console.log('subclass open called');
  fs.open(this.path, this.flags, this.mode, (error, fd) => {
    if (error) {
      this.emit('error', error);
      return;
    }
    this.fd = fd;
    this.emit('open', fd);
  });
};

const chunks = [];
new LegacyReadStream(file)
  .on('open', () => console.log('open event'))
  .on('data', (chunk) => chunks.push(chunk))
  .on('end', () => console.log('read through subclass:', JSON.stringify(Buffer.concat(chunks).toString())))
  .on('close', () => {
    console.log('stream closed');
    abortedWrites();
  });

async function abortedWrites() {
  // Callback writeFile: aborted before the work is done.
  const controller = new AbortController();
  fs.writeFile(path.join(dir, 'aborted.txt'), 'x', { signal: controller.signal }, (error) => {
    console.log('writeFile callback', error.name, error.code, error.message);
    console.log('aborted file exists', fs.existsSync(path.join(dir, 'aborted.txt')));
  });
  controller.abort();

  // Promise writeFile: aborted on the next tick, between chunks.
  const big = Buffer.alloc(4 * 1024 * 1024, 'a');
  const later = new AbortController();
  process.nextTick(() => later.abort());
  await fsPromises.writeFile(path.join(dir, 'big.txt'), big, { signal: later.signal })
    .then(() => console.log('promise writeFile finished'), (error) => console.log('promise writeFile', error.name, error.message));

  // readFile with an already aborted signal.
  await fsPromises.readFile(file, { signal: AbortSignal.abort() })
    .then(() => console.log('readFile finished'), (error) => console.log('promise readFile', error.name));

  const fsStats = await fsPromises.statfs(file);
  console.log('fsPromises.statfs', typeof fsStats.bsize);
}
