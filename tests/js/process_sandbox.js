// What a session refuses where Node would act on the host: changing credentials
// (the session is an unprivileged user, uid and gid 1000), replacing the process,
// signalling other processes, loading native addons. Arguments are checked first,
// as in Node.
'use strict';

const report = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message, error.syscall ?? '');
  }
};

console.log('ids', process.getuid(), process.geteuid(), process.getgid(), process.getegid(), process.getgroups());
report('setuid 0', () => process.setuid(0));
report('setuid root', () => process.setuid('root'));
report('setuid self', () => process.setuid(1000));
report('seteuid nobody', () => process.seteuid('nobody'));
report('setgid 0', () => process.setgid(0));
report('setegid nogroup', () => process.setegid('nogroup'));
report('setgroups', () => process.setgroups([0]));
report('initgroups', () => process.initgroups('root', 0));
report('execve bad', () => process.execve('/bin/sh', ['a\u0000b']));
report('execve', () => process.execve('/bin/sh', ['sh', '-c', 'true'], { A: 'b' }));
report('kill other', () => process.kill(1, 0));
report('kill self 0', () => process.kill(process.pid, 0));
report('dlopen', () => process.dlopen({ exports: {} }, '/nonexistent/addon.node'));
process.on('warning', (warning) => console.log('warning', warning.name, warning.message));
