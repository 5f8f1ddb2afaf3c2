'use strict';

// AbortController / AbortSignal (WHATWG DOM), plus a minimal DOMException
// for isolates that lack one.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { markEnumerable } = require('internal/util/properties');
const {
  validateAbortSignal,
  validateArray,
  validateInteger,
} = require('internal/validators');
const {
  Event,
  EventTarget,
  defineEventHandler,
  kTrustEvent,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
} = require('internal/event_target');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/inspect');
  return inspectModule.inspect;
}

// ---------------------------------------------------------------------------
// DOMException fallback

const legacyErrorCodes = [
  // [name, code, constant]
  ['IndexSizeError', 1, 'INDEX_SIZE_ERR'],
  ['DOMStringSizeError', 2, 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 3, 'HIERARCHY_REQUEST_ERR'],
  ['WrongDocumentError', 4, 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 5, 'INVALID_CHARACTER_ERR'],
  ['NoDataAllowedError', 6, 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 7, 'NO_MODIFICATION_ALLOWED_ERR'],
  ['NotFoundError', 8, 'NOT_FOUND_ERR'],
  ['NotSupportedError', 9, 'NOT_SUPPORTED_ERR'],
  ['InUseAttributeError', 10, 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 11, 'INVALID_STATE_ERR'],
  ['SyntaxError', 12, 'SYNTAX_ERR'],
  ['InvalidModificationError', 13, 'INVALID_MODIFICATION_ERR'],
  ['NamespaceError', 14, 'NAMESPACE_ERR'],
  ['InvalidAccessError', 15, 'INVALID_ACCESS_ERR'],
  ['ValidationError', 16, 'VALIDATION_ERR'],
  ['TypeMismatchError', 17, 'TYPE_MISMATCH_ERR'],
  ['SecurityError', 18, 'SECURITY_ERR'],
  ['NetworkError', 19, 'NETWORK_ERR'],
  ['AbortError', 20, 'ABORT_ERR'],
  ['URLMismatchError', 21, 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 22, 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 23, 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 24, 'INVALID_NODE_TYPE_ERR'],
  ['DataCloneError', 25, 'DATA_CLONE_ERR'],
];
const codeByName = new Map(legacyErrorCodes.map(([n, c]) => [n, c]));

let isDOMException;

class FallbackDOMException {
  #name = 'Error';
  #message = '';

  static {
    isDOMException = (value) => value != null && typeof value === 'object' &&
      #name in value;
  }

  constructor(message = '', options = 'Error') {
    this.#message = `${message}`;
    if (options !== null && typeof options === 'object') {
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          __proto__: null, value: options.cause,
          writable: true, enumerable: false, configurable: true,
        });
      }
      this.#name = 'name' in options ? `${options.name}` : 'Error';
    } else {
      this.#name = `${options}`;
    }
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this);
    } else {
      const stack = new Error(this.#message).stack;
      if (stack !== undefined) {
        Object.defineProperty(this, 'stack', {
          __proto__: null, value: stack,
          writable: true, enumerable: false, configurable: true,
        });
      }
    }
  }

  get name() {
    if (!isDOMException(this)) throw new ERR_INVALID_THIS('DOMException');
    return this.#name;
  }

  get message() {
    if (!isDOMException(this)) throw new ERR_INVALID_THIS('DOMException');
    return this.#message;
  }

  get code() {
    if (!isDOMException(this)) throw new ERR_INVALID_THIS('DOMException');
    return codeByName.get(this.#name) ?? 0;
  }
}

Object.defineProperty(FallbackDOMException, 'name', {
  __proto__: null, value: 'DOMException', configurable: true,
});
Object.setPrototypeOf(FallbackDOMException.prototype, Error.prototype);
markEnumerable(FallbackDOMException.prototype, ['name', 'message', 'code']);
Object.defineProperty(FallbackDOMException.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'DOMException',
  writable: false, enumerable: false, configurable: true,
});
for (const [, code, constant] of legacyErrorCodes) {
  const desc = {
    __proto__: null, value: code,
    writable: false, enumerable: true, configurable: false,
  };
  Object.defineProperty(FallbackDOMException, constant, desc);
  Object.defineProperty(FallbackDOMException.prototype, constant, desc);
}

// Use the global DOMException when the embedder already has a real one.  An
// accessor is deliberately not called: the global may be a lazy getter that
// loads this very module (internal/globals does that), and calling it here
// would see our half-initialised exports.
function existingDOMException() {
  const desc = Object.getOwnPropertyDescriptor(globalThis, 'DOMException');
  if (desc !== undefined && typeof desc.value === 'function') return desc.value;
  return undefined;
}
const DOMException = existingDOMException() ?? FallbackDOMException;

// ---------------------------------------------------------------------------
// AbortSignal

const kDontThrow = Symbol('kDontThrow');
const hasWeakRef = typeof WeakRef === 'function';

function makeRef(value) {
  return hasWeakRef ? new WeakRef(value) : { deref: () => value };
}

function customInspect(self, fields, depth, options, inspect) {
  const name = self.constructor?.name ?? 'Object';
  if (depth < 0) return `[${name}]`;
  const opts = { ...options };
  if (Number.isInteger(options?.depth)) opts.depth = options.depth - 1;
  const fn = typeof inspect === 'function' ? inspect : lazyInspect();
  return `${name} ${fn(fields, opts)}`;
}

// Helpers with access to AbortSignal's private state (set by its static
// block).
let isAbortSignal;
let createAbortSignal;
let abortSignal;
let addDependency;
let sourcesOf;
let setPinned;

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  // Signals made by AbortSignal.any(): their sources (strong) ...
  #composite = false;
  #sources = undefined;
  // ... and, on a source, the signals depending on it (weak, so that a
  // long-lived source does not keep every derived signal alive).
  #dependents = undefined;
  #dependentsSweepAt = 64;
  // Dependents that have 'abort' listeners, which must stay alive while
  // their sources may still abort.
  #pinned = undefined;

  static {
    isAbortSignal = (value) => value != null && typeof value === 'object' &&
      #aborted in value;

    createAbortSignal = (options) => {
      const signal = new AbortSignal(kDontThrow);
      if (options?.aborted) {
        signal.#aborted = true;
        signal.#reason = options.reason;
      }
      if (options?.composite) {
        signal.#composite = true;
        signal.#sources = new Set();
      }
      return signal;
    };

    const runAbortSteps = (signal) => {
      // Dependency links are no longer needed once a signal has aborted.
      signal.#dependents = undefined;
      signal.#pinned = undefined;
      if (signal.#composite) setPinned(signal, false);
      signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
    };

    abortSignal = (signal, reason) => {
      if (signal.#aborted) return;
      signal.#aborted = true;
      signal.#reason = reason;
      // Dependents observe the abort (aborted/reason) before any 'abort'
      // listener runs, then fire their own events after the source's.
      const toFire = [];
      if (signal.#dependents !== undefined) {
        for (const ref of signal.#dependents) {
          const dependent = ref.deref();
          if (dependent === undefined || dependent.#aborted) continue;
          dependent.#aborted = true;
          dependent.#reason = reason;
          toFire.push(dependent);
        }
      }
      runAbortSteps(signal);
      for (let i = 0; i < toFire.length; i++) runAbortSteps(toFire[i]);
    };

    addDependency = (source, dependent) => {
      dependent.#sources.add(source);
      if (source.#dependents === undefined) source.#dependents = new Set();
      const deps = source.#dependents;
      deps.add(makeRef(dependent));
      if (hasWeakRef && deps.size >= source.#dependentsSweepAt) {
        for (const ref of deps) {
          if (ref.deref() === undefined) deps.delete(ref);
        }
        source.#dependentsSweepAt = Math.max(64, deps.size * 2);
      }
    };

    sourcesOf = (signal) =>
      (signal.#composite ? signal.#sources : undefined);

    setPinned = (signal, pinned) => {
      if (signal.#sources === undefined) return;
      for (const source of signal.#sources) {
        if (source.#aborted) continue;
        if (pinned) {
          (source.#pinned ??= new Set()).add(signal);
        } else {
          source.#pinned?.delete(signal);
        }
      }
    };
  }

  constructor(key = undefined) {
    if (key !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    // As in Node, any number of 'abort' listeners is fine: no leak warning.
    this[require('events').kMaxEventTargetListeners] = 0;
  }

  get aborted() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return this.#aborted;
  }

  get reason() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return this.#reason;
  }

  throwIfAborted() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    if (this.#aborted) throw this.#reason;
  }

  [customInspectSymbol](depth, options, inspect) {
    return customInspect(this, { aborted: this.aborted }, depth, options,
                         inspect);
  }

  [kNewListener](size, type, ...rest) {
    super[kNewListener](size, type, ...rest);
    if (type === 'abort' && size > 0 && this.#composite && !this.#aborted) {
      setPinned(this, true);
    }
  }

  [kRemoveListener](size, type, ...rest) {
    super[kRemoveListener](size, type, ...rest);
    if (type === 'abort' && size === 0 && this.#composite) {
      setPinned(this, false);
    }
  }

  static abort(reason = new DOMException('This operation was aborted',
                                         'AbortError')) {
    return createAbortSignal({ aborted: true, reason });
  }

  static timeout(delay) {
    validateInteger(delay, 'delay', 0, 4294967295);
    const signal = createAbortSignal();
    const setTimeoutFn = globalThis.setTimeout;
    if (typeof setTimeoutFn === 'function') {
      const timer = setTimeoutFn(() => {
        abortSignal(signal, new DOMException(
          'The operation was aborted due to timeout', 'TimeoutError'));
      }, delay);
      if (timer != null && typeof timer.unref === 'function') timer.unref();
    }
    return signal;
  }

  static any(signals) {
    validateArray(signals, 'signals');
    for (let i = 0; i < signals.length; i++) {
      validateAbortSignal(signals[i], `signals[${i}]`);
    }
    const result = createAbortSignal({ composite: true });
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (signal.aborted) {
        abortSignal(result, signal.reason);
        return result;
      }
    }
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (!isAbortSignal(signal)) {
        // A foreign signal-like object: follow it through its events.
        const flags = { __proto__: null, once: true };
        flags[kResistStopPropagation] = true;
        signal.addEventListener('abort', () => {
          abortSignal(result, signal.reason);
        }, flags);
        continue;
      }
      const sources = sourcesOf(signal);
      if (sources === undefined) {
        addDependency(signal, result);
      } else {
        for (const source of sources) {
          if (!source.aborted) addDependency(source, result);
        }
      }
    }
    return result;
  }
}

defineEventHandler(AbortSignal.prototype, 'abort');
// Same enumerability as Node's AbortSignal.
markEnumerable(AbortSignal.prototype, ['aborted']);
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortSignal',
  writable: false, enumerable: false, configurable: true,
});

// ---------------------------------------------------------------------------
// AbortController

let isAbortController;

class AbortController {
  #signal = undefined;

  static {
    isAbortController = (value) => value != null &&
      typeof value === 'object' && #signal in value;
  }

  get signal() {
    if (!isAbortController(this)) {
      throw new ERR_INVALID_THIS('AbortController');
    }
    this.#signal ??= createAbortSignal();
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted',
                                  'AbortError')) {
    if (!isAbortController(this)) {
      throw new ERR_INVALID_THIS('AbortController');
    }
    this.#signal ??= createAbortSignal();
    abortSignal(this.#signal, reason);
  }

  [customInspectSymbol](depth, options, inspect) {
    return customInspect(this, { signal: this.signal }, depth, options,
                         inspect);
  }
}

markEnumerable(AbortController.prototype, ['signal', 'abort']);
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortController',
  writable: false, enumerable: false, configurable: true,
});

module.exports = {
  AbortController,
  AbortSignal,
  DOMException,
  FallbackDOMException,
  isAbortSignal,
  // Internal helpers for other builtins (streams, fetch, timers/promises).
  createAbortSignal,
  abortSignal,
};
