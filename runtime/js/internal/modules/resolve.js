'use strict';
// Node 24's module resolution: CommonJS `require.resolve` (doc/api/modules.md,
// "All together") and the ES module resolver (doc/api/esm.md, "Resolution
// Algorithm Specification"), with Node's errors — codes, messages and the extra
// properties Node gives them.
//
//   const { createResolver } = require('internal/modules/resolve');
//   const resolver = createResolver({ statKind, readFile, realpath, builtins });
//   resolver.resolveCjs('./x', '/app/index.js');         // '/app/x.js'
//   resolver.resolveEsm('pkg', 'file:///app/main.mjs');  // { url, format }
//
// Every filesystem access goes through the injected `fs`, so the session's
// permission checks apply:
//   statKind(path)  0 for a file, 1 for a directory, -1 when missing (or unreadable)
//   readFile(path)  the file's text; throws when it cannot be read
//   realpath(path)  the path with every symlink resolved; throws on error
//   builtins        { isBuiltin(specifier), canonicalName(specifier) } — the
//                   builtin module names user code may load ('fs', 'node:fs', ...)
//
// package.json files are read once per resolver and kept (as Node does).

const path = require('path');
const { fileURLToPath, pathToFileURL, URL } = require('url');

let lazyCodes;
function codes() {
  lazyCodes ??= require('internal/errors').codes;
  return lazyCodes;
}

// Conditions of Node 24 (require(esm) on, addons allowed).
const CJS_CONDITIONS = ['require', 'node', 'module-sync', 'node-addons'];
const ESM_CONDITIONS = ['node', 'import', 'module-sync', 'node-addons'];
// The keys of Module._extensions in a fresh Node.
const CJS_EXTENSIONS = ['.js', '.json', '.node'];

const EXTENSION_FORMATS = {
  __proto__: null,
  '.mjs': 'module',
  '.cjs': 'commonjs',
  '.json': 'json',
  '.wasm': 'wasm',
  '.node': 'addon',
};

// The files legacy "main" resolution (ESM, packages without "exports") tries.
const MAIN_SUFFIXES = ['', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node'];
const INDEX_FILES = ['./index.js', './index.json', './index.node'];

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

// ---------------------------------------------------------------------------
// Specifier and string helpers

// '.', '..', './x', '../x'
function isRelativeSpecifier(specifier) {
  if (specifier[0] !== '.') return false;
  if (specifier.length === 1 || specifier[1] === '/') return true;
  return specifier[1] === '.' && (specifier.length === 2 || specifier[2] === '/');
}

function isRelativeOrAbsolute(specifier) {
  return specifier !== '' && (specifier[0] === '/' || isRelativeSpecifier(specifier));
}

function isBareSpecifier(specifier) {
  return Boolean(specifier[0]) && specifier[0] !== '/' && specifier[0] !== '.';
}

function parseURL(input, base) {
  try {
    return base === undefined ? new URL(input) : new URL(input, base);
  } catch {
    return null;
  }
}

function hasEncodedSeparator(text) {
  return /%2f|%5c/i.test(text);
}

// Scans the '/'- or '\'-separated segments of `text`: 2 when one is '.', '..' or
// 'node_modules' (any letter case, percent-encoded or not), else 1 when one is
// empty, else 0. Targets with empty segments still resolve (Node only warns).
function scanSegments(text) {
  let found = 0;
  for (const raw of text.split(/[\\/]/)) {
    if (raw === '') {
      found = 1;
      continue;
    }
    if (raw.length > 36) continue; // 'node_modules' fully percent-encoded is 36
    const segment = raw
      .replace(/%([0-9a-f]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
      .toLowerCase();
    if (segment === '.' || segment === '..' || segment === 'node_modules') return 2;
  }
  return found;
}

function isArrayIndex(key) {
  const number = Number(key);
  return `${number}` === key && number >= 0 && number < 0xFFFF_FFFF;
}

// Orders "exports"/"imports" pattern keys, most specific first (-1: a before b).
function patternKeyCompare(a, b) {
  const starA = a.indexOf('*');
  const starB = b.indexOf('*');
  const baseA = starA === -1 ? a.length : starA + 1;
  const baseB = starB === -1 ? b.length : starB + 1;
  if (baseA !== baseB) return baseA > baseB ? -1 : 1;
  if (starA === -1) return 1;
  if (starB === -1) return -1;
  if (a.length !== b.length) return a.length > b.length ? -1 : 1;
  return 0;
}

// The extension of a URL's path as Node's ESM loader sees it ('' for '.hidden').
function urlExtension(pathname) {
  for (let i = pathname.length - 1; i > 0; i--) {
    if (pathname[i] === '/') return '';
    if (pathname[i] === '.') return pathname[i - 1] === '/' ? '' : pathname.slice(i);
  }
  return '';
}

// The node_modules folders searched from the folder `from`, nearest first.
function nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let end = from.length;
  for (let i = from.length - 1; i >= 0; i--) {
    if (from[i] !== '/') continue;
    if (from.slice(i + 1, end) !== 'node_modules') paths.push(`${from.slice(0, end)}/node_modules`);
    end = i;
  }
  paths.push('/node_modules');
  return paths;
}

// A data: URL's module format, from its MIME type (null when it has none).
function dataURLFormat(url) {
  const match = /^([^/]+\/[^;,]+)(?:[^,]*?)(;base64)?,/.exec(url.pathname);
  const mime = match ? match[1] : null;
  if (mime === null) return { mime, format: null };
  if (/^\s*(text|application)\/javascript\s*(;\s*charset=utf-?8\s*)?$/i.test(mime)) return { mime, format: 'module' };
  if (mime === 'application/json') return { mime, format: 'json' };
  if (mime === 'application/wasm') return { mime, format: 'wasm' };
  return { mime, format: null };
}

// ---------------------------------------------------------------------------
// Errors

// `Cannot find module 'x'` as require() reports it for a missing package
// target: no require stack.
function esmTargetNotFound(request, pjsonPath) {
  const error = new Error(`Cannot find module '${request}'`);
  error.code = 'MODULE_NOT_FOUND';
  if (pjsonPath) error.path = pjsonPath;
  return error;
}

function packageDirOf(pjsonURL) {
  return fileURLToPath(new URL('.', pjsonURL));
}

function basePath(base) {
  return base ? fileURLToPath(base) : undefined;
}

function invalidPackageTarget(key, target, pjsonURL, isImports, base) {
  const text = typeof target === 'object' && target !== null ? JSON.stringify(target, null, '') : `${target}`;
  return new (codes().ERR_INVALID_PACKAGE_TARGET)(packageDirOf(pjsonURL), key, text, isImports, basePath(base));
}

function invalidSubpath(request, key, pjsonURL, isImports, base) {
  const reason = `request is not a valid match in pattern "${key}" for the ` +
    `"${isImports ? 'imports' : 'exports'}" resolution of ${fileURLToPath(pjsonURL)}`;
  return new (codes().ERR_INVALID_MODULE_SPECIFIER)(request, reason, basePath(base));
}

function exportsNotFound(subpath, pjsonURL, base) {
  return new (codes().ERR_PACKAGE_PATH_NOT_EXPORTED)(packageDirOf(pjsonURL), subpath, basePath(base));
}

// Node reads package.json files natively; its messages end with a period.
function invalidPackageJson(pjsonPath, context) {
  const { ERR_INVALID_PACKAGE_CONFIG } = codes();
  if (context === undefined) return new ERR_INVALID_PACKAGE_CONFIG(`${pjsonPath}.`, undefined, undefined);
  return new ERR_INVALID_PACKAGE_CONFIG(pjsonPath, `"${context.specifier}" from ${context.from}.`, undefined);
}

// ---------------------------------------------------------------------------

function createResolver(fs) {
  const { builtins } = fs;
  const packageCache = new Map(); // package.json path -> record | null
  const scopeCache = new Map(); // folder -> record | null (ESM package scopes)

  const statKind = (file) => fs.statKind(file);

  function toRealPath(file) {
    try {
      return fs.realpath(file);
    } catch {
      return file;
    }
  }

  // -- package.json ----------------------------------------------------------

  // The package.json at `pjsonPath` as { path, data } (null when there is none),
  // with the fields resolution uses, as Node's native reader keeps them: `name`
  // and `main` only when strings, `type` 'module', 'commonjs' or 'none',
  // `exports` and `imports` only when strings, objects or arrays.
  function readPackage(pjsonPath, context) {
    if (packageCache.has(pjsonPath)) return packageCache.get(pjsonPath);
    let record = null;
    if (statKind(pjsonPath) === 0) {
      let text;
      try {
        text = fs.readFile(pjsonPath);
      } catch {
        text = undefined;
      }
      if (text !== undefined) {
        let parsed;
        try {
          parsed = JSON.parse(text);
        } catch {
          throw invalidPackageJson(pjsonPath, context);
        }
        record = { path: pjsonPath, data: packageData(parsed) };
      }
    }
    packageCache.set(pjsonPath, record);
    return record;
  }

  function packageData(parsed) {
    const data = { name: undefined, main: undefined, type: 'none', exports: undefined, imports: undefined };
    if (parsed === null || typeof parsed !== 'object') return data;
    if (typeof parsed.name === 'string') data.name = parsed.name;
    if (typeof parsed.main === 'string') data.main = parsed.main;
    if (parsed.type === 'module' || parsed.type === 'commonjs') data.type = parsed.type;
    for (const field of ['exports', 'imports']) {
      const value = parsed[field];
      if (typeof value === 'string' || (typeof value === 'object' && value !== null)) data[field] = value;
    }
    return data;
  }

  // The package scope of a file for ES modules (and "type"): the nearest
  // package.json above it, not looking past a node_modules folder. `file` is a
  // path or a file: URL.
  function packageScope(file) {
    if (typeof file !== 'string' || file.startsWith('file:')) file = fileURLToPath(file);
    let dir = file.endsWith('/') ? file.slice(0, -1) || '/' : path.dirname(file);
    const visited = [];
    let found = null;
    for (;;) {
      if (scopeCache.has(dir)) {
        found = scopeCache.get(dir);
        break;
      }
      visited.push(dir);
      const candidate = dir === '/' ? '/package.json' : `${dir}/package.json`;
      if (candidate.endsWith('/node_modules/package.json')) break;
      found = readPackage(candidate);
      if (found !== null || dir === '/') break;
      dir = path.dirname(dir);
    }
    for (const folder of visited) scopeCache.set(folder, found);
    return found;
  }

  // The nearest package.json for CommonJS (self-reference, "imports"): like
  // packageScope, but the root folder is never tried.
  function nearestPackage(file) {
    let dir = file.endsWith('/') ? file.slice(0, -1) : path.dirname(file);
    for (;;) {
      if (dir === '/' || dir === '' || dir === '.') return null;
      if (path.basename(dir) === 'node_modules') return null;
      const found = readPackage(`${dir}/package.json`);
      if (found !== null) return found;
      dir = path.dirname(dir);
    }
  }

  // -- "exports" and "imports" (shared by both loaders) ----------------------

  function resolveTargetString(target, patternMatch, key, pjsonURL, base, isPattern, isImports, conditions) {
    if (!target.startsWith('./')) {
      if (isImports && !target.startsWith('../') && !target.startsWith('/') && parseURL(target) === null) {
        const request = isPattern ? target.replace(/\*/g, () => patternMatch) : target;
        return packageResolve(request, pjsonURL, conditions);
      }
      throw invalidPackageTarget(key, target, pjsonURL, isImports, base);
    }
    // '.', '..' and 'node_modules' segments are invalid; empty ones only make
    // Node print a deprecation warning.
    if (scanSegments(target.slice(2)) === 2) throw invalidPackageTarget(key, target, pjsonURL, isImports, base);
    const resolved = new URL(target, pjsonURL);
    if (!resolved.pathname.startsWith(new URL('.', pjsonURL).pathname)) {
      throw invalidPackageTarget(key, target, pjsonURL, isImports, base);
    }
    if (!isPattern) return resolved;
    if (scanSegments(patternMatch) === 2) {
      throw invalidSubpath(key.replace('*', () => patternMatch), key, pjsonURL, isImports, base);
    }
    // The match goes into the URL text as it is: '?', '#' and escapes take effect.
    return new URL(resolved.href.replace(/\*/g, () => patternMatch));
  }

  // PACKAGE_TARGET_RESOLVE: a URL, null (excluded), or undefined (no condition
  // matched).
  function resolveTarget(pjsonURL, target, patternMatch, key, base, isPattern, isImports, conditions) {
    if (typeof target === 'string') {
      return resolveTargetString(target, patternMatch, key, pjsonURL, base, isPattern, isImports, conditions);
    }
    if (Array.isArray(target)) {
      if (target.length === 0) return null;
      let last;
      for (const item of target) {
        let result;
        try {
          result = resolveTarget(pjsonURL, item, patternMatch, key, base, isPattern, isImports, conditions);
        } catch (error) {
          last = error;
          if (error?.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
          throw error;
        }
        if (result === undefined) continue;
        if (result === null) {
          last = null;
          continue;
        }
        return result;
      }
      if (last === undefined || last === null) return last;
      throw last;
    }
    if (typeof target === 'object' && target !== null) {
      const keys = Object.getOwnPropertyNames(target);
      if (keys.some(isArrayIndex)) {
        throw new (codes().ERR_INVALID_PACKAGE_CONFIG)(fileURLToPath(pjsonURL), base,
          '"exports" cannot contain numeric property keys.');
      }
      for (const condition of keys) {
        if (condition !== 'default' && !conditions.has(condition)) continue;
        const result = resolveTarget(pjsonURL, target[condition], patternMatch, key, base, isPattern, isImports,
          conditions);
        if (result !== undefined) return result;
      }
      return undefined;
    }
    if (target === null) return null;
    throw invalidPackageTarget(key, target, pjsonURL, isImports, base);
  }

  // Whether "exports" is only the main entry: a string, an array, or an object of
  // conditions (no key starts with '.'). Mixed keys are an error.
  function isMainSugar(exports, pjsonURL, base) {
    if (typeof exports === 'string' || Array.isArray(exports)) return true;
    if (typeof exports !== 'object' || exports === null) return false;
    let sugar;
    for (const key of Object.getOwnPropertyNames(exports)) {
      const isCondition = key === '' || key[0] !== '.';
      if (sugar === undefined) {
        sugar = isCondition;
      } else if (sugar !== isCondition) {
        throw new (codes().ERR_INVALID_PACKAGE_CONFIG)(fileURLToPath(pjsonURL), base,
          '"exports" cannot contain some keys starting with \'.\' and some not. The exports object must ' +
          'either be an object of package subpath keys or an object of main entry condition name keys only.');
      }
    }
    return sugar === true;
  }

  // The best pattern key ('./a/*.js') of `map` for `request`, with what its '*'
  // matches.
  function matchPattern(map, request) {
    let best = '';
    let match;
    for (const key of Object.getOwnPropertyNames(map)) {
      const star = key.indexOf('*');
      if (star === -1 || star !== key.lastIndexOf('*') || !request.startsWith(key.slice(0, star))) continue;
      const trailer = key.slice(star + 1);
      if (request.length >= key.length && request.endsWith(trailer) && patternKeyCompare(best, key) === 1) {
        best = key;
        match = request.slice(star, request.length - trailer.length);
      }
    }
    return best === '' ? null : { key: best, match };
  }

  // PACKAGE_EXPORTS_RESOLVE
  function packageExportsResolve(pjsonURL, subpath, data, base, conditions) {
    let exports = data.exports;
    if (isMainSugar(exports, pjsonURL, base)) exports = { '.': exports };
    if (hasOwn(exports, subpath) && !subpath.includes('*') && !subpath.endsWith('/')) {
      const result = resolveTarget(pjsonURL, exports[subpath], '', subpath, base, false, false, conditions);
      if (result == null) throw exportsNotFound(subpath, pjsonURL, base);
      return result;
    }
    const found = matchPattern(exports, subpath);
    if (found !== null) {
      const result = resolveTarget(pjsonURL, exports[found.key], found.match, found.key, base, true, false,
        conditions);
      if (result == null) throw exportsNotFound(subpath, pjsonURL, base);
      return result;
    }
    throw exportsNotFound(subpath, pjsonURL, base);
  }

  // PACKAGE_IMPORTS_RESOLVE; `base` is a file: URL.
  function packageImportsResolve(name, base, conditions) {
    const { ERR_INVALID_MODULE_SPECIFIER, ERR_PACKAGE_IMPORT_NOT_DEFINED } = codes();
    if (name === '#' || name.endsWith('/')) {
      throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name', fileURLToPath(base));
    }
    let pjsonURL;
    const scope = packageScope(base);
    if (scope !== null) {
      pjsonURL = pathToFileURL(scope.path);
      const imports = scope.data.imports;
      if (imports) {
        if (hasOwn(imports, name) && !name.includes('*')) {
          const result = resolveTarget(pjsonURL, imports[name], '', name, base, false, true, conditions);
          if (result != null) return result;
        } else {
          const found = matchPattern(imports, name);
          if (found !== null) {
            const result = resolveTarget(pjsonURL, imports[found.key], found.match, found.key, base, true, true,
              conditions);
            if (result != null) return result;
          }
        }
      }
    }
    throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, pjsonURL && packageDirOf(pjsonURL), fileURLToPath(base));
  }

  // -- ES modules --------------------------------------------------------------

  function parsePackageName(specifier, base) {
    let separator = specifier.indexOf('/');
    let valid = true;
    let scoped = false;
    if (specifier[0] === '@') {
      scoped = true;
      if (separator === -1) valid = false;
      else separator = specifier.indexOf('/', separator + 1);
    }
    const name = separator === -1 ? specifier : specifier.slice(0, separator);
    if (/^\.|%|\\/.test(name)) valid = false;
    if (!valid) {
      throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(specifier, 'is not a valid package name', fileURLToPath(base));
    }
    const subpath = `.${separator === -1 ? '' : specifier.slice(separator)}`;
    return { name, subpath, scoped };
  }

  // Legacy "main" of a package without "exports", with Node's extension search.
  // When nothing is found, Node names the main file (or index.js) as the package.
  function legacyMainResolve(pjsonURL, data, base) {
    const hasMain = data.main !== undefined && data.main !== '';
    if (hasMain) {
      const start = fileURLToPath(new URL(`./${data.main}`, pjsonURL));
      for (const suffix of MAIN_SUFFIXES) {
        if (statKind(start + suffix) === 0) return new URL(data.main + suffix, pjsonURL);
      }
    }
    for (const index of INDEX_FILES) {
      const url = new URL(index, pjsonURL);
      if (statKind(fileURLToPath(url)) === 0) return url;
    }
    const named = path.resolve(path.dirname(fileURLToPath(pjsonURL)), hasMain ? data.main : 'index.js');
    throw new (codes().ERR_MODULE_NOT_FOUND)(named, fileURLToPath(base), undefined);
  }

  // PACKAGE_RESOLVE: a bare specifier to a URL; `base` is a URL.
  function packageResolve(specifier, base, conditions) {
    if (!specifier.startsWith('node:') && builtins.isBuiltin(specifier)) return new URL(`node:${specifier}`);
    const { name, subpath, scoped } = parsePackageName(specifier, base);

    const scope = packageScope(base);
    if (scope !== null && scope.data.exports != null && scope.data.name === name) {
      return packageExportsResolve(pathToFileURL(scope.path), subpath, scope.data, base, conditions);
    }

    const up = scoped ? '../../../../node_modules/' : '../../../node_modules/';
    let pjsonURL = new URL(`./node_modules/${name}/package.json`, base);
    let pjsonPath = fileURLToPath(pjsonURL);
    let lastPath;
    do {
      if (statKind(pjsonPath.slice(0, -13)) !== 1) { // the folder, without '/package.json'
        lastPath = pjsonPath;
        pjsonURL = new URL(`${up}${name}/package.json`, pjsonURL);
        pjsonPath = fileURLToPath(pjsonURL);
        continue;
      }
      const record = readPackage(pjsonPath, { specifier, from: fileURLToPath(base) });
      const data = record === null ? packageData(null) : record.data;
      if (data.exports != null) return packageExportsResolve(pjsonURL, subpath, data, base, conditions);
      if (subpath === '.') return legacyMainResolve(pjsonURL, data, base);
      return new URL(subpath, pjsonURL);
    } while (pjsonPath.length !== lastPath.length);

    throw new (codes().ERR_MODULE_NOT_FOUND)(name, fileURLToPath(base), undefined);
  }

  // A resolved file: URL checked against the filesystem and made real.
  function finalizeEsm(resolved, base) {
    const { ERR_INVALID_MODULE_SPECIFIER, ERR_MODULE_NOT_FOUND, ERR_UNSUPPORTED_DIR_IMPORT } = codes();
    if (hasEncodedSeparator(resolved.pathname)) {
      let from;
      try {
        from = fileURLToPath(base);
      } catch {
        from = base;
      }
      throw new ERR_INVALID_MODULE_SPECIFIER(resolved.pathname, 'must not include encoded "/" or "\\" characters', from);
    }
    let file;
    try {
      file = fileURLToPath(resolved);
    } catch (error) {
      error.input = `${resolved}`;
      error.module = `${base}`;
      throw error;
    }
    // Node stats '/' for any path ending in a slash, so those are all folders (said
    // directly here: the sandbox may not let the session read '/').
    const kind = file.endsWith('/') ? 1 : statKind(file);
    if (kind === 1) throw new ERR_UNSUPPORTED_DIR_IMPORT(file, fileURLToPath(base), `${resolved}`);
    if (kind !== 0) throw new ERR_MODULE_NOT_FOUND(file || resolved.pathname, base && fileURLToPath(base), resolved);
    const real = pathToFileURL(toRealPath(file));
    real.search = resolved.search;
    real.hash = resolved.hash;
    return real;
  }

  // MODULE_RESOLVE without the format: a URL.
  function moduleResolve(specifier, base, parsedBase, conditions) {
    const { ERR_UNSUPPORTED_RESOLVE_REQUEST } = codes();
    const protocol = parsedBase ? parsedBase.protocol : base.slice(0, base.indexOf(':') + 1);
    let resolved;
    if (isRelativeOrAbsolute(specifier)) {
      resolved = parseURL(specifier, parsedBase ?? base);
      if (resolved === null) throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, base);
    } else if (protocol === 'file:' && specifier[0] === '#') {
      resolved = packageImportsResolve(specifier, parsedBase, conditions);
    } else {
      resolved = parseURL(specifier);
      if (resolved === null) {
        if (protocol === 'data:' && !builtins.isBuiltin(specifier)) {
          throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, base);
        }
        resolved = packageResolve(specifier, parsedBase, conditions);
      }
    }
    if (resolved.protocol !== 'file:') return resolved;
    return finalizeEsm(resolved, parsedBase);
  }

  // The format of a file: URL, as Node's ESM loader decides it. `typeless` marks
  // a .js or extensionless file with no "type" in its package scope: it is
  // 'commonjs' unless its syntax says otherwise (Node's detection).
  function fileFormat(url) {
    const ext = urlExtension(url.pathname);
    if (ext === '.js' || ext === '') {
      const scope = packageScope(url);
      const type = scope === null ? 'none' : scope.data.type;
      if (type === 'module') return { format: ext === '' && isWasmFile(url) ? 'wasm' : 'module', typeless: false };
      return { format: 'commonjs', typeless: type === 'none' };
    }
    const format = EXTENSION_FORMATS[ext];
    if (format !== undefined) return { format, typeless: false };
    throw new (codes().ERR_UNKNOWN_FILE_EXTENSION)(ext, fileURLToPath(url));
  }

  function isWasmFile(url) {
    try {
      return fs.readFile(fileURLToPath(url)).startsWith('\0asm');
    } catch {
      return false;
    }
  }

  // Node's hint for a failed import: what require() would have found, as an
  // import specifier. Node resolves it with a parent module that has no
  // filename, so relative specifiers are taken from the working directory.
  function commonJSHint(specifier, parentURL) {
    let found;
    try {
      const parent = fileURLToPath(parentURL);
      found = resolveFilename(specifier, { filename: null, paths: nodeModulePaths(parent) }, {});
      if (isRelativeSpecifier(specifier)) {
        const foundPath = pathToFileURL(found).pathname;
        found = path.relative(parentURL.slice('file://'.length, parentURL.lastIndexOf('/')), foundPath);
        if (!found.startsWith('../')) found = `./${found}`;
      } else if (isBareSpecifier(specifier)) {
        const slash = specifier.indexOf('/');
        const pkg = slash === -1 ? specifier : specifier.slice(0, slash);
        const needle = `/node_modules/${pkg}/`;
        const index = found.lastIndexOf(needle);
        if (index !== -1) {
          found = `${pkg}/${found.slice(index + needle.length).split('/').map(encodeURIComponent).join('/')}`;
        } else {
          found = `${pathToFileURL(found)}`;
        }
      }
    } catch {
      return undefined;
    }
    return found && found !== specifier ? `Did you mean to import ${JSON.stringify(found)}?` : undefined;
  }

  function addHint(error, hint) {
    const stack = error.stack;
    if (typeof stack === 'string') {
      const lines = stack.split('\n');
      error.stack = `${lines[0]}\n${hint}\n${lines.slice(1).join('\n')}`;
    }
    error.message += `\n${hint}`;
  }

  // resolveEsm(specifier, parentURL, { conditions }) -> { url, format, typeless? }
  // `parentURL` is the importing module's URL (a URL string or URL object; the
  // working directory when null/undefined). `conditions` replaces the default
  // set (node, import, module-sync, node-addons). `format` is 'module',
  // 'commonjs', 'json', 'wasm', 'addon' (a .node file: Node 24 imports addons)
  // or 'builtin' (url 'node:fs'); data: URLs are supported as in Node. For
  // file: URLs, `typeless` is true when the 'commonjs' format is only a guess —
  // a .js or extensionless file whose package scope has no "type" — which
  // Node's syntax detection (ESM syntax => 'module') must confirm.
  // TypeScript files are not supported: .ts/.mts/.cts throw
  // ERR_UNKNOWN_FILE_EXTENSION (Node 24 with --no-experimental-strip-types).
  function resolveEsm(specifier, parentURL, options = {}) {
    const { ERR_UNKNOWN_BUILTIN_MODULE, ERR_UNKNOWN_MODULE_FORMAT, ERR_UNSUPPORTED_ESM_URL_SCHEME } = codes();
    const conditions = new Set(options.conditions ?? ESM_CONDITIONS);
    if (parentURL == null) parentURL = pathToFileURL(`${process.cwd()}/`).href;
    else parentURL = `${parentURL}`;
    const parsedParent = parseURL(parentURL);

    let url;
    const direct = isRelativeOrAbsolute(specifier) ? parseURL(specifier, parsedParent ?? undefined) : parseURL(specifier);
    if (direct !== null && direct.protocol === 'data:') {
      url = direct;
    } else if (direct !== null && direct.protocol === 'node:') {
      url = new URL(specifier);
    } else {
      try {
        url = moduleResolve(specifier, parentURL, parsedParent, conditions);
      } catch (error) {
        if (error?.code === 'ERR_MODULE_NOT_FOUND' || error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') {
          const hint = commonJSHint(specifier.startsWith('file://') ? fileURLToPath(specifier) : specifier, parentURL);
          if (hint !== undefined) addHint(error, hint);
        }
        throw error;
      }
    }

    switch (url.protocol) {
      case 'file:':
        return { url: url.href, ...fileFormat(url) };
      case 'node:': {
        const href = direct !== null && direct.protocol === 'node:' ? specifier : url.href;
        if (builtins.canonicalName(href) === undefined) throw new ERR_UNKNOWN_BUILTIN_MODULE(href);
        return { url: href, format: 'builtin' };
      }
      case 'data:': {
        const { mime, format } = dataURLFormat(url);
        if (format === null) throw new ERR_UNKNOWN_MODULE_FORMAT(mime, url.href);
        return { url: url.href, format };
      }
      default: // Node leaves 'node' out of the list for http: and https:
        throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(url,
          url.protocol === 'http:' || url.protocol === 'https:' ? ['file', 'data'] : ['file', 'data', 'node']);
    }
  }

  // -- CommonJS ----------------------------------------------------------------

  function tryFile(file) {
    return statKind(file) === 0 ? toRealPath(file) : false;
  }

  function tryExtensions(base, extensions) {
    for (const ext of extensions) {
      const found = tryFile(base + ext);
      if (found) return found;
    }
    return false;
  }

  // A folder: its package.json "main" (with extension and index search), then
  // its index file.
  function tryPackage(dir, extensions, request) {
    const record = readPackage(path.resolve(dir, 'package.json'));
    const main = record?.data.main;
    if (!main) return tryExtensions(path.resolve(dir, 'index'), extensions);
    const target = path.resolve(dir, main);
    const found = tryFile(target) || tryExtensions(target, extensions) ||
      tryExtensions(path.resolve(target, 'index'), extensions) ||
      tryExtensions(path.resolve(dir, 'index'), extensions);
    if (found) return found;
    const error = new Error(`Cannot find module '${target}'. Please verify that the package.json has a valid "main" entry`);
    error.code = 'MODULE_NOT_FOUND';
    error.path = path.resolve(dir, 'package.json');
    error.requestPath = request;
    throw error;
  }

  // A URL from the ESM algorithms, as require() takes it: the file must exist.
  // `pjsonPath` becomes the `path` of the not-found error.
  function finalizeCjs(resolved, parentPath, pjsonPath) {
    if (hasEncodedSeparator(`${resolved}`)) {
      throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(resolved,
        'must not include encoded "/" or "\\" characters', parentPath);
    }
    const file = fileURLToPath(resolved);
    const found = tryFile(file);
    if (found) return found;
    throw esmTargetNotFound(file, pjsonPath);
  }

  // "exports" of the package `request` names inside the node_modules folder `dir`.
  function resolveExports(dir, request, conditions) {
    const match = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
    if (match === null) return undefined;
    const pkgDir = path.resolve(dir, match[1]);
    const record = readPackage(`${pkgDir}/package.json`);
    if (record === null || record.data.exports == null) return undefined;
    try {
      return finalizeCjs(packageExportsResolve(pathToFileURL(`${pkgDir}/package.json`), `.${match[2] ?? ''}`,
        record.data, null, conditions), null, pkgDir);
    } catch (error) {
      if (error?.code === 'ERR_MODULE_NOT_FOUND') throw esmTargetNotFound(request, `${pkgDir}/package.json`);
      throw error;
    }
  }

  // A request naming the package the parent belongs to ("name" + "exports").
  function trySelf(parentPath, request, conditions) {
    if (!parentPath) return false;
    const record = nearestPackage(parentPath);
    if (record === null || record.data.exports === undefined || record.data.name === undefined) return false;
    const { name } = record.data;
    let subpath;
    if (request === name) subpath = '.';
    else if (request.startsWith(`${name}/`)) subpath = `.${request.slice(name.length)}`;
    else return false;
    try {
      return finalizeCjs(packageExportsResolve(pathToFileURL(record.path), subpath, record.data,
        pathToFileURL(parentPath), conditions), parentPath, path.dirname(record.path));
    } catch (error) {
      if (error?.code === 'ERR_MODULE_NOT_FOUND') throw esmTargetNotFound(request, record.path);
      throw error;
    }
  }

  // Module._resolveLookupPaths: where a request is searched (null for builtins).
  function lookupPaths(request, parent, globalPaths) {
    if (builtins.isBuiltin(request)) return null;
    if (request[0] !== '.' || (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
      const paths = parent?.paths?.length ? [...parent.paths, ...globalPaths] : globalPaths.slice();
      return paths.length > 0 ? paths : null;
    }
    if (!parent || !parent.filename) return ['.'];
    return [path.dirname(parent.filename)];
  }

  // Module._findPath
  function findPath(request, paths, extensions, conditions) {
    const absolute = path.isAbsolute(request);
    if (absolute) paths = [''];
    else if (!paths || paths.length === 0) return false;

    const last = request[request.length - 1];
    const trailingSlash = request.length > 0 && (last === '/' || (last === '.' &&
      (request.length === 1 || request[request.length - 2] === '/' ||
        (request[request.length - 2] === '.' && (request.length === 2 || request[request.length - 3] === '/')))));
    const insidePath = !isRelativeSpecifier(request) || !path.normalize(request).startsWith('..');

    for (const dir of paths) {
      if (insidePath && dir && statKind(path.resolve(dir)) !== 1) continue;
      if (!absolute) {
        const exported = resolveExports(dir, request, conditions);
        if (exported) return exported;
      }
      const base = path.resolve(dir, request);
      const kind = statKind(base);
      let found = false;
      if (!trailingSlash) {
        if (kind === 0) found = toRealPath(base);
        if (!found) found = tryExtensions(base, extensions);
      }
      if (!found && kind === 1) found = tryPackage(base, extensions, request);
      if (found) return found;
    }
    return false;
  }

  // Module._resolveFilename, with `parent` as { filename, paths } (or null).
  function resolveFilename(request, parent, options, requireStack) {
    const { ERR_INVALID_ARG_VALUE } = codes();
    if (builtins.isBuiltin(request)) return request;
    const extensions = options.extensions ?? CJS_EXTENSIONS;
    const conditions = new Set(options.conditions ?? CJS_CONDITIONS);
    const globalPaths = options.globalPaths ?? [];

    let paths;
    if (options.paths !== undefined) {
      if (!Array.isArray(options.paths)) throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
      if (isRelativeSpecifier(request)) {
        paths = options.paths;
      } else {
        paths = [];
        for (const from of options.paths) {
          const lookup = lookupPaths(request, { filename: null, paths: nodeModulePaths(from) }, globalPaths);
          for (const dir of lookup) if (!paths.includes(dir)) paths.push(dir);
        }
      }
    } else {
      paths = lookupPaths(request, parent, globalPaths);
    }

    if (request[0] === '#' && parent?.filename) {
      const record = nearestPackage(parent.filename);
      if (record !== null && record.data.imports != null) {
        try {
          return finalizeCjs(packageImportsResolve(request, pathToFileURL(parent.filename), conditions),
            parent.filename, record.path);
        } catch (error) {
          if (error?.code === 'ERR_MODULE_NOT_FOUND') throw esmTargetNotFound(request);
          throw error;
        }
      }
    }

    const self = trySelf(parent ? parent.filename : process.cwd(), request, conditions);
    if (self) return self;

    const filename = findPath(request, paths, extensions, conditions);
    if (filename) return filename;

    const stack = requireStack ?? [];
    let message = `Cannot find module '${request}'`;
    if (stack.length > 0) message += `\nRequire stack:\n- ${stack.join('\n- ')}`;
    const error = new Error(message);
    error.code = 'MODULE_NOT_FOUND';
    error.requireStack = stack;
    throw error;
  }

  // resolveCjs(request, parentFilename, { paths, isMain, extensions, conditions,
  //   globalPaths }, requireStack) -> an absolute filename (symlinks resolved),
  // or `request` itself when it names a builtin ('fs', 'node:fs', 'node:test').
  // `isMain` changes nothing (there is no --preserve-symlinks-main).
  // `parentFilename` is the requiring module's file (null: none — relative
  // requests are then taken from the working directory, bare ones only from
  // `globalPaths`). `extensions` are the keys of Module._extensions in order
  // (default .js, .json, .node); `conditions` replaces the default set
  // (require, node, module-sync, node-addons); `globalPaths` is
  // Module.globalPaths (default none). `requireStack` is the chain of requiring
  // files for the MODULE_NOT_FOUND message (default: the parent alone); it may
  // also be given as options.requireStack.
  function resolveCjs(request, parentFilename, options = {}, requireStack) {
    const parent = parentFilename ?
      { filename: parentFilename, paths: nodeModulePaths(path.dirname(parentFilename)) } :
      null;
    requireStack ??= options.requireStack ?? (parentFilename ? [parentFilename] : []);
    return resolveFilename(request, parent, options, requireStack);
  }

  // require.resolve.paths(request) for a module at `parentFilename`.
  function resolvePaths(request, parentFilename, options = {}) {
    const parent = parentFilename ?
      { filename: parentFilename, paths: nodeModulePaths(path.dirname(parentFilename)) } :
      null;
    return lookupPaths(request, parent, options.globalPaths ?? []);
  }

  function clearCache() {
    packageCache.clear();
    scopeCache.clear();
  }

  return {
    resolveCjs,
    resolveEsm,
    resolvePaths,
    // Module._resolveLookupPaths and Module._findPath, for code that calls them.
    lookupPaths: (request, parent, globalPaths = []) => lookupPaths(request, parent, globalPaths),
    findPath: (request, paths, extensions = CJS_EXTENSIONS) =>
      findPath(request, paths, extensions, new Set(CJS_CONDITIONS)),
    packageScope,
    readPackage: (pjsonPath) => readPackage(pjsonPath),
    nodeModulePaths,
    clearCache,
  };
}

module.exports = {
  createResolver,
  nodeModulePaths,
  patternKeyCompare,
  CJS_CONDITIONS,
  ESM_CONDITIONS,
  CJS_EXTENSIONS,
};
