'use strict';

// Node's `vm`: compiling and running code in this context or in new ones.
//
// A new context (`createContext`) is a real V8 context in the session's isolate
// (`runtime/src/bindings/vm.rs`): its own builtins, a global object backed by the
// "contextified" sandbox object, and nothing of Node unless the sandbox passes it
// in. It shares the session's heap, CPU limit and permissions; it is a scope for
// names, not a security boundary of its own. `timeout` stops a run that takes too
// long; `breakOnSigint`, `microtaskMode` and cached data are accepted and have no
// effect (cached data is reported as rejected).

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { accessDenied } = require('internal/refused');
const {
  validateArray,
  validateBoolean,
  validateInt32,
  validateObject,
  validateOneOf,
  validateString,
  validateStringArray,
  validateUint32,
  kValidateObjectAllowObjects,
} = require('internal/validators');

const binding = internals.vm;

// Errors whose stack already starts with the source line they came from.
const decoratedErrors = new WeakSet();

// Like Node with `displayErrors` (the default), an error leaving vm code carries the
// file:line, source line and caret of where it arose at the top of its `stack`.
function decorateErrorStack(error) {
  if (error === null || typeof error !== 'object' || decoratedErrors.has(error)) return;
  const descriptor = Object.getOwnPropertyDescriptor(error, 'stack');
  if (descriptor === undefined || typeof error.stack !== 'string') return;
  const context = internals.errorSourceContext(error);
  if (!context) return;
  error.stack = `${context}\n${error.stack}`;
  decoratedErrors.add(error);
}


const constants = {
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
};
Object.freeze(constants);

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

// The options every run accepts: `{ timeout (ms, 0 for none), displayErrors }`.
function runOptions(options) {
  validateObject(options, 'options');
  const { displayErrors = true, breakOnSigint = false, timeout } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  return { timeout: timeout ?? 0, displayErrors };
}

class Script {
  #code;
  #filename;
  #lineOffset;
  #columnOffset;
  #cachedDataRejected;

  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    validateBoolean(produceCachedData, 'options.produceCachedData');
    if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
      throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    this.#code = code;
    this.#filename = filename;
    this.#lineOffset = lineOffset;
    this.#columnOffset = columnOffset;
    this.#cachedDataRejected = cachedData === undefined ? undefined : true;
    // Syntax errors are reported now, as V8 compiles the script eagerly.
    try {
      binding.compileScript(code, filename, lineOffset, columnOffset);
    } catch (error) {
      if (options.displayErrors !== false) decorateErrorStack(error);
      throw error;
    }
  }

  #run(target, { timeout, displayErrors }) {
    try {
      return binding.runScript(this.#code, this.#filename, this.#lineOffset, this.#columnOffset, target, timeout);
    } catch (error) {
      if (displayErrors) decorateErrorStack(error);
      throw error;
    }
  }

  runInThisContext(options = {}) {
    return this.#run(undefined, runOptions(options));
  }

  runInContext(contextifiedObject, options = {}) {
    validateContext(contextifiedObject);
    return this.#run(contextifiedObject, runOptions(options));
  }

  runInNewContext(contextObject, options = {}) {
    const context = createContext(contextObject, contextOptionsOf(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    const { Buffer } = require('buffer');
    return Buffer.alloc(0);
  }

  get cachedDataRejected() {
    return this.#cachedDataRejected;
  }

  get sourceMapURL() {
    return undefined;
  }
}

// The context options carried by a runInNewContext options object.
function contextOptionsOf(options) {
  if (typeof options !== 'object' || options === null) return undefined;
  const { contextName: name, contextOrigin: origin, contextCodeGeneration: codeGeneration, microtaskMode } = options;
  validateContextOptions({ name, origin, codeGeneration, microtaskMode }, 'options.context');
  return { name, origin, codeGeneration, microtaskMode };
}

// Checks createContext's options; `prefix` names them in errors ('options.' for
// createContext, 'options.context' for runInNewContext's contextName...).
function validateContextOptions(options, prefix) {
  const { name, origin, codeGeneration, microtaskMode } = options;
  const label = (key) => (prefix === 'options.' ? `options.${key}` : `${prefix}${key[0].toUpperCase()}${key.slice(1)}`);
  if (name !== undefined) validateString(name, label('name'));
  if (origin !== undefined) validateString(origin, label('origin'));
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, label('codeGeneration'));
    const { strings, wasm } = codeGeneration;
    if (strings !== undefined) validateBoolean(strings, `${label('codeGeneration')}.strings`);
    if (wasm !== undefined) validateBoolean(wasm, `${label('codeGeneration')}.wasm`);
  }
  if (microtaskMode !== undefined) validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
}

function isContext(object) {
  validateObject(object, 'object', kValidateObjectAllowObjects);
  return binding.isContext(object);
}

function createContext(contextObject = {}, options = {}) {
  if (contextObject !== constants.DONT_CONTEXTIFY) {
    validateObject(contextObject, 'contextObject', kValidateObjectAllowObjects);
    if (binding.isContext(contextObject)) return contextObject;
  }
  validateObject(options, 'options');
  validateContextOptions(options, 'options.');
  const allowStrings = options.codeGeneration?.strings !== false;
  return binding.makeContext(contextObject === constants.DONT_CONTEXTIFY ? undefined : contextObject, allowStrings);
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, contextOptionsOf(options));
  return createScript(code, options).runInContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) validateStringArray(params, 'params');
  validateObject(options, 'options');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    parsingContext = undefined,
    contextExtensions = [],
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (parsingContext !== undefined) {
    if (typeof parsingContext !== 'object' || parsingContext === null || !isContext(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((extension, i) => {
    validateObject(extension, `options.contextExtensions[${i}]`, kValidateObjectAllowObjects);
  });
  return binding.compileFunction(code, filename, lineOffset, columnOffset, params ?? [], contextExtensions,
                                 parsingContext);
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory() {
    return Promise.reject(accessDenied('vm.measureMemory', 'VM'));
  },
  constants,
};
