// The callback forms: never called synchronously, delivered in the poll phase (after
// due timers, before immediates), with Node's arguments and errors. argv[2] is a
// scratch directory. Output is Node 24's.
const fs = require('fs');

process.chdir(process.argv[2]);
const log = (...args) => console.log(...args);

const busyWait = (ms) => {
  const end = Date.now() + ms;
  while (Date.now() < end);
};

log('sync start');
setTimeout(() => log('timeout 0 (due before the poll phase)'), 0);
fs.stat('.', (err, stats) => log('stat (before immediates)', err, stats.isDirectory()));
setImmediate(() => {
  log('immediate from main');
  fs.writeFile('cb.txt', 'callback data', function (err) {
    log('writeFile', err, arguments.length);
    fs.readFile('cb.txt', 'utf8', (err, text) => {
      log('readFile', err, text);
      // Inside an I/O callback an immediate runs before a 0 ms timeout.
      setTimeout(() => {
        log('timeout inside callback');
        next();
      }, 0);
      setImmediate(() => log('immediate inside callback'));
    });
  });
});
process.nextTick(() => log('nextTick'));
Promise.resolve().then(() => log('promise'));
busyWait(20);
log('sync end');

function next() {
  fs.stat('nope.txt', (err, stats) => {
    log('stat error', err.message, err.code, err.errno, err.syscall, err.path, stats);
    log('stack is only the header', err.stack === `Error: ${err.message}`);
    fs.mkdir('a/b', { recursive: true }, (err, first) => {
      log('mkdir recursive', err, first);
      fs.readdir('a', { withFileTypes: true }, (err, entries) => {
        log('readdir', err, entries.map((d) => `${d.name}:${d.isDirectory()}`));
        fs.open('cb.txt', 'r', (err, fd) => {
          const buffer = Buffer.alloc(8);
          fs.read(fd, buffer, 0, 8, 0, (err, bytesRead, buf) => {
            log('read', err, bytesRead, buf === buffer, buf.toString());
            fs.write(fd, 'x', (err) => {
              log('write to a read-only fd', err.code, err.syscall);
              fs.close(fd, (err) => {
                log('close', err);
                fs.exists('cb.txt', (present) => {
                  log('exists', present);
                  fs.rm('a', { recursive: true }, (err) => {
                    log('rm', err, fs.existsSync('a'));
                    last();
                  });
                });
              });
            });
          });
        });
      });
    });
  });
}

function last() {
  try {
    fs.readFile('cb.txt');
  } catch (err) {
    log('missing callback throws', err.code);
  }
  try {
    fs.stat(42, () => {});
  } catch (err) {
    log('bad path throws at once', err.code);
  }
  const { promisify } = require('util');
  promisify(fs.readFile)('cb.txt', 'utf8').then((text) => log('promisify', text));
}
