'use strict';
// Reading package.json files, cached by path; a missing file reads as null.

const cache = new Map();

function read(file) {
  if (cache.has(file)) return cache.get(file);
  let parsed = null;
  if (internals.statKind(file) === 0) {
    const text = internals.readFileUtf8(file);
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const { codes } = require('internal/errors');
      const wrapped = new codes.ERR_INVALID_PACKAGE_CONFIG(file, undefined, error.message);
      throw wrapped;
    }
  }
  cache.set(file, parsed);
  return parsed;
}

module.exports = { read };
