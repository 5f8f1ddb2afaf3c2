'use strict';
// Runs the session's entry file as the main module.

function runMain(file) {
  const { Module } = require('internal/modules/cjs');
  Module.runMain(file);
}

module.exports = { runMain };
