// fs/promises and FileHandle inside a scratch directory (argv[2]). Output is Node 24's.
const fsp = require('fs/promises');
const fs = require('fs');

process.chdir(process.argv[2]);
const log = (...args) => console.log(...args);

(async () => {
  log('same module', fs.promises === fsp);
  await fsp.writeFile('p.txt', 'line one\n');
  await fsp.appendFile('p.txt', 'line two\n');
  log('readFile', JSON.stringify(await fsp.readFile('p.txt', 'utf8')));
  log('readFile buffer', (await fsp.readFile('p.txt')).length);
  await fsp.writeFile('gen.txt', (function* () { yield 'a'; yield Buffer.from('b'); yield 'c'; })());
  log('writeFile iterable', await fsp.readFile('gen.txt', 'utf8'));

  const handle = await fsp.open('p.txt', 'r+');
  log('handle fd', typeof handle.fd, handle.fd >= 3);
  const { bytesRead, buffer } = await handle.read(Buffer.alloc(4), 0, 4, 0);
  log('handle.read', bytesRead, buffer.toString());
  const viaOptions = await handle.read({ buffer: Buffer.alloc(3), position: 5 });
  log('handle.read options', viaOptions.bytesRead, viaOptions.buffer.toString());
  const written = await handle.write('ONE', 5);
  log('handle.write', written.bytesWritten, written.buffer);
  log('handle.stat', (await handle.stat()).size);
  await handle.truncate(8);
  log('handle.readFile', JSON.stringify(await handle.readFile({ encoding: 'utf8' })));
  handle.on('close', () => log('close event'));
  await handle.close();
  log('fd after close', handle.fd);
  try {
    await handle.read();
  } catch (err) {
    log('read after close', err.message, err.code, err.syscall);
  }

  const disposable = await fsp.open('p.txt');
  await disposable[Symbol.asyncDispose]();
  log('asyncDispose closes', disposable.fd);

  log('stat', (await fsp.stat('p.txt')).isFile());
  log('mkdir', await fsp.mkdir('x/y', { recursive: true }));
  log('readdir', await fsp.readdir('.'));
  await fsp.rename('p.txt', 'x/q.txt');
  await fsp.copyFile('x/q.txt', 'copy.txt');
  log('copy', await fsp.readFile('copy.txt', 'utf8'));
  await fsp.rm('x', { recursive: true });
  log('access after rm', await fsp.access('x').catch((err) => err.code));

  for (const attempt of [
    () => fsp.readFile('missing.txt'),
    () => fsp.open('missing.txt'),
    () => fsp.rename('missing.txt', 'other.txt'),
    () => fsp.readFile(42),
    () => fsp.writeFile('w.txt', 42),
  ]) {
    try {
      await attempt();
    } catch (err) {
      log('rejected', err.code, err.message);
    }
  }

  const dir = await fsp.opendir('.');
  const names = [];
  for await (const entry of dir) names.push(entry.name);
  log('opendir', names.sort());
})();
