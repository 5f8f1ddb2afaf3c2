'use strict';
// Which builtin modules user code may require, and how: `require('fs')`,
// `require('node:fs')`, `import ... from 'node:fs'`. Internal modules
// (`internal/...`) are reachable only from other builtins.

let requireBuiltin;
let cache;

// Modules that exist only with the `node:` prefix, as in Node.
const schemeOnly = new Set(['test', 'test/reporters', 'sqlite', 'sea']);

function install(require, builtinCache) {
  requireBuiltin = require;
  cache = builtinCache;
}

let publicNames;
// The names of the builtins user code can load, sorted (module.builtinModules).
function builtinModules() {
  if (publicNames === undefined) {
    publicNames = internals.builtinNames()
      .filter((name) => !name.startsWith('internal/') && !schemeOnly.has(name))
      .sort();
  }
  return publicNames;
}

// The canonical builtin name for a specifier, or undefined when it names none.
function canonicalName(specifier) {
  if (typeof specifier !== 'string') return undefined;
  const prefixed = specifier.startsWith('node:');
  const name = prefixed ? specifier.slice(5) : specifier;
  if (name.startsWith('internal/')) return undefined;
  if (!prefixed && schemeOnly.has(name)) return undefined;
  return builtinModules().includes(name) || (prefixed && schemeOnly.has(name) && internals.builtinNames().includes(name))
    ? name
    : undefined;
}

function isBuiltin(specifier) {
  return canonicalName(specifier) !== undefined;
}

function loadBuiltin(name) {
  return requireBuiltin(name);
}

module.exports = { install, builtinModules, canonicalName, isBuiltin, loadBuiltin, get cache() { return cache; } };
