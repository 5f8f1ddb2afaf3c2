'use strict';
// Runs the session's entry file as the main module, in the format Node would choose:
// .mjs is an ES module, .cjs CommonJS, and .js follows the nearest package.json
// "type" — with no "type", CommonJS unless its syntax says ES module (Node's syntax
// detection, done by the CommonJS loader).

function runMain(file) {
  const esm = () => require('internal/modules/esm');
  if (file.endsWith('.mjs') || (file.endsWith('.js') && esm().packageType(file) === 'module')) {
    esm().runMain(file);
    return;
  }
  const { Module } = require('internal/modules/cjs');
  Module.runMain(file);
}

module.exports = { runMain };
