'use strict';
// process.binding(name): Node's deprecated window onto its native layer (DEP0111).
//
// Node answers only for an allowlist of names and throws `No such module: NAME` for
// the rest. corral has no such native modules: `util` and `constants` hold what they
// hold in Node (the type checks of util.types; os, fs, crypto and zlib constants),
// every other allowlisted name is an empty object, so code that probes a binding
// finds it without finding internals to call.

const allowlist = new Set([
  'async_wrap', 'buffer', 'cares_wrap', 'config', 'constants', 'contextify', 'crypto',
  'fs', 'fs_event_wrap', 'http_parser', 'icu', 'inspector', 'js_stream', 'natives',
  'os', 'pipe_wrap', 'process_wrap', 'signal_wrap', 'spawn_sync', 'stream_wrap',
  'tcp_wrap', 'tls_wrap', 'tty_wrap', 'udp_wrap', 'url', 'util', 'uv', 'v8', 'zlib',
]);

// The util.types checks Node's util binding carries.
const utilBindingNames = [
  'isAnyArrayBuffer', 'isArrayBuffer', 'isArrayBufferView', 'isAsyncFunction',
  'isDataView', 'isDate', 'isExternal', 'isMap', 'isMapIterator', 'isNativeError',
  'isPromise', 'isRegExp', 'isSet', 'isSetIterator', 'isTypedArray', 'isUint8Array',
];

const made = new Map();

function makeBinding(name) {
  switch (name) {
    case 'util': {
      const { types } = require('util');
      const binding = {};
      for (const key of utilBindingNames) binding[key] = types[key];
      return binding;
    }
    case 'constants': {
      const os = require('os');
      const fs = require('fs');
      let crypto = {};
      try {
        crypto = require('crypto').constants;
      } catch {
        // Without crypto, an empty set.
      }
      let zlib = {};
      try {
        zlib = require('zlib').constants;
      } catch {
        // Without zlib, an empty set.
      }
      return { os: os.constants, fs: fs.constants, crypto, zlib, trace: {} };
    }
    default:
      return {};
  }
}

function binding(name) {
  name = `${name}`;
  if (!allowlist.has(name)) throw new Error(`No such module: ${name}`);
  let result = made.get(name);
  if (result === undefined) {
    result = makeBinding(name);
    made.set(name, result);
  }
  return result;
}

module.exports = { binding };
