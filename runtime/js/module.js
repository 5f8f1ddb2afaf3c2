'use strict';
// The `module` module.

const { Module } = require('internal/modules/cjs');

module.exports = Module;
