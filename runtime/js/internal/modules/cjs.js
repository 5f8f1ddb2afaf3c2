'use strict';
// CommonJS: Module, require() and Node's resolution of module specifiers to files.
// Every file is read through internals, so only the session's readable roots can be
// loaded.

const path = require('path');
const builtins = require('internal/builtins');
const packageJson = require('internal/modules/package_json');

const WRAPPER_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
  if (parent && parent.children) parent.children.push(this);
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.wrapper = [`(function (${WRAPPER_PARAMS.join(', ')}) { `, '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module.Module = Module;
Object.defineProperty(Module, 'builtinModules', { get: () => builtins.builtinModules().slice(), enumerable: true });
Module.isBuiltin = (name) => builtins.isBuiltin(name);

// The node_modules folders to search from `from`, nearest first.
Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const parts = from.split('/');
  const paths = [];
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/') || '';
    paths.push(`${dir}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
};

Module._resolveLookupPaths = function(request, parent) {
  if (builtins.isBuiltin(request)) return null;
  if (request[0] !== '.' || (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    const paths = parent && parent.paths && parent.paths.length ? parent.paths.slice() : Module._nodeModulePaths(process.cwd());
    return paths.concat(Module.globalPaths);
  }
  return [parent && parent.filename ? path.dirname(parent.filename) : process.cwd()];
};

const statKind = (file) => internals.statKind(file); // 0 file, 1 dir, -1 none

function tryFile(file) {
  return statKind(file) === 0 ? toRealPath(file) : false;
}

function toRealPath(file) {
  try {
    return internals.realpath(file);
  } catch {
    return file;
  }
}

function tryExtensions(base) {
  for (const ext of Object.keys(Module._extensions)) {
    const found = tryFile(base + ext);
    if (found) return found;
  }
  return false;
}

function tryPackage(dir, originalPath) {
  const pkg = packageJson.read(path.join(dir, 'package.json'));
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
  if (!main) return tryExtensions(path.join(dir, 'index'));
  const target = path.resolve(dir, main);
  const found = tryFile(target) || tryExtensions(target) || tryExtensions(path.join(target, 'index'));
  if (found) return found;
  const fallback = tryExtensions(path.join(dir, 'index'));
  if (fallback) return fallback;
  const error = new Error(`Cannot find module '${target}'. Please verify that the package.json has a valid "main" entry`);
  error.code = 'MODULE_NOT_FOUND';
  error.path = path.join(dir, 'package.json');
  error.requestPath = originalPath;
  throw error;
}

Module._findPath = function(request, paths, isMain) {
  const absolute = path.isAbsolute(request);
  if (absolute) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = request + '\x00' + paths.join('\x00');
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;
  const trailingSlash = request.length > 0 && (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..'));
  for (const dir of paths) {
    const base = absolute ? request : path.resolve(dir, request);
    let found = false;
    const kind = statKind(base);
    if (!trailingSlash) {
      if (kind === 0) found = toRealPath(base);
      if (!found) found = tryExtensions(base);
    }
    if (!found && kind === 1) found = tryPackage(base, request);
    if (found) {
      Module._pathCache[cacheKey] = found;
      return found;
    }
  }
  return false;
};

function requireStack(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = moduleParent.get(cursor) ?? cursor.parent) {
    if (cursor.filename || cursor.id) stack.push(cursor.filename || cursor.id);
    if (stack.length > 64) break;
  }
  return stack;
}
const moduleParent = new WeakMap();

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
