'use strict';
// CommonJS: Module, require() and Node's resolution of module specifiers to files.
// Every file is read through internals, so only the session's readable roots can be
// loaded.

const path = require('path');
const builtins = require('internal/builtins');

const WRAPPER_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  Object.defineProperty(this, 'parent', { __proto__: null, value: parent, writable: true, enumerable: false, configurable: true });
  if (parent && parent.children) parent.children.push(this);
}

Module._cache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.wrapper = [`(function (${WRAPPER_PARAMS.join(', ')}) { `, '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module.Module = Module;
Object.defineProperty(Module, 'builtinModules', { __proto__: null, get: () => builtins.builtinModules().slice(), enumerable: true });
Module.isBuiltin = (name) => builtins.isBuiltin(name);

// Node's own internal entry points for resolution, answered by the resolver.
Module._nodeModulePaths = (from) => require('internal/modules/resolve').nodeModulePaths(from);
Module._resolveLookupPaths = (request, parent) => getResolver().lookupPaths(request, parent, Module.globalPaths);
Module._findPath = (request, paths) => getResolver().findPath(request, paths, Object.keys(Module._extensions));

function requireStack(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) {
    if (cursor.filename || cursor.id) stack.push(cursor.filename || cursor.id);
    if (stack.length > 64) break;
  }
  return stack;
}

let resolver;
// Node's resolution (exports/imports maps, conditions, node_modules, extensions),
// reading the file system through the session's permission checks.
function getResolver() {
  if (resolver === undefined) {
    resolver = require('internal/modules/resolve').createResolver({
      statKind: internals.statKind,
      readFile: internals.readFileUtf8,
      realpath: internals.realpath,
      builtins,
    });
  }
  return resolver;
}

Module._resolveFilename = function(request, parent, isMain, options) {
  if (builtins.isBuiltin(request)) return request;
  const parentFilename = parent && parent.filename ? parent.filename : null;
  try {
    return getResolver().resolveCjs(request, parentFilename, {
      paths: options && Array.isArray(options.paths) ? options.paths : undefined,
      isMain,
      extensions: Object.keys(Module._extensions),
      globalPaths: Module.globalPaths,
    }, requireStack(parent));
  } catch (error) {
    if (error && error.code === 'MODULE_NOT_FOUND' && (request.startsWith('.') || path.isAbsolute(request))) {
      throwIfOutsideRoots(path.resolve(parentFilename ? path.dirname(parentFilename) : process.cwd(), request));
    }
    throw error;
  }
};

// A module that is not found because it lies outside the session's readable roots
// is reported as what it is: EACCES, naming the path.
function throwIfOutsideRoots(file) {
  if (internals.statKind(file) !== -2) return;
  const error = new Error(`EACCES: permission denied, open '${file}'`);
  error.errno = -13;
  error.code = 'EACCES';
  error.syscall = 'open';
  error.path = file;
  throw error;
}

Module._load = function(request, parent, isMain) {
  if (request.startsWith('node:') || builtins.isBuiltin(request)) {
    const name = builtins.canonicalName(request);
    if (name === undefined) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return builtins.loadBuiltin(name);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent && parent.children) {
        const index = parent.children.indexOf(module);
        if (index !== -1) parent.children.splice(index, 1);
      }
    }
  }
  return module.exports;
};

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const format = byFormat[path.extname(filename)];
  if (format !== undefined) format(this, filename);
  else Module._extensions[findLongestRegisteredExtension(filename)](this, filename);
  this.loaded = true;
};

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index = 0;
  while ((index = name.indexOf('.', index + 1)) !== -1) {
    const ext = name.slice(index);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module.prototype.require = function(id) {
  if (typeof id !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
  }
  if (id === '') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
};

// Compiles a CommonJS module body as its wrapper function (a syntax error is thrown
// here, before anything runs).
function wrapSafe(filename, content) {
  if (content.startsWith('#!')) {
    // Keep line numbers: the shebang line becomes a comment.
    content = '//' + content.slice(2);
  }
  return internals.compileFunction(content, filename, WRAPPER_PARAMS);
}

Module.prototype._compile = function(content, filename, compiled = wrapSafe(filename, content)) {
  const require = makeRequireFunction(this);
  const dirname = path.dirname(filename);
  return compiled.call(this.exports, this.exports, require, this, filename, dirname);
};

// Syntax errors that mean "this is an ES module" (Node's syntax detection).
const ESM_SYNTAX_ERRORS = [
  'Cannot use import statement outside a module',
  "Unexpected token 'export'",
  "Cannot use 'import.meta' outside a module",
];
const TLA_SYNTAX_ERRORS = [
  'await is only valid in async functions and the top level bodies of modules',
  'for await loops are only valid in async functions and the top level bodies of modules',
];

function looksLikeEsm(error) {
  return error instanceof SyntaxError &&
    (ESM_SYNTAX_ERRORS.includes(error.message) || TLA_SYNTAX_ERRORS.includes(error.message));
}

// A .js file: CommonJS, unless its package says "module" or (with no "type") its
// syntax is an ES module's — then it is loaded as an ES module (require(esm), or the
// ES module entry point for the main module).
Module._extensions['.js'] = function(module, filename) {
  const esm = require('internal/modules/esm');
  const type = esm.packageType(filename);
  if (type === 'module') {
    module.exports = esm.requireModule(filename, module.parent?.filename);
    return;
  }
  const source = internals.readFileUtf8(filename);
  let compiled;
  try {
    compiled = wrapSafe(filename, source);
  } catch (error) {
    if (type !== undefined || !looksLikeEsm(error)) {
      internals.keepSourceContext(error);
      throw error;
    }
    if (module.id === '.') {
      delete Module._cache[filename];
      esm.runMain(filename);
    } else {
      module.exports = esm.requireModule(filename, module.parent?.filename);
    }
    return;
  }
  module._compile(source, filename, compiled);
};

// .mjs and .cjs are not searched for (as in Node), but load by their format.
const byFormat = {
  '.mjs': (module, filename) => {
    module.exports = require('internal/modules/esm').requireModule(filename, module.parent?.filename);
  },
  '.cjs': (module, filename) => module._compile(internals.readFileUtf8(filename), filename),
};

Module._extensions['.json'] = function(module, filename) {
  const content = internals.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content);
  } catch (error) {
    error.message = `${filename}: ${error.message}`;
    throw error;
  }
};

Module._extensions['.node'] = function(module, filename) {
  const error = new Error(`Cannot load native addon '${filename}': native addons cannot run inside a corral session`);
  error.code = 'ERR_DLOPEN_FAILED';
  throw error;
};

function makeRequireFunction(module) {
  const require = function require(id) {
    return module.require(id);
  };
  require.resolve = function resolve(request, options) {
    if (typeof request !== 'string') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    return Module._resolveFilename(request, module, false, options);
  };
  require.resolve.paths = function paths(request) {
    return Module._resolveLookupPaths(request, module);
  };
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  let file = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') file = filename.href;
  if (typeof file === 'string' && file.startsWith('file:')) file = require('url').fileURLToPath(file);
  if (typeof file !== 'string' || !path.isAbsolute(file)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = file.endsWith('/');
  const proxyPath = trailingSlash ? path.join(file, 'noop.js') : file;
  const module = new Module(proxyPath, null);
  module.filename = proxyPath;
  module.paths = Module._nodeModulePaths(module.path);
  return makeRequireFunction(module);
};

Module.runMain = function(main = process.argv[1]) {
  Module._load(main, null, true);
};

module.exports = { Module, wrapSafe, looksLikeEsm, throwIfOutsideRoots };
