'use strict';

// Node's `vm`. A session has one context: code can run in it
// (vm.runInThisContext, Script#runInThisContext, compileFunction), but new
// contexts cannot be made (createContext, runInNewContext, runInContext
// throw ERR_ACCESS_DENIED).

const { accessDenied } = require('internal/refused');
const { validateArray, validateObject, validateString } = require('internal/validators');

const constants = {
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
};

function filenameOf(options) {
  if (typeof options === 'string') return options;
  if (options !== null && typeof options === 'object' && typeof options.filename === 'string') return options.filename;
  return 'evalmachine.<anonymous>';
}

// Indirect eval: global scope, like V8's runInThisContext.
const globalEval = eval;

function runSource(code, filename) {
  return globalEval(`${code}\n//# sourceURL=${filename}`);
}

class Script {
  #code;
  #filename;

  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    this.#code = code;
    this.#filename = filenameOf(options);
    // Report syntax errors now, as V8 compiles the script eagerly.
    // eslint-disable-next-line no-new-func
    new Function(`return () => {\n${code}\n}`);
  }

  runInThisContext() {
    return runSource(this.#code, this.#filename);
  }

  runInContext() {
    throw accessDenied('vm.Script.runInContext', 'VM', this.runInContext);
  }

  runInNewContext() {
    throw accessDenied('vm.Script.runInNewContext', 'VM', this.runInNewContext);
  }

  createCachedData() {
    const { Buffer } = require('buffer');
    return Buffer.alloc(0);
  }

  get cachedDataRejected() {
    return undefined;
  }

  get sourceMapURL() {
    return undefined;
  }
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  validateString(code, 'code');
  return runSource(code, filenameOf(options));
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) validateArray(params, 'params');
  validateObject(options, 'options');
  if (options.parsingContext !== undefined || options.contextExtensions?.length) {
    throw accessDenied('vm.compileFunction (with a context)', 'VM', compileFunction);
  }
  // eslint-disable-next-line no-new-func
  return new Function(...(params ?? []), `${code}\n//# sourceURL=${filenameOf(options)}`);
}

function refused(name) {
  const fn = {
    [name]() {
      throw accessDenied(`vm.${name}`, 'VM', fn);
    },
  }[name];
  return fn;
}

function isContext(object) {
  validateObject(object, 'object', 1 << 1 | 1 << 2);
  return false;
}

module.exports = {
  Script,
  createContext: refused('createContext'),
  createScript,
  runInContext: refused('runInContext'),
  runInNewContext: refused('runInNewContext'),
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory() {
    return Promise.reject(accessDenied('vm.measureMemory', 'VM'));
  },
  constants,
};
