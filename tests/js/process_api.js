// process APIs whose behaviour a session shares with Node: the umask value, the
// shape of threadCpuUsage(), what getActiveResourcesInfo() lists, the checks of the
// credential setters, and a Console that swallows its stream's write errors.
'use strict';
const fs = require('fs');
const { Writable } = require('stream');
const { Console } = require('console');

// Resources are listed before anything touches process.stdout (Node would then list
// the stdout pipe too).
const before = process.getActiveResourcesInfo();
setTimeout(() => {}, 1);
setImmediate(() => {});
fs.readFile(__filename, () => {});
const during = process.getActiveResourcesInfo();
const requests = process._getActiveRequests().length;

const report = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
};

console.log('resources before', before);
console.log('resources during', during, 'requests', requests);

// umask: a number; setting returns the previous value; strings are octal.
const original = process.umask();
console.log('umask type', typeof original);
console.log('umask set', process.umask(0o027) === original);
console.log('umask now', process.umask('0664').toString(8));
console.log('umask masked', process.umask(0o10777).toString(8), process.umask().toString(8));
process.umask(original);
report('umask {}', () => process.umask({}));
report('umask 999', () => process.umask('999'));

// threadCpuUsage / cpuUsage: { user, system } in microseconds.
const usage = process.threadCpuUsage();
console.log('threadCpuUsage', Object.keys(usage), typeof usage.user, usage.user >= 0, usage.system >= 0);
const diff = process.threadCpuUsage(usage);
console.log('threadCpuUsage diff', diff.user >= 0, diff.system >= 0);
report('threadCpuUsage 1', () => process.threadCpuUsage(1));
report('cpuUsage user -1', () => process.cpuUsage({ user: -1, system: 0 }));
report('cpuUsage system x', () => process.cpuUsage({ user: 1, system: 'x' }));

// Credential setters check their arguments first.
report('setuid {}', () => process.setuid({}));
report('setgid unknown', () => process.setgid('no-such-group-corral'));
report('seteuid unknown', () => process.seteuid('no-such-user-corral'));
report('setuid 1.5', () => process.setuid(1.5));
report('setgroups -1', () => process.setgroups([1, -1]));
report('setgroups null', () => process.setgroups([null]));
report('initgroups', () => process.initgroups(undefined));

// A console swallows write errors unless told not to.
const epipe = () => Object.assign(new Error('write EPIPE'), { code: 'EPIPE', errno: -32, syscall: 'write' });
const syncFailing = new Writable({ write(chunk, encoding, callback) { callback(epipe()); } });
const asyncFailing = new Writable({ write(chunk, encoding, callback) { setImmediate(callback, epipe()); } });
const throwing = new Writable({ write() { throw epipe(); } });
for (const [name, stream] of [['sync', syncFailing], ['async', asyncFailing], ['throwing', throwing]]) {
  const quiet = new Console(stream);
  quiet.log('lost');
  quiet.error('lost');
  console.log('console survived', name);
}
report('ignoreErrors false', () => new Console({ stdout: { write() { throw epipe(); } }, ignoreErrors: false }).log('x'));
process.on('exit', (code) => console.log('exit', code));
