// Every CommonJS case of tests/fixtures/resolution/cases.json: each request resolved
// from each parent with createRequire(parent).resolve, one line per case. Runs the
// same under Node and corral; paths print relative to the fixture folder.
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const root = path.resolve(__dirname, '../../fixtures/resolution');
require(path.join(root, 'setup.js')).setup(root);
const cases = JSON.parse(fs.readFileSync(path.join(root, 'cases.json'), 'utf8'));
const show = (text) => String(text).split(root).join('<root>');

// node:test (Node's test runner) is not among corral's builtins yet.
const skipped = new Set(['node:test']);

function attempt(parent, request) {
  try {
    return show(createRequire(path.join(root, parent)).resolve(request));
  } catch (error) {
    return `${error.code} ${show(error.message.split('\n')[0])}`;
  }
}

for (const parent of cases.parents) {
  for (const request of cases.everywhere.filter((r) => !skipped.has(r))) console.log(`${parent} | ${request} -> ${attempt(parent, request)}`);
}
for (const parent of cases.relativeParents) {
  for (const request of cases.relative) console.log(`${parent} | ${request} -> ${attempt(parent, request)}`);
}
