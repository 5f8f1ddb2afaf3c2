'use strict';
// Whether the ES module loader ran, without loading it when it did not (most
// CommonJS programs never need it).

function stalledMainWarning() {
  const cache = require('internal/builtins').cache;
  const esm = cache.get('internal/modules/esm');
  return esm === undefined ? '' : esm.exports.stalledMainWarning();
}

module.exports = { stalledMainWarning };
