// fs.watch, fs.promises.watch and fs.watchFile on changes the program makes itself
// in argv[2] (an empty directory it may write). Steps are spaced out so that each
// one's events have arrived before the next; the kernel may merge a repeated event,
// so repeats in a row are printed once.
const fs = require('fs');
const path = require('path');
const { setTimeout: sleep } = require('timers/promises');

const root = process.argv[2];
const at = (...names) => path.join(root, ...names);
const STEP = 100;

// Collects a watcher's events; `print()` shows them without repeats in a row.
function recorder(label) {
  const events = [];
  const record = (eventType, filename) => {
    const name = Buffer.isBuffer(filename) ? `<Buffer ${filename.toString('hex')}>` : filename;
    const line = `${eventType} ${name}`;
    if (events[events.length - 1] !== line) events.push(line);
  };
  record.print = () => console.log(`${label}:\n  ${events.join('\n  ') || '(none)'}`);
  return record;
}

async function plainWatch() {
  fs.mkdirSync(at('plain'));
  fs.writeFileSync(at('plain', 'existing.txt'), 'one');
  const onDirectory = recorder('directory');
  const onFile = recorder('file');
  const onBuffer = recorder('directory, encoding buffer');
  const onHex = recorder('directory, encoding hex');
  const directory = fs.watch(at('plain'), onDirectory);
  const file = fs.watch(at('plain', 'existing.txt'), { persistent: true }, onFile);
  const buffer = fs.watch(at('plain'), { encoding: 'buffer' }, onBuffer);
  const hex = fs.watch(at('plain'), 'hex', onHex);
  console.log('watchers:', directory.constructor.name, typeof directory.ref, typeof directory.unref);
  directory.on('close', () => console.log('directory watcher closed'));

  // Right after fs.watch() returns, changes are seen.
  fs.writeFileSync(at('plain', 'new.txt'), 'hello');
  await sleep(STEP);
  fs.appendFileSync(at('plain', 'existing.txt'), ' two');
  await sleep(STEP);
  fs.renameSync(at('plain', 'new.txt'), at('plain', 'renamed.txt'));
  await sleep(STEP);
  fs.mkdirSync(at('plain', 'sub'));
  await sleep(STEP);
  fs.writeFileSync(at('plain', 'sub', 'deep.txt'), 'not reported: not recursive');
  await sleep(STEP);
  fs.unlinkSync(at('plain', 'existing.txt'));
  await sleep(STEP);

  for (const watcher of [directory, file, buffer, hex]) watcher.close();
  directory.close();
  // Closed watchers hear nothing more.
  fs.writeFileSync(at('plain', 'after-close.txt'), 'x');
  await sleep(STEP);
  for (const record of [onDirectory, onFile, onBuffer, onHex]) record.print();
}

async function recursiveWatch() {
  fs.mkdirSync(at('tree', 'a'), { recursive: true });
  fs.writeFileSync(at('tree', 'a', 'old.txt'), 'old');
  const onTree = recorder('recursive');
  const watcher = fs.watch(at('tree'), { recursive: true }, onTree);
  await sleep(STEP);
  fs.mkdirSync(at('tree', 'a', 'b'));
  await sleep(STEP);
  fs.writeFileSync(at('tree', 'a', 'b', 'new.txt'), 'new');
  await sleep(STEP);
  fs.appendFileSync(at('tree', 'a', 'old.txt'), ' more');
  await sleep(STEP);
  fs.unlinkSync(at('tree', 'a', 'b', 'new.txt'));
  await sleep(STEP);
  watcher.close();
  onTree.print();
}

async function promisesWatch() {
  fs.mkdirSync(at('promises'));
  const controller = new AbortController();
  const seen = [];
  const reader = (async () => {
    try {
      for await (const { eventType, filename } of fs.promises.watch(at('promises'), { signal: controller.signal })) {
        const line = `${eventType} ${filename}`;
        if (seen[seen.length - 1] !== line) seen.push(line);
      }
    } catch (error) {
      seen.push(`ended with ${error.name} (${error.code})`);
    }
  })();
  await sleep(STEP);
  fs.writeFileSync(at('promises', 'p.txt'), 'p');
  await sleep(STEP);
  fs.rmSync(at('promises', 'p.txt'));
  await sleep(STEP);
  controller.abort();
  await reader;
  console.log(`fs.promises.watch:\n  ${seen.join('\n  ')}`);
}

async function watchFile() {
  const target = at('polled.txt');
  const changes = [];
  const listener = (current, previous) => {
    changes.push(`size ${previous.size} -> ${current.size}, file ${current.isFile()}, ino ${current.ino > 0}`);
  };
  const watcher = fs.watchFile(target, { interval: 10 }, listener);
  console.log('watchFile returns', watcher.constructor.name);
  await sleep(STEP);
  fs.writeFileSync(target, 'abc');
  await sleep(STEP);
  fs.appendFileSync(target, 'defg');
  await sleep(STEP);
  fs.unlinkSync(target);
  await sleep(STEP);
  fs.unwatchFile(target, listener);
  console.log(`fs.watchFile:\n  ${changes.join('\n  ')}`);
}

function errors() {
  const show = (label, f) => {
    try {
      f();
      console.log(label, 'did not throw');
    } catch (error) {
      console.log(label, error.code, error.message.split(root).join('<dir>'),
                  error.syscall, error.filename === undefined ? '' : error.filename.split(root).join('<dir>'));
    }
  };
  show('missing', () => fs.watch(at('missing')));
  show('bad path', () => fs.watch(42));
  show('bad recursive', () => fs.watch(root, { recursive: 'yes' }));
  show('bad listener', () => fs.watchFile(at('x'), {}, 'not a function'));
}

(async () => {
  errors();
  await plainWatch();
  await recursiveWatch();
  await promisesWatch();
  await watchFile();
  // An unref'd watcher does not keep the program alive.
  fs.watch(root).unref();
  console.log('done');
})();
