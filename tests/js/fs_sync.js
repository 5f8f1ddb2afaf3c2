// The synchronous fs API inside a scratch directory (argv[2]): files, descriptors,
// directories, links, metadata and Node's errors. Output is Node 24's.
const fs = require('fs');
const path = require('path');

process.chdir(process.argv[2]);
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.code, e.message);
  }
};

// Whole files.
fs.writeFileSync('a.txt', 'hello\n');
fs.appendFileSync('a.txt', Buffer.from('world\n'));
fs.writeFileSync('latin1.txt', 'café', 'latin1');
show('readFileSync utf8', () => fs.readFileSync('a.txt', 'utf8'));
show('readFileSync buffer', () => fs.readFileSync('a.txt'));
show('readFileSync {encoding}', () => fs.readFileSync('a.txt', { encoding: 'base64' }));
show('latin1 bytes', () => fs.readFileSync('latin1.txt'));
show('latin1 text', () => fs.readFileSync('latin1.txt', 'latin1'));
show('writeFileSync wx on existing', () => fs.writeFileSync('a.txt', 'x', { flag: 'wx' }));
show('existsSync', () => [fs.existsSync('a.txt'), fs.existsSync('nope')]);

// Descriptors.
const fd = fs.openSync('fd.txt', 'w+');
show('fd is a small integer', () => Number.isInteger(fd) && fd >= 3);
show('writeSync string', () => fs.writeSync(fd, 'abcdef'));
show('writeSync buffer part', () => fs.writeSync(fd, Buffer.from('0123456789'), 2, 3));
show('writeSync at position', () => fs.writeSync(fd, 'XY', 1));
const buf = Buffer.alloc(16);
show('readSync from 0', () => [fs.readSync(fd, buf, 0, 16, 0), buf.toString('utf8', 0, 9)]);
show('readSync options', () => fs.readSync(fd, buf, { offset: 2, length: 3, position: 6 }));
show('fstatSync size', () => fs.fstatSync(fd).size);
show('ftruncateSync', () => [fs.ftruncateSync(fd, 4), fs.fstatSync(fd).size]);
show('readFileSync fd', () => fs.readFileSync(fd, 'utf8'));
fs.closeSync(fd);
show('closeSync twice', () => fs.closeSync(fd));
show('readSync bad buffer', () => fs.readSync(fd, 'nope'));
show('readSync bad fd', () => fs.readSync(-1, buf));

// Directories.
show('mkdirSync recursive', () => fs.mkdirSync('d1/d2/d3', { recursive: true }));
show('mkdirSync recursive again', () => fs.mkdirSync('d1/d2/d3', { recursive: true }));
show('mkdirSync existing', () => fs.mkdirSync('d1'));
show('mkdirSync under a file', () => fs.mkdirSync('a.txt/sub', { recursive: true }));
fs.writeFileSync('d1/f.txt', 'f');
fs.writeFileSync('d1/d2/g.txt', 'g');
show('readdirSync', () => fs.readdirSync('d1'));
show('readdirSync withFileTypes', () => fs.readdirSync('d1', { withFileTypes: true }).map((d) => [d.name, d.isFile(), d.isDirectory(), d.parentPath]));
show('readdirSync recursive', () => fs.readdirSync('d1', { recursive: true }));
show('readdirSync buffer', () => fs.readdirSync('d1', 'buffer'));
show('rmdirSync not empty', () => fs.rmdirSync('d1'));
show('rmSync dir', () => fs.rmSync('d1'));
show('rmSync recursive', () => fs.rmSync('d1', { recursive: true }));
show('rmSync missing', () => fs.rmSync('d1'));
show('rmSync missing force', () => fs.rmSync('d1', { force: true }));
const temp = fs.mkdtempSync('tmp-');
show('mkdtempSync', () => [temp.length, temp.startsWith('tmp-'), fs.statSync(temp).isDirectory()]);
fs.rmdirSync(temp);
const dir = fs.opendirSync('.');
const names = [];
for (let entry; (entry = dir.readSync()) !== null;) names.push(entry.name);
dir.closeSync();
show('opendirSync', () => names.sort());
show('Dir closed', () => dir.readSync());

// Metadata.
const st = fs.statSync('a.txt');
show('stat', () => [st.constructor.name, st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size, st.mode & 0o170000]);
show('stat dates', () => [st.mtime instanceof Date, st.mtime.getTime() === Math.round(st.mtimeMs), typeof st.birthtimeMs]);
show('stat keys', () => Object.keys(st).join(','));
show('stat bigint', () => { const b = fs.statSync('a.txt', { bigint: true }); return [b.constructor.name, b.size, typeof b.mtimeNs, b.isFile()]; });
show('statSync throwIfNoEntry', () => fs.statSync('nope', { throwIfNoEntry: false }));
show('chmodSync', () => { fs.chmodSync('a.txt', 0o600); return (fs.statSync('a.txt').mode & 0o777).toString(8); });
show('chmodSync string mode', () => { fs.chmodSync('a.txt', '644'); return (fs.statSync('a.txt').mode & 0o777).toString(8); });
show('utimesSync', () => { fs.utimesSync('a.txt', 1000, new Date(2000000)); const s = fs.statSync('a.txt'); return [s.atimeMs, s.mtimeMs]; });
show('accessSync', () => fs.accessSync('a.txt', fs.constants.R_OK));
show('accessSync missing', () => fs.accessSync('nope'));
show('truncateSync', () => { fs.truncateSync('a.txt', 3); return fs.readFileSync('a.txt', 'utf8'); });

// Names and links.
show('renameSync', () => { fs.renameSync('a.txt', 'b.txt'); return fs.readdirSync('.').filter((n) => n.endsWith('.txt')); });
show('renameSync missing', () => fs.renameSync('a.txt', 'c.txt'));
show('copyFileSync', () => { fs.copyFileSync('b.txt', 'c.txt'); return fs.readFileSync('c.txt', 'utf8'); });
show('copyFileSync excl', () => fs.copyFileSync('b.txt', 'c.txt', fs.constants.COPYFILE_EXCL));
show('symlinkSync', () => fs.symlinkSync('b.txt', 'link.txt'));
show('readlinkSync', () => fs.readlinkSync('link.txt'));
show('lstat link', () => [fs.lstatSync('link.txt').isSymbolicLink(), fs.statSync('link.txt').isSymbolicLink()]);
show('read through link', () => fs.readFileSync('link.txt', 'utf8'));
show('realpathSync', () => path.basename(fs.realpathSync('link.txt')));
show('realpathSync.native', () => path.basename(fs.realpathSync.native('link.txt')));
show('symlinkSync existing', () => fs.symlinkSync('b.txt', 'link.txt'));
show('linkSync', () => { fs.linkSync('b.txt', 'hard.txt'); return fs.statSync('b.txt').nlink; });
show('unlinkSync', () => { fs.unlinkSync('hard.txt'); fs.unlinkSync('link.txt'); return fs.existsSync('b.txt'); });
show('unlinkSync missing', () => fs.unlinkSync('link.txt'));
show('cpSync', () => { fs.mkdirSync('src/sub', { recursive: true }); fs.writeFileSync('src/sub/x', 'x'); fs.cpSync('src', 'dst', { recursive: true }); return fs.readFileSync('dst/sub/x', 'utf8'); });

// Argument errors.
show('bad path type', () => fs.readFileSync(42.5));
show('bad encoding', () => fs.readFileSync('b.txt', 'nope'));
show('null byte', () => fs.readFileSync('b\0.txt'));
show('bad flags', () => fs.openSync('b.txt', 'q'));
show('bad mode', () => fs.chmodSync('b.txt', 'rwx'));
show('bad data', () => fs.writeFileSync('b.txt', 42));
show('http URL', () => fs.readFileSync({ href: 'http://example.com/x', protocol: 'http:' }));
const fileUrl = { href: `file://${path.resolve('b.txt')}`, protocol: 'file:', hostname: '', pathname: path.resolve('b.txt') };
show('file URL', () => fs.readFileSync(fileUrl, 'utf8'));
show('bad callback', () => fs.readFile('b.txt'));
show('bad fd type', () => fs.closeSync('3'));
show('constants', () => [fs.constants.O_CREAT, fs.constants.S_IFDIR, fs.constants.COPYFILE_EXCL]);
