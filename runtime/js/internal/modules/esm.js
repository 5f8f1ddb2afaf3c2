'use strict';
// ES modules: loading a module graph onto V8's module system, linking and evaluating
// it, and the interop with CommonJS in both directions.
//
// A module graph is loaded depth-first: compile a module (internals.modules), resolve
// each of its requests, load those, and tell the native side which module answers
// which request; then link (instantiate) and evaluate. CommonJS modules, JSON and
// builtins enter the graph as synthetic modules whose exports are filled in when they
// evaluate. A record is registered before its dependencies load, so cycles work.

const path = require('path');
const builtins = require('internal/builtins');

const M = internals.modules;
const byUrl = new Map();
const byId = [];

const STATUS_EVALUATED = 4;
const STATUS_ERRORED = 5;

function urlModule() {
  return require('url');
}

function toUrl(filename) {
  return urlModule().pathToFileURL(filename).href;
}

function toPath(url) {
  return urlModule().fileURLToPath(url);
}

let resolver;
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

// Resolves `specifier` imported from `parentUrl` to { url, format }. A .js file with
// no package "type" is CommonJS unless its syntax says ES module (Node's detection).
function resolve(specifier, parentUrl) {
  let resolved;
  try {
    resolved = getResolver().resolveEsm(specifier, parentUrl);
  } catch (error) {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND' && typeof error.url === 'string' && error.url.startsWith('file:')) {
      require('internal/modules/cjs').throwIfOutsideRoots(toPath(error.url));
    }
    throw error;
  }
  if (resolved.typeless && resolved.format === 'commonjs' && detectsAsModule(toPath(resolved.url))) {
    return { url: resolved.url, format: 'module' };
  }
  return resolved;
}

function detectsAsModule(filename) {
  const { wrapSafe, looksLikeEsm } = require('internal/modules/cjs');
  try {
    wrapSafe(filename, internals.readFileUtf8(filename));
    return false;
  } catch (error) {
    return looksLikeEsm(error);
  }
}

// The "type" of the file's package scope: 'module', 'commonjs', or undefined.
function packageType(filename) {
  const type = getResolver().packageScope(filename)?.data.type;
  return type === 'module' || type === 'commonjs' ? type : undefined;
}

function checkAttributes(url, format, type) {
  const { codes } = require('internal/errors');
  if (type !== '' && type !== 'json') throw new codes.ERR_IMPORT_ATTRIBUTE_UNSUPPORTED('type', type, url);
  if (format === 'json' && type !== 'json') throw new codes.ERR_IMPORT_ATTRIBUTE_MISSING(url, 'type', 'json');
  if (format !== 'json' && type === 'json') throw new codes.ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(url, 'json');
}

function register(record) {
  byUrl.set(record.url, record);
  byId[record.id] = record;
  return record;
}

// Loads (compiles or creates) the module at `url` and, recursively, what it imports.
function load(url, format, type = '') {
  checkAttributes(url, format, type);
  const cached = byUrl.get(url);
  if (cached !== undefined) return cached;
  switch (format) {
    case 'builtin':
      return loadBuiltin(url);
    case 'json':
      return loadJson(url);
    case 'commonjs':
      return loadCommonJs(url);
    case 'module':
      return loadModule(url);
    case 'addon': {
      const error = new Error(`Cannot load native addon '${toPath(url)}': native addons cannot run inside a corral session`);
      error.code = 'ERR_DLOPEN_FAILED';
      throw error;
    }
    default: {
      const { codes } = require('internal/errors');
      throw new codes.ERR_UNKNOWN_MODULE_FORMAT(format, url);
    }
  }
}

function loadModule(url) {
  const filename = toPath(url);
  const source = internals.readFileUtf8(filename);
  const [id, requests] = M.compileModule(source, url);
  const record = register({ id, url, format: 'module', filename });
  requests.forEach(([specifier, type], index) => {
    const resolved = resolve(specifier, url);
    const dependency = load(resolved.url, resolved.format, type);
    M.setResolved(id, index, dependency.id);
  });
  return record;
}

function loadBuiltin(url) {
  const name = url.startsWith('node:') ? url.slice(5) : url;
  const exported = builtins.loadBuiltin(builtins.canonicalName(`node:${name}`) ?? name);
  const names = new Set(['default']);
  if (exported !== null && (typeof exported === 'object' || typeof exported === 'function')) {
    for (const key of Object.keys(exported)) names.add(key);
  }
  const id = M.createSyntheticModule(url, [...names]);
  return register({
    id,
    url,
    format: 'builtin',
    exports() {
      const values = { default: exported };
      for (const key of names) if (key !== 'default') values[key] = exported[key];
      return values;
    },
  });
}

function loadJson(url) {
  const filename = toPath(url);
  const id = M.createSyntheticModule(url, ['default']);
  return register({
    id,
    url,
    format: 'json',
    filename,
    exports() {
      const source = internals.readFileUtf8(filename);
      try {
        return { default: JSON.parse(source) };
      } catch (error) {
        error.message = `${filename}: ${error.message}`;
        throw error;
      }
    },
  });
}

// CommonJS imported from ESM: `default` (and `module.exports`) is module.exports; the
// named exports are those found statically, as Node's cjs-module-lexer finds them.
function loadCommonJs(url) {
  const filename = toPath(url);
  const names = commonJsExportNames(filename, new Set());
  names.delete('default');
  names.delete('module.exports');
  const id = M.createSyntheticModule(url, ['default', 'module.exports', ...names]);
  return register({
    id,
    url,
    format: 'commonjs',
    filename,
    exports() {
      const { Module } = require('internal/modules/cjs');
      const exported = Module._load(filename, undefined, false);
      const values = { default: exported, 'module.exports': exported };
      for (const name of names) values[name] = exported == null ? undefined : exported[name];
      return values;
    },
  });
}

function commonJsExportNames(filename, seen) {
  const names = new Set();
  if (seen.has(filename) || !filename.endsWith('.js') && !filename.endsWith('.cjs')) return names;
  seen.add(filename);
  const lexer = require('internal/modules/cjs_lexer');
  let source;
  try {
    source = internals.readFileUtf8(filename);
  } catch {
    return names;
  }
  let found;
  try {
    found = lexer.parse(source);
  } catch {
    // Source the lexer cannot read (ES module syntax, say) has no names, as in Node.
    return names;
  }
  const { exports, reexports } = found;
  for (const name of exports) names.add(name);
  for (const request of reexports) {
    try {
      const { Module } = require('internal/modules/cjs');
      const target = Module._resolveFilename(request, { filename, id: filename, paths: Module._nodeModulePaths(path.dirname(filename)) }, false);
      if (builtins.isBuiltin(target)) continue;
      for (const name of commonJsExportNames(target, seen)) names.add(name);
    } catch {
      // A re-export that cannot be resolved adds no names (as in Node).
    }
  }
  return names;
}

// Links a graph. A named import missing from a CommonJS module gets Node's
// explanation of why, and how to import it instead.
function link(record) {
  try {
    M.instantiate(record.id);
  } catch (error) {
    explainMissingCommonJsExport(error);
    throw error;
  }
}

function explainMissingCommonJsExport(error) {
  if (!(error instanceof SyntaxError)) return;
  const found = /module '(.*)' does not provide an export named '(.+)'/.exec(error.message);
  if (found === null) return;
  const [, specifier, name] = found;
  const context = internals.errorSourceContext(error);
  const [location, sourceLine = ''] = context.split('\n');
  const parentUrl = location.replace(/:\d+$/, '');
  let format;
  try {
    format = resolve(specifier, parentUrl).format;
  } catch {
    return;
  }
  if (format !== 'commonjs') return;
  internals.keepSourceContext(error);
  const named = /{.*}/.exec(sourceLine);
  const destructuring = named && named[0].replace(/\s+as\s+/g, ': ');
  error.message = `Named export '${name}' not found. The requested module '${specifier}' is a CommonJS module, ` +
    'which may not support all module.exports as named exports.\nCommonJS modules can always be imported via the ' +
    `default export, for example using:\n\nimport pkg from '${specifier}';\n${destructuring ? `const ${destructuring} = pkg;\n` : ''}`;
}

function promiseState(promise) {
  return internals.util.getPromiseDetails(promise);
}

// ---- Entry points ----

let mainEvaluation;

// Runs `filename` as the main module of the session.
function runMain(filename) {
  const record = load(toUrl(filename), 'module');
  link(record);
  const evaluation = M.evaluate(record.id);
  mainEvaluation = { promise: evaluation, url: record.url, settled: false };
  evaluation.then(
    () => {
      mainEvaluation.settled = true;
    },
    (error) => {
      mainEvaluation.settled = true;
      require('internal/process/uncaught').handleUncaught(error, internals.errorSourceContext(error), false);
    },
  );
}

// When the loop has emptied while the main module still waits on a top-level await
// that nothing will settle: Node's warning (with the await's location), else "".
function stalledMainWarning() {
  if (mainEvaluation === undefined || mainEvaluation.settled || promiseState(mainEvaluation.promise)[0] !== 0) return '';
  const record = byUrl.get(mainEvaluation.url);
  const context = M.stalledAwait(record.id) || `${mainEvaluation.url}\n`;
  return `Warning: Detected unsettled top-level await at ${context}\n\n\n`;
}

// require() of an ES module graph (Node 22+): synchronous when the graph has no
// top-level await.
function requireModule(filename, parent) {
  const record = load(toUrl(filename), 'module');
  link(record);
  if (M.isGraphAsync(record.id) && M.status(record.id) !== STATUS_EVALUATED) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_REQUIRE_ASYNC_MODULE(filename, parent);
  }
  const evaluation = M.evaluate(record.id);
  const [state, result] = promiseState(evaluation);
  if (state === 2 || M.status(record.id) === STATUS_ERRORED) throw result;
  const namespace = M.namespace(record.id);
  return Object.prototype.hasOwnProperty.call(namespace, 'module.exports') ? namespace['module.exports'] : namespace;
}

// import(): `referrer` is the importing script's name (a file URL, a path, or nothing).
function importDynamically(specifier, referrer, type) {
  try {
    const parentUrl = parentUrlOf(referrer);
    const resolved = resolve(`${specifier}`, parentUrl);
    const record = load(resolved.url, resolved.format, type);
    link(record);
    return M.evaluate(record.id).then(() => M.namespace(record.id));
  } catch (error) {
    return Promise.reject(error);
  }
}

function parentUrlOf(referrer) {
  if (typeof referrer === 'string') {
    if (referrer.startsWith('file:')) return referrer;
    if (path.isAbsolute(referrer)) return toUrl(referrer);
  }
  return toUrl(path.join(process.cwd(), 'noop.js'));
}

function initializeImportMeta(meta, url) {
  meta.url = url;
  if (url.startsWith('file:')) {
    const filename = toPath(url);
    meta.filename = filename;
    meta.dirname = path.dirname(filename);
  }
  meta.resolve = (specifier) => resolve(`${specifier}`, url).url;
}

function syntheticExports(id) {
  return byId[id].exports();
}

module.exports = {
  runMain,
  requireModule,
  importDynamically,
  initializeImportMeta,
  syntheticExports,
  packageType,
  stalledMainWarning,
  resolve,
  load,
};
