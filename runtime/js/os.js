'use strict';

// Node's `os` module, as a consistent virtual machine: a session does not
// learn anything about the host. It sees a Linux x64 machine named 'corral'
// with a user 'corral' (uid/gid 1000, shell /bin/sh), a home directory from $HOME (or the
// working directory), the temporary directory from $TMPDIR (or /tmp), no
// network interface but the loopback and an idle load average. The CPU count follows
// internals.hardwareConcurrency() when the runtime provides it.

const { codes } = require('internal/errors');
const { validateInt32 } = require('internal/validators');
const { signalNumbers } = require('internal/process/signals');

const kTotalMem = 4 * 1024 * 1024 * 1024;
const kRelease = '6.8.0-corral';
const kVersion = '#1 SMP PREEMPT_DYNAMIC corral';
const kCpuModel = 'corral virtual CPU';
const kCpuSpeed = 2400;

function cpuCount() {
  const count = typeof internals.hardwareConcurrency === 'function' ? internals.hardwareConcurrency() : 2;
  return Number.isInteger(count) && count > 0 ? count : 2;
}

function withPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

const arch = withPrimitive(function arch() {
  return 'x64';
});
const platform = withPrimitive(function platform() {
  return 'linux';
});
const type = withPrimitive(function type() {
  return 'Linux';
});
const release = withPrimitive(function release() {
  return kRelease;
});
const version = withPrimitive(function version() {
  return kVersion;
});
const machine = withPrimitive(function machine() {
  return 'x86_64';
});
const hostname = withPrimitive(function hostname() {
  return 'corral';
});
const endianness = withPrimitive(function endianness() {
  return 'LE';
});
const availableParallelism = withPrimitive(function availableParallelism() {
  return cpuCount();
});
const totalmem = withPrimitive(function totalmem() {
  return kTotalMem;
});
const freemem = withPrimitive(function freemem() {
  let used = 0;
  try {
    used = process.memoryUsage.rss();
  } catch {
    // No figures: report the whole memory free.
  }
  return Math.max(0, kTotalMem - used);
});
// Seconds since the session started, like a freshly booted machine.
const uptime = withPrimitive(function uptime() {
  return Math.round(process.uptime() * 100) / 100;
});

const homedir = withPrimitive(function homedir() {
  const home = process.env.HOME;
  return typeof home === 'string' && home !== '' ? home : process.cwd();
});

// $TMPDIR, $TMP, $TEMP or $TEMPDIR (as libuv reads them), else /tmp; no
// trailing slash.
const tmpdir = withPrimitive(function tmpdir() {
  let dir;
  for (const name of ['TMPDIR', 'TMP', 'TEMP', 'TEMPDIR']) {
    const value = process.env[name];
    if (typeof value === 'string' && value !== '') {
      dir = value;
      break;
    }
  }
  if (dir === undefined) return '/tmp';
  if (dir.length > 1 && dir.endsWith('/')) dir = dir.slice(0, -1);
  return dir;
});

function loadavg() {
  return [0, 0, 0];
}

// Every virtual CPU reports its share of the session's CPU time as user time
// and the rest of the uptime as idle (milliseconds).
function cpus() {
  const count = cpuCount();
  let userMs = 0;
  let sysMs = 0;
  try {
    const usage = process.cpuUsage();
    userMs = Math.round(usage.user / 1000 / count);
    sysMs = Math.round(usage.system / 1000 / count);
  } catch {
    // No figures: zeros.
  }
  const upMs = Math.round(process.uptime() * 1000);
  const idle = Math.max(0, upMs - userMs - sysMs);
  const result = [];
  for (let i = 0; i < count; i++) {
    result.push({
      model: kCpuModel,
      speed: kCpuSpeed,
      times: { user: userMs, nice: 0, sys: sysMs, idle, irq: 0 },
    });
  }
  return result;
}

// Only the loopback interface every Linux machine has: a session sees no
// host network.
function networkInterfaces() {
  const mac = '00:00:00:00:00:00';
  return {
    lo: [
      { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac, internal: true, cidr: '127.0.0.1/8' },
      {
        address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6', mac,
        internal: true, cidr: '::1/128', scopeid: 0,
      },
    ],
  };
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const info = {
    __proto__: null,
    uid: 1000,
    gid: 1000,
    username: 'corral',
    homedir: homedir(),
    shell: '/bin/sh',
  };
  if (options?.encoding === 'buffer') {
    const { Buffer } = require('buffer');
    info.username = Buffer.from(info.username);
    info.homedir = Buffer.from(info.homedir);
    info.shell = Buffer.from(info.shell);
  }
  return info;
}

// The session's own priority; other processes do not exist.
let priority = 0;

function checkPid(pid, syscall) {
  if (pid !== 0 && pid !== process.pid) {
    throw new codes.ERR_SYSTEM_ERROR({ errno: -3, code: 'ESRCH', message: 'no such process', syscall });
  }
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  checkPid(pid, 'uv_os_getpriority');
  return priority;
}

function setPriority(pid, value) {
  if (value === undefined) {
    value = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(value, 'priority', -20, 19);
  checkPid(pid, 'uv_os_setpriority');
  // An unprivileged user may only lower its priority (raise the nice value).
  if (value < priority) {
    throw new codes.ERR_SYSTEM_ERROR({ errno: -13, code: 'EACCES', message: 'permission denied', syscall: 'uv_os_setpriority' });
  }
  priority = value;
}

// Linux errno numbers.
const errno = {
  __proto__: null,
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11,
  EALREADY: 114, EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103,
  ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122,
  EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115,
  EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31,
  EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36, ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101,
  ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67,
  ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60, ENOSYS: 38,
  ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6,
  EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93,
  EPROTOTYPE: 91, ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62,
  ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
};

const signals = { __proto__: null };
for (const name of Object.keys(signalNumbers)) signals[name] = signalNumbers[name];
Object.freeze(signals);

const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen: { __proto__: null, RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 },
  errno,
  signals,
  priority: {
    __proto__: null,
    PRIORITY_LOW: 19,
    PRIORITY_BELOW_NORMAL: 10,
    PRIORITY_NORMAL: 0,
    PRIORITY_ABOVE_NORMAL: -7,
    PRIORITY_HIGH: -14,
    PRIORITY_HIGHEST: -20,
  },
};

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  EOL: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
