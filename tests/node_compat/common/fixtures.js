// Paths into Node's test/fixtures folder. The runner links it next to this
// folder (NODE_COMPAT_FIXTURES overrides).
'use strict';

const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

// The real path, as Node's module loader would see it.
const fixturesDir = fs.realpathSync(process.env.NODE_COMPAT_FIXTURES ?
  path.resolve(process.env.NODE_COMPAT_FIXTURES) :
  path.join(__dirname, '..', 'fixtures'));

function fixturesPath(...parts) {
  return path.join(fixturesDir, ...parts);
}

function readSync(parts, encoding) {
  const file = Array.isArray(parts) ? fixturesPath(...parts) : fixturesPath(parts);
  return fs.readFileSync(file, encoding);
}

function readKey(name, encoding) {
  return fs.readFileSync(fixturesPath('keys', name), encoding);
}

function readKeys(encoding, ...names) {
  return names.map((name) => readKey(name, encoding));
}

module.exports = {
  fixturesDir,
  path: fixturesPath,
  fileURL: (...parts) => pathToFileURL(fixturesPath(...parts)),
  readSync,
  readKey,
  readKeys,
  // The content of fixtures/utf8_test_text.txt, read from there.
  get utf8TestText() {
    return fs.readFileSync(fixturesPath('utf8_test_text.txt'), 'utf8');
  },
  get utf8TestTextPath() {
    return fixturesPath('utf8_test_text.txt');
  },
};
