'use strict';
// process.getuid() and friends, and the setters (setuid, setgid, seteuid, setegid,
// setgroups, initgroups).
//
// A session runs as an unprivileged virtual user (uid and gid 1000) and can never
// change the host's credentials. The setters check their arguments as Node does
// (Node's errors for bad types, ranges and unknown names), then fail the way they
// fail for an unprivileged Node process: `Error: EPERM, Operation not permitted`.
//
// Names resolve against a small virtual user database rather than the host's.

const { codes } = require('internal/errors');
const { validateArray, validateUint32 } = require('internal/validators');

const SESSION_ID = 1000;
const EPERM = 1;

// The names a session knows: its own user and group, root, and nobody.
const usersByName = { __proto__: null, root: 0, corral: SESSION_ID, nobody: 65534 };
const groupsByName = { __proto__: null, root: 0, corral: SESSION_ID, nogroup: 65534, nobody: 65534 };

// Node's validateId: a uint32 number or a name.
function validateId(id, name) {
  if (typeof id === 'number') {
    validateUint32(id, name);
  } else if (typeof id !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
  }
}

function resolveUser(id) {
  if (typeof id === 'number') return id;
  if (usersByName[id] === undefined) throw new codes.ERR_UNKNOWN_CREDENTIAL('User', id);
  return usersByName[id];
}

function resolveGroup(id) {
  if (typeof id === 'number') return id;
  if (groupsByName[id] === undefined) throw new codes.ERR_UNKNOWN_CREDENTIAL('Group', id);
  return groupsByName[id];
}

// What an unprivileged process gets from the system call.
function notPermitted(syscall, caller) {
  const error = new Error('EPERM, Operation not permitted');
  error.errno = EPERM;
  error.code = 'EPERM';
  error.syscall = syscall;
  Error.captureStackTrace(error, caller);
  return error;
}

// A setter for one id: `kind` says which name database its names come from.
function idSetter(name, kind) {
  const resolve = kind === 'user' ? resolveUser : resolveGroup;
  const setter = {
    [name](id) {
      validateId(id, 'id');
      const wanted = resolve(id);
      // Setting the id a session already has is allowed, as it is for anyone.
      if (wanted === SESSION_ID) return;
      throw notPermitted(name, setter);
    },
  }[name];
  return setter;
}

function setgroups(groups) {
  validateArray(groups, 'groups');
  for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
  for (let i = 0; i < groups.length; i++) resolveGroup(groups[i]);
  throw notPermitted('setgroups', setgroups);
}

function initgroups(user, extraGroup) {
  validateId(user, 'user');
  validateId(extraGroup, 'extraGroup');
  resolveGroup(extraGroup);
  resolveUser(user);
  throw notPermitted('initgroups', initgroups);
}

const credentials = {
  getuid: () => SESSION_ID,
  geteuid: () => SESSION_ID,
  getgid: () => SESSION_ID,
  getegid: () => SESSION_ID,
  getgroups: () => [SESSION_ID],
  setuid: idSetter('setuid', 'user'),
  seteuid: idSetter('seteuid', 'user'),
  setgid: idSetter('setgid', 'group'),
  setegid: idSetter('setegid', 'group'),
  setgroups,
  initgroups,
};

module.exports = { credentials };
