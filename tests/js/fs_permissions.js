// What a session may touch: reads inside the read roots, writes inside the write
// roots, and EACCES for everything else — `..` and symlinks are judged by where they
// lead. argv[2] is the fixture directory (ro/, rw/ with links), argv[3] a directory
// outside every root; the test grants --allow-write on rw/ (or nothing, or -A with
// argv[4] "reads").
const fs = require('fs');

const [fixtures, outside] = process.argv.slice(2);
process.chdir(fixtures);
const clean = (text) => String(text).split(outside).join('<outside>');
const attempt = (label, f) => {
  try {
    console.log(label, 'ok', clean(f()));
  } catch (e) {
    console.log(label, e.code, clean(e.message));
  }
};

// Reading.
attempt('read in the read root', () => fs.readFileSync('ro/data.txt', 'utf8').trim());
attempt('first fd', () => { const fd = fs.openSync('ro/data.txt'); fs.closeSync(fd); return fd; });
attempt('read outside', () => fs.readFileSync(`${outside}/secret.txt`, 'utf8'));
attempt('read through a link', () => fs.readFileSync('rw/secret-link', 'utf8'));
attempt('.. to /etc/passwd', () => fs.readFileSync('ro/../../../../../../../../../../../../etc/passwd', 'utf8').length > 0);
attempt('stat outside', () => fs.statSync(outside).isDirectory());
attempt('exists outside', () => fs.existsSync(`${outside}/secret.txt`));
attempt('exists missing outside', () => fs.existsSync(`${outside}/nothing-here`));
attempt('readdir outside', () => fs.readdirSync(outside));
attempt('opendir outside', () => fs.opendirSync(outside));
attempt('realpath outside', () => fs.realpathSync(`${outside}/secret.txt`));
attempt('lstat the link itself', () => fs.lstatSync('rw/secret-link').isSymbolicLink());
attempt('readlink', () => fs.readlinkSync('rw/secret-link'));
attempt('stat through the link', () => fs.statSync('rw/secret-link'));
attempt('stdout by fd', () => fs.writeSync(1, 'written to fd 1\n'));

// Writing (not with "reads", the mode for -A, which may write anywhere).
if (process.argv[4] !== 'reads') {
  attempt('write in the write root', () => { fs.writeFileSync('rw/new.txt', 'new'); return fs.readFileSync('rw/new.txt', 'utf8'); });
  attempt('write in a read-only root', () => fs.writeFileSync('ro/new.txt', 'x'));
  attempt('append in a read-only root', () => fs.appendFileSync('ro/data.txt', 'x'));
  attempt('open r+ in a read-only root', () => fs.openSync('ro/data.txt', 'r+'));
  attempt('.. out of the write root', () => fs.writeFileSync('rw/../ro/escape.txt', 'x'));
  attempt('link out of the write root', () => fs.writeFileSync('rw/ro-link/escape.txt', 'x'));
  attempt('write through a dangling link', () => fs.writeFileSync('rw/dangling', 'x'));
  attempt('mkdir recursive above a write root', () => fs.mkdirSync('ro/future/tree/x', { recursive: true }));
  attempt('mkdir in a read-only root', () => fs.mkdirSync('ro/sub'));
  attempt('mkdir recursive out via ..', () => fs.mkdirSync('rw/a/../../ro/b', { recursive: true }));
  attempt('unlink in a read-only root', () => fs.unlinkSync('ro/data.txt'));
  attempt('rm in a read-only root', () => fs.rmSync('ro', { recursive: true }));
  attempt('rmdir outside', () => fs.rmdirSync(outside));
  attempt('rename into a read-only root', () => fs.renameSync('rw/new.txt', 'ro/moved.txt'));
  attempt('rename from outside', () => fs.renameSync(`${outside}/secret.txt`, 'rw/stolen.txt'));
  attempt('copyFile from outside', () => fs.copyFileSync(`${outside}/secret.txt`, 'rw/stolen.txt'));
  attempt('copyFile into a read-only root', () => fs.copyFileSync('rw/new.txt', 'ro/copy.txt'));
  attempt('hard link of a read-only file', () => fs.linkSync('ro/data.txt', 'rw/hard.txt'));
  attempt('symlink in a read-only root', () => fs.symlinkSync('data.txt', 'ro/link'));
  attempt('symlink out, then write through it', () => { fs.symlinkSync('../ro/data.txt', 'rw/out-link'); fs.writeFileSync('rw/out-link', 'x'); });
  attempt('remove that link', () => { fs.unlinkSync('rw/out-link'); return fs.existsSync('rw/out-link'); });
  attempt('chmod in a read-only root', () => fs.chmodSync('ro/data.txt', 0o777));
  attempt('utimes in a read-only root', () => fs.utimesSync('ro/data.txt', 1, 1));
  attempt('truncate in a read-only root', () => fs.truncateSync('ro/data.txt', 0));
  attempt('mkdtemp in a read-only root', () => fs.mkdtempSync('ro/tmp-'));
  attempt('access W_OK in a read-only root', () => fs.accessSync('ro/data.txt', fs.constants.W_OK));
  attempt('cleanup', () => { fs.rmSync('rw/new.txt'); return fs.readdirSync('rw').join(' '); });
}

fs.readFile(`${outside}/secret.txt`, 'utf8', (err, text) => {
  console.log('callback', err ? `${err.code} ${clean(err.message)}` : text.trim());
  fs.promises.readFile('rw/secret-link', 'utf8').then(
    (text) => console.log('promise', text.trim()),
    (err) => console.log('promise', err.code, clean(err.message)),
  );
});
