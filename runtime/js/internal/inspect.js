'use strict';

// util.inspect(), util.format() and friends, following the output rules of
// Node.js 24. The engine-level introspection (promise state, proxy targets,
// iterator previews, ...) comes from `internals`, supplied by the Rust side
// with the same shape as Node's internalBinding('util') / util.types.

const {
  getPromiseDetails,
  getProxyDetails,
  previewEntries,
  getOwnNonIndexProperties,
  getConstructorName: engineConstructorName,
} = internals.util;

const {
  isAnyArrayBuffer,
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDataView,
  isDate,
  isExternal,
  isGeneratorFunction,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isRegExp,
  isSet,
  isSetIterator,
  isStringObject,
  isTypedArray,
  isWeakMap,
  isWeakSet,
} = internals.types;

// ---------------------------------------------------------------------------
// Builtins captured at load time so user code that patches prototypes does not
// change what inspect prints.

const uncurry = (fn) => Function.prototype.call.bind(fn);
const getterOf = (proto, key) => uncurry(Object.getOwnPropertyDescriptor(proto, key).get);

const {
  defineProperty,
  getOwnPropertyDescriptor,
  getOwnPropertyNames,
  getOwnPropertySymbols,
  getPrototypeOf,
  setPrototypeOf,
  keys: objectKeys,
} = Object;
const { ownKeys } = Reflect;
const { isArray } = Array;
const { floor, max, min, round, sqrt, trunc } = Math;

const hasOwn = uncurry(Object.prototype.hasOwnProperty);
const isEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
const objectToString = uncurry(Object.prototype.toString);
const errorToString = uncurry(Error.prototype.toString);
const functionToString = uncurry(Function.prototype.toString);
const hasInstance = uncurry(Function.prototype[Symbol.hasInstance]);
const regExpToString = uncurry(RegExp.prototype.toString);
const dateGetTime = uncurry(Date.prototype.getTime);
const dateToISOString = uncurry(Date.prototype.toISOString);
const dateToString = uncurry(Date.prototype.toString);
const numberValueOf = uncurry(Number.prototype.valueOf);
const stringValueOf = uncurry(String.prototype.valueOf);
const booleanValueOf = uncurry(Boolean.prototype.valueOf);
const bigIntValueOf = uncurry(BigInt.prototype.valueOf);
const symbolValueOf = uncurry(Symbol.prototype.valueOf);
const symbolToString = uncurry(Symbol.prototype.toString);
const setSize = getterOf(Set.prototype, 'size');
const mapSize = getterOf(Map.prototype, 'size');
const setValues = uncurry(Set.prototype.values);
const mapEntries = uncurry(Map.prototype.entries);
const TypedArray = getPrototypeOf(Uint8Array);
const typedArrayLength = getterOf(TypedArray.prototype, 'length');
const typedArrayTag = getterOf(TypedArray.prototype, Symbol.toStringTag);
const padStart = uncurry(String.prototype.padStart);
const padEnd = uncurry(String.prototype.padEnd);

const typedArrayConstructors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array,
  BigUint64Array,
};
if (typeof globalThis.Float16Array === 'function') {
  typedArrayConstructors.Float16Array = globalThis.Float16Array;
}

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Names of the JavaScript language's own global constructors / namespaces, as
// Node 24 sees them when its inspect module loads (globals added later, such
// as SharedArrayBuffer or WebAssembly, are not part of it). Objects whose
// closest `constructor` has one of these names count as "built-in".
const builtInObjects = new Set([
  'Object', 'Function', 'Array', 'Number', 'Infinity', 'NaN', 'Boolean',
  'String', 'Symbol', 'Date', 'Promise', 'RegExp', 'Error', 'AggregateError',
  'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
  'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer', 'Atomics', 'Uint8Array',
  'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
  'BigUint64Array', 'BigInt64Array', 'Uint8ClampedArray', 'Float32Array',
  'Float64Array', 'DataView', 'Map', 'BigInt', 'Set', 'Iterator', 'WeakMap',
  'WeakSet', 'Proxy', 'Reflect', 'FinalizationRegistry', 'WeakRef',
]);

// Prototypes whose name is known even when their `constructor` was tampered.
const wellKnownPrototypes = new Map();
for (const C of [Array, ArrayBuffer, Function, Map, Set, Object, TypedArray,
  RegExp, Date, DataView, Error, AggregateError, RangeError, TypeError,
  Boolean, Number, String, Promise, WeakMap, WeakSet]) {
  wellKnownPrototypes.set(C.prototype, { name: C === TypedArray ? 'TypedArray' : C.name, ctor: C });
}

// `document.all`-like objects.
const isUndetectableObject = (v) => typeof v === 'undefined' && v !== undefined;

const ALL_PROPERTIES = 0;
const ONLY_ENUMERABLE = 2;
const kPending = 0;
const kRejected = 2;

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// Iterator preview kinds.
const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

const kMinLineLength = 16;

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

let lazyValidators;
function validators() {
  lazyValidators ??= require('internal/validators');
  return lazyValidators;
}
let lazyErrors;
function errors() {
  lazyErrors ??= require('internal/errors');
  return lazyErrors;
}

// ---------------------------------------------------------------------------
// Strings

/* eslint-disable no-control-regex */
const escapeNeededAll = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeNeededAllG = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const escapeNeededNoQuote = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeNeededNoQuoteG = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

const identifierKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const arrayIndexKey = /^(0|[1-9][0-9]*)$/;

// Escapes for code units 0x00-0x9f; '' means "print as is".
const escapeTable = [];
for (let c = 0; c < 0xa0; c++) {
  let e = '';
  if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
    e = `\\x${c.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  escapeTable.push(e);
}
escapeTable[0x08] = '\\b';
escapeTable[0x09] = '\\t';
escapeTable[0x0a] = '\\n';
escapeTable[0x0c] = '\\f';
escapeTable[0x0d] = '\\r';
escapeTable[0x27] = "\\'";
escapeTable[0x5c] = '\\\\';

function escapeCodeUnit(ch) {
  const code = ch.charCodeAt(0);
  return code < escapeTable.length ? escapeTable[code] : `\\u${code.toString(16)}`;
}

// Quote a string the way Node does: single quotes by default; double quotes
// if the string contains single quotes only; backticks if it contains both
// (and neither backticks nor `${`). Otherwise single quotes, escaped.
function strEscape(str) {
  let quote = "'";
  let test = escapeNeededAll;
  let replace = escapeNeededAllG;
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = '"';
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = '`';
    }
    if (quote !== "'") {
      test = escapeNeededNoQuote;
      replace = escapeNeededNoQuoteG;
    }
  }
  if (!test.test(str)) {
    return `${quote}${str}${quote}`;
  }
  const escaped = str.replace(replace, escapeCodeUnit);
  return `${quote}${escaped}${quote}`;
}

// ---------------------------------------------------------------------------
// Colors

const defaultFG = 39;
const defaultBG = 49;

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) {
      return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
    }
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

const colorCodeRegExp = /\u001b\[\d\d?m/g; // eslint-disable-line no-control-regex
function removeColors(str) {
  return str.replace(colorCodeRegExp, '');
}

// ---------------------------------------------------------------------------
// inspect()

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of objectKeys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown options are handed through to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

defineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validators().validateObject(options, 'options');
    return Object.assign(inspectDefaultOptions, options);
  },
});

inspect.colors = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, defaultFG],
  red: [31, defaultFG],
  green: [32, defaultFG],
  yellow: [33, defaultFG],
  blue: [34, defaultFG],
  magenta: [35, defaultFG],
  cyan: [36, defaultFG],
  white: [37, defaultFG],
  bgBlack: [40, defaultBG],
  bgRed: [41, defaultBG],
  bgGreen: [42, defaultBG],
  bgYellow: [43, defaultBG],
  bgBlue: [44, defaultBG],
  bgMagenta: [45, defaultBG],
  bgCyan: [46, defaultBG],
  bgWhite: [47, defaultBG],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, defaultFG],
  redBright: [91, defaultFG],
  greenBright: [92, defaultFG],
  yellowBright: [93, defaultFG],
  blueBright: [94, defaultFG],
  magentaBright: [95, defaultFG],
  cyanBright: [96, defaultFG],
  whiteBright: [97, defaultFG],
  bgGray: [100, defaultBG],
  bgRedBright: [101, defaultBG],
  bgGreenBright: [102, defaultBG],
  bgYellowBright: [103, defaultBG],
  bgBlueBright: [104, defaultBG],
  bgMagentaBright: [105, defaultBG],
  bgCyanBright: [106, defaultBG],
  bgWhiteBright: [107, defaultBG],
};

for (const [alias, target] of [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline'],
]) {
  defineProperty(inspect.colors, alias, {
    __proto__: null,
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}

inspect.styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

// The options object handed to custom inspect functions.
function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    // Do not leak objects of this realm into a foreign one.
    setPrototypeOf(ret, null);
    for (const key of objectKeys(ret)) {
      const v = ret[key];
      if ((typeof v === 'object' || typeof v === 'function') && v !== null) {
        delete ret[key];
      }
    }
    ret.stylize = setPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // Ignore.
      }
      return typeof stylized === 'string' ? stylized : value;
    }, null);
  }
  return ret;
}

// ---------------------------------------------------------------------------
// Constructor names and prefixes

function safeInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const start = obj;
  while (obj || isUndetectableObject(obj)) {
    const known = wellKnownPrototypes.get(obj);
    if (known !== undefined && hasInstance(known.ctor, start)) {
      if (protoProps !== undefined && firstProto !== obj) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return known.name;
    }
    const descriptor = getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        safeInstanceof(start, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = getPrototypeOf(obj);
    if (firstProto === undefined) {
      firstProto = obj;
    }
  }

  if (firstProto === null) {
    return null;
  }

  const engineName = engineConstructorName(start);
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return `${engineName} <Complex prototype>`;
  }
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    const shown = inspect(firstProto, { ...ctx, customInspect: false, depth: -1 });
    return `${engineName} <${shown}>`;
  }
  return `${engineName} <${protoName}>`;
}

// With showHidden, list non-function properties that user-land prototypes
// (up to three levels) add on top of the inspected object.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let level = 0;
  let keys;
  let seenKeys;
  do {
    if (level !== 0 || main === obj) {
      obj = getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (level === 0) {
      seenKeys = new Set();
    } else {
      for (const key of keys) seenKeys.add(key);
    }
    keys = ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) ||
          (level !== 0 && seenKeys.has(key))) {
        continue;
      }
      const desc = getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const formatted = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${formatted}\u001b[22m` : formatted);
    }
    ctx.seen.pop();
  } while (++level !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  let result = `${constructor}${size} `;
  if (tag !== '') {
    const position = constructor.indexOf(tag);
    if (position === -1) {
      result += `[${tag}] `;
    } else {
      // Only skip the tag when the constructor name visibly contains it.
      const endPos = position + tag.length;
      if (endPos !== constructor.length &&
          constructor[endPos] === constructor[endPos].toLowerCase()) {
        result += `[${tag}] `;
      }
    }
  }
  return result;
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = getOwnPropertySymbols(value);
  if (showHidden) {
    keys = getOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    try {
      keys = objectKeys(value);
    } catch (err) {
      // Namespace objects of modules that are not evaluated yet throw here.
      if (!(isNativeError(err) && err.name === 'ReferenceError' &&
            isModuleNamespaceObject(value))) {
        throw err;
      }
      keys = getOwnPropertyNames(value);
    }
    for (const symbol of symbols) {
      if (isEnumerable(value, symbol)) keys.push(symbol);
    }
  }
  return keys;
}

function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = engineConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

// ---------------------------------------------------------------------------
// Core recursion

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const parts = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function' &&
      !isUndetectableObject(value)) {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) {
    return ctx.stylize('null', 'null');
  }

  const context = value;
  // Never trigger proxy traps: look at the target instead.
  const proxy = getProxyDetails(value, !!ctx.showProxy);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
    if (ctx.showProxy) {
      return formatProxy(ctx, proxy, recurseTimes);
    }
    value = proxy;
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' &&
        maybeCustom !== inspect &&
        // Skip prototype objects (e.g. Foo.prototype of a class with a
        // custom inspect method).
        getOwnPropertyDescriptor(value, 'constructor')?.value?.prototype !== value) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !hasInstance(Object, context);
      const ret = maybeCustom.call(context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') {
          return formatValue(ctx, ret, recurseTimes);
        }
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function getEmptyFormatArray() {
  return [];
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
    protoProps = [];
  }

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) {
    protoProps = undefined;
  }

  let tag = '';
  try {
    tag = value[Symbol.toStringTag];
  } catch {
    // Ignore.
  }
  // Show the tag only if it is not already printed as a property.
  if (typeof tag !== 'string' ||
      (tag !== '' &&
       (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }

  let base = '';
  let formatter = getEmptyFormatArray;
  let braces;
  let noIterator = true;
  const filter = ctx.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE;
  let extrasType = kObjectType;
  let extraKeys;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) :
        '';
      keys = getOwnNonIndexProperties(value, filter);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}]`;
      }
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (isSet(value)) {
      const size = setSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const iterable = constructor !== null ? value : setValues(value);
      formatter = (c, v, r) => formatSet(iterable, c, v, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) {
        return `${prefix}{}`;
      }
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = mapSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const iterable = constructor !== null ? value : mapEntries(value);
      formatter = (c, v, r) => formatMap(iterable, c, v, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) {
        return `${prefix}{}`;
      }
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = getOwnNonIndexProperties(value, filter);
      let bound = value;
      let fallback = '';
      if (constructor === null) {
        fallback = typedArrayTag(value);
        // Rebuild a regular typed array to read the elements.
        bound = new typedArrayConstructors[fallback](value);
      }
      const size = typedArrayLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) {
        return `${braces[0]}]`;
      }
      formatter = (c) => formatTypedArray(bound, size, c);
      extrasType = kArrayExtrasType;
      if (ctx.showHidden) {
        extraKeys = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
        typedArray = true;
      }
    } else if (isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else if (isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(ctx, value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) {
        return ctx.stylize(base, 'special');
      }
    } else if (constructor === 'Object') {
      if (isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}}`;
      }
    } else if (isRegExp(value)) {
      base = regExpToString(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (isDate(value)) {
      base = Number.isNaN(dateGetTime(value)) ? dateToString(value) : dateToISOString(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) {
        return ctx.stylize(base, 'date');
      }
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) {
        return base;
      }
    } else if (isAnyArrayBuffer(value)) {
      const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ [byteLength]: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      extraKeys = ['byteLength'];
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      extraKeys = ['byteLength', 'byteOffset', 'buffer'];
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      const namespaceKeys = keys;
      formatter = (c, v, r) => formatNamespaceObject(namespaceKeys, c, v, r);
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) {
        return base;
      }
    } else if (isURL(value) && !(recurseTimes > ctx.depth && ctx.depth !== null)) {
      base = value.href;
      if (keys.length === 0 && protoProps === undefined) {
        return base;
      }
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        if (isExternal(value)) {
          return ctx.stylize(`[External: ${externalAddress(value)}]`, 'special');
        }
        return `${getCtxStyle(value, constructor, tag)}{}`;
      }
      braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    if (extraKeys !== undefined) {
      for (const key of extraKeys) {
        let formatted;
        try {
          formatted = formatExtraProperty(ctx, value, recurseTimes, key, typedArray);
        } catch {
          // Getters of detached buffers throw; read from the buffer instead.
          const stand = { [key]: value.buffer[key] };
          formatted = formatExtraProperty(ctx, stand, recurseTimes, key, typedArray);
        }
        output.push(formatted);
      }
    }
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      output.push(...protoProps);
    }
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    const constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    return handleMaxCallStackSize(ctx, err, constructorName, indentationLvl);
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      // Only the extra (non-index) properties of arrays are sorted.
      const sortedTail = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sortedTail);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Stop descending once a huge amount of output has been produced.
  if (newLength > 2 ** 27) {
    ctx.depth = -1;
  }
  return res;
}

function externalAddress(value) {
  const getExternalValue = internals.util.getExternalValue;
  if (typeof getExternalValue === 'function') {
    try {
      return getExternalValue(value).toString(16);
    } catch {
      // Fall through.
    }
  }
  return '0';
}

function isURL(value) {
  const URLCtor = globalThis.URL;
  if (typeof URLCtor !== 'function') return false;
  try {
    return typeof value.href === 'string' && value instanceof URLCtor;
  } catch {
    return false;
  }
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let unbox;
  let type;
  if (isNumberObject(value)) {
    unbox = numberValueOf;
    type = 'Number';
  } else if (isStringObject(value)) {
    unbox = stringValueOf;
    type = 'String';
    // The index keys of a String object only repeat its characters.
    keys.splice(0, value.length);
  } else if (isBooleanObject(value)) {
    unbox = booleanValueOf;
    type = 'Boolean';
  } else if (isBigIntObject(value)) {
    unbox = bigIntValueOf;
    type = 'BigInt';
  } else {
    unbox = symbolValueOf;
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, unbox(value), ctx)}]`;
  if (tag !== '' && tag !== constructor) {
    base += ` [${tag}]`;
  }
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) {
    return base;
  }
  return ctx.stylize(base, type.toLowerCase());
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) {
    base += ` [${constructor}]`;
  }
  if (tag !== '' && constructor !== tag) {
    base += ` [${tag}]`;
  }
  if (constructor !== null) {
    const superName = getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

const classBodyRegExp = /^(\s+[^(]*?)\s*{/;
// eslint-disable-next-line no-useless-escape
const commentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

function looksLikeClass(source) {
  if (!source.startsWith('class') || source[source.length - 1] !== '}') {
    return false;
  }
  const rest = source.slice(5, -1);
  const brace = rest.indexOf('{');
  if (brace === -1) return false;
  if (!rest.slice(0, brace).includes('(')) return true;
  // `class extends (expr) {}` and friends: strip comments and look again.
  return classBodyRegExp.exec(rest.replace(commentsRegExp, '')) !== null;
}

function getFunctionBase(ctx, value, constructor, tag) {
  if (looksLikeClass(functionToString(value))) {
    return getClassBase(value, constructor, tag);
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${typeof value.name === 'string' ? value.name : formatValue(ctx, value.name)}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) {
    base += ` ${constructor}`;
  }
  if (tag !== '' && constructor !== tag) {
    base += ` [${tag}]`;
  }
  return base;
}

// ---------------------------------------------------------------------------
// Errors

function isError(e) {
  return isNativeError(e) || hasInstance(Error, e);
}

let stackOverflowProbe;
function isStackOverflowError(err) {
  if (stackOverflowProbe === undefined) {
    try {
      const recurse = () => recurse() + 1;
      recurse();
    } catch (e) {
      stackOverflowProbe = { name: e.name, message: e.message };
    }
  }
  return Boolean(err) && err.name === stackOverflowProbe.name &&
    err.message === stackOverflowProbe.message;
}

// Finds the first run (longer than three lines) of `a` that also occurs in
// `b`. Returns [length, offsetInA].
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos === -1) continue;
    const rest = b.length - pos;
    if (rest <= 3) continue;
    let len = 1;
    const limit = min(a.length - i, rest);
    while (limit > len && a[i + len] === b[pos + len]) len++;
    if (len > 3) return [len, i];
  }
  return [0, 0];
}

// Detects blocks of stack frames that repeat back to back (recursion) and
// returns triples [startOfRepeats, blockLength, repeatCount].
function findRepeatedFrameBlocks(frames) {
  const found = [];
  const positionsOf = new Map();
  for (let i = 0; i < frames.length; i++) {
    const list = positionsOf.get(frames[i]);
    if (list === undefined) positionsOf.set(frames[i], [i]);
    else list.push(i);
  }
  const minRange = 3;
  if (frames.length - positionsOf.size <= minRange) {
    return found;
  }

  for (let i = 0; i < frames.length - minRange; i++) {
    const positions = positionsOf.get(frames[i]);
    const lastPosition = positions[positions.length - 1];
    if (positions.length === 1 || lastPosition === i) continue;
    const next = positions.indexOf(i) + 1;
    if (next === positions.length) continue;

    let range = lastPosition - i;
    if (range < minRange) continue;

    // Candidate block sizes: the gcd of the distances to later occurrences
    // (tried first) and the intermediate values of that gcd computation
    // (tried afterwards, most recent first).
    let alternatives;
    if (next + 1 < positions.length) {
      let divisor = 0;
      for (let j = next; j < positions.length; j++) {
        let distance = positions[j] - i;
        while (distance !== 0) {
          const remainder = divisor % distance;
          if (divisor !== 0) {
            alternatives ??= new Set();
            alternatives.add(divisor);
          }
          divisor = distance;
          distance = remainder;
        }
        if (divisor === 1) break;
      }
      range = divisor;
      if (alternatives) {
        alternatives.delete(range);
        alternatives = [...alternatives];
      }
    }

    let bestRange = range;
    let bestCount = 0;
    let count = 0;
    let nextStart = i + range;
    for (;;) {
      let equal = 0;
      while (equal < range && frames[i + equal] === frames[nextStart + equal]) equal++;
      if (equal === range) {
        count++;
        nextStart += range;
        continue;
      }
      if (alternatives === undefined || alternatives.length === 0) break;
      if (count !== 0 && bestRange * bestCount < range * count) {
        bestRange = range;
        bestCount = count;
      }
      range = alternatives.pop();
      count = 0;
      nextStart = i + range;
    }

    if (bestCount !== 0 && bestRange * bestCount >= range * count) {
      range = bestRange;
      count = bestCount;
    }
    if (count * range >= 3) {
      found.push(i + range, range, count);
      i += range * (count + 1) - 1;
    }
  }
  return found;
}

function getStackString(ctx, error) {
  let stack;
  try {
    stack = error.stack;
  } catch {
    // A throwing `stack` getter is ignored.
  }
  if (stack) {
    if (typeof stack === 'string') {
      return stack;
    }
    ctx.seen.push(error);
    ctx.indentationLvl += 4;
    const result = formatValue(ctx, stack);
    ctx.indentationLvl -= 4;
    ctx.seen.pop();
    return `${errorToString(error)}\n    ${result}`;
  }
  return errorToString(error);
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');

  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing `cause` getter is ignored.
  }

  // Collapse the frames shared with the cause's stack.
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(ctx, cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const [len, offset] = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }

  // Collapse repeated blocks of frames (deep recursion).
  if (frames.length > 10) {
    const blocks = findRepeatedFrameBlocks(frames);
    for (let i = blocks.length - 3; i >= 0; i -= 3) {
      const offset = blocks[i];
      const length = blocks[i + 1];
      const repeats = blocks[i + 2];
      const msg = `    ... collapsed ${length * repeats} duplicate lines matching above ` +
        (repeats > 1 ? `${length} lines ${repeats} times...` : 'lines ...');
      frames.splice(offset, length * repeats, ctx.stylize(msg, 'undefined'));
    }
  }
  return frames;
}

// Make the first line of the stack reflect the real constructor / tag when
// the error's name does not already say so.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;

  if (typeof name !== 'string') {
    stack = stack.replace(
      `${name}`,
      `${name} [${getPrefix(constructor, tag, 'Error').slice(0, -1)}]`,
    );
  }

  if (constructor === null ||
      (name.endsWith('Error') &&
       stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start?.[1]) || '';
      len = fallback.length;
      fallback ||= 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

const coreFrameRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

function markNodeModules(ctx, line) {
  let out = '';
  let lastPos = 0;
  let from = 0;
  for (;;) {
    const at = line.indexOf('node_modules', from);
    if (at === -1) break;
    const before = line[at - 1];
    const after = line[at + 12];
    if ((after !== '/' && after !== '\\') || (before !== '/' && before !== '\\')) {
      from = at + 1;
      continue;
    }
    const moduleStart = at + 13;
    out += line.slice(lastPos, moduleStart);
    let moduleEnd = line.indexOf(before, moduleStart);
    if (moduleEnd === -1) {
      moduleEnd = line.length;
    } else if (line[moduleStart] === '@') {
      moduleEnd = line.indexOf(before, moduleEnd + 1);
      if (moduleEnd === -1) moduleEnd = line.length;
    }
    out += ctx.stylize(line.slice(moduleStart, moduleEnd), 'module');
    lastPos = moduleEnd;
    from = moduleEnd;
  }
  return lastPos === 0 ? line : out + line.slice(lastPos);
}

function markCwd(ctx, line, cwd) {
  let cwdStart = line.indexOf(cwd);
  if (cwdStart === -1) return line;
  let cwdLength = cwd.length;
  if (line.slice(cwdStart - 7, cwdStart) === 'file://') {
    cwdLength += 7;
    cwdStart -= 7;
  }
  const start = line[cwdStart - 1] === '(' ? cwdStart - 1 : cwdStart;
  const end = start !== cwdStart && line.endsWith(')') ? -1 : line.length;
  const cwdEnd = cwdStart + cwdLength + 1;
  let out = line.slice(0, start);
  out += ctx.stylize(line.slice(start, cwdEnd), 'undefined');
  out += line.slice(cwdEnd, end);
  if (end === -1) out += ctx.stylize(')', 'undefined');
  return out;
}

function safeGetCWD() {
  try {
    const proc = globalThis.process;
    if (proc && typeof proc.cwd === 'function') return proc.cwd();
  } catch {
    // Ignore.
  }
  return undefined;
}

function pathToFileUrlHref(path) {
  return `file://${encodeURI(path).replace(/[?#]/g, encodeURIComponent)}`;
}

function formatError(err, constructor, tag, ctx, keys) {
  let stack;
  try {
    stack = getStackString(ctx, err);
  } catch {
    return objectToString(err);
  }

  let message;
  let name;
  let messageThrew = false;
  let nameThrew = false;
  try {
    message = err.message;
  } catch {
    messageThrew = true;
  }
  try {
    name = err.name;
  } catch {
    nameThrew = true;
  }

  if (!ctx.showHidden && keys.length !== 0) {
    const stackIndex = keys.indexOf('stack');
    if (stackIndex !== -1) keys.splice(stackIndex, 1);
    // `message` and `name` are only hidden when the stack already shows them.
    if (!messageThrew) {
      const index = keys.indexOf('message');
      if (index !== -1 && (typeof message !== 'string' || stack.includes(message))) {
        keys.splice(index, 1);
      }
    }
    if (!nameThrew) {
      const index = keys.indexOf('name');
      if (index !== -1 && (typeof name !== 'string' || stack.includes(name))) {
        keys.splice(index, 1);
      }
    }
  }
  name ??= 'Error';

  if (hasOwn(err, 'cause') && (keys.length === 0 || !keys.includes('cause'))) {
    keys.push('cause');
  }
  try {
    const aggregated = err.errors;
    if (isArray(aggregated) && hasOwn(err, 'errors') &&
        (keys.length === 0 || !keys.includes('errors'))) {
      keys.push('errors');
    }
  } catch {
    // A throwing `errors` getter is ignored.
  }

  stack = improveStack(stack, constructor, name, tag);

  // Find where the frames start, skipping the message (which may contain
  // lines that look like frames).
  let pos = (message && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += message.length;
  const framesStart = stack.indexOf('\n    at', pos);
  if (framesStart === -1) {
    stack = `[${stack}]`;
  } else {
    let result = stack.slice(0, framesStart);
    const lines = getStackFrames(ctx, err, stack.slice(framesStart + 1));
    if (ctx.colors) {
      const cwd = safeGetCWD();
      let cwdUrl;
      for (let line of lines) {
        if (coreFrameRegExp.exec(line) !== null) {
          result += `\n${ctx.stylize(line, 'undefined')}`;
          continue;
        }
        result += '\n';
        line = markNodeModules(ctx, line);
        if (cwd !== undefined) {
          let marked = markCwd(ctx, line, cwd);
          if (marked === line) {
            cwdUrl ??= pathToFileUrlHref(cwd);
            marked = markCwd(ctx, line, cwdUrl);
          }
          line = marked;
        }
        result += line;
      }
    } else {
      result += `\n${lines.join('\n')}`;
    }
    stack = result;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// Layout

// Arrange many short array entries into aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    // Leave the "... more items" entry out of the computation.
    outputLength--;
  }
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Group only if at least three entries fit on a line and the entries do not
  // vary wildly in length.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = sqrt(actualMax - totalLength / output.length);
    const biasedMax = max(actualMax - 3 - averageBias, 1);
    const columns = min(
      // Aim for a roughly square block of text.
      round(sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) {
      return output;
    }
    const grouped = [];
    const columnWidth = [];
    for (let col = 0; col < columns; col++) {
      let widest = 0;
      for (let j = col; j < output.length; j += columns) {
        if (dataLen[j] > widest) widest = dataLen[j];
      }
      columnWidth.push(widest + separatorSpace);
    }
    // Numbers are right aligned, everything else left aligned.
    let pad = padStart;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          pad = padEnd;
          break;
        }
      }
    }
    for (let i = 0; i < outputLength; i += columns) {
      const lineEnd = min(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < lineEnd - 1; j++) {
        // Account for invisible color codes in the padding width.
        const width = columnWidth[j - i] + output[j].length - dataLen[j];
        line += pad(`${output[j]}, `, width, ' ');
      }
      if (pad === padStart) {
        const width = columnWidth[j - i] + output[j].length - dataLen[j] - separatorSpace;
        line += padStart(output[j], width, ' ');
      } else {
        line += output[j];
      }
      grouped.push(line);
    }
    if (ctx.maxArrayLength < output.length) {
      grouped.push(output[outputLength]);
    }
    output = grouped;
  }
  return output;
}

function handleMaxCallStackSize(ctx, err, constructorName, indentationLvl) {
  ctx.seen.pop();
  ctx.indentationLvl = indentationLvl;
  return ctx.stylize(
    `[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
    'special',
  );
}

function isBelowBreakLength(ctx, output, start, base) {
  if (ctx.breakLength === Infinity) {
    if (base !== '' && base.includes('\n')) return false;
    for (const entry of output) {
      if (typeof entry === 'string' && entry.includes('\n')) return false;
    }
    return true;
  }
  // Every entry is followed by at least a comma (and usually a space).
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (const entry of output) {
    totalLength += ctx.colors ? removeColors(entry).length : entry.length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function joinEntries(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const last = output.length - 1;
    for (let i = 0; i < last; i++) {
      str += output[i];
      str += separator;
    }
    str += output[last];
  }
  return str;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Put the `ctx.compact` innermost levels on a single line when they
      // fit, unless the entries were grouped into columns.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = joinEntries(output, ', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ` +
      `${joinEntries(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact === true (or false-ish non numbers handled above): old style.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${joinEntries(output, ', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${joinEntries(output, `,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------
// Primitives

function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = `_${integerString.slice(i - 3, i)}${result}`;
  }
  return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(integerString) {
  let result = '';
  let i = 0;
  for (; i < integerString.length - 3; i += 3) {
    result += `${integerString.slice(i, i + 3)}_`;
  }
  return i === 0 ? integerString : `${result}${integerString.slice(i)}`;
}

const remainingText = (remaining) => `... ${remaining} more item${remaining > 1 ? 's' : ''}`;

function formatNumber(fn, number, numericSeparator) {
  if (Object.is(number, -0)) {
    return fn('-0', 'number');
  }
  if (!numericSeparator) {
    return fn(`${number}`, 'number');
  }
  const numberString = String(number);
  if (trunc(number) === number) {
    if (!Number.isFinite(number) || numberString.includes('e')) {
      return fn(numberString, 'number');
    }
    return fn(addNumericSeparator(numberString), 'number');
  }
  if (Number.isNaN(number) || numberString.includes('e')) {
    return fn(numberString, 'number');
  }
  const dot = numberString.indexOf('.');
  const integerPart = numberString.slice(0, dot);
  const fractionalPart = numberString.slice(dot + 1);
  return fn(`${addNumericSeparator(integerPart)}.${addNumericSeparatorEnd(fractionalPart)}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = String(bigint);
  if (!numericSeparator) {
    return fn(`${string}n`, 'bigint');
  }
  return fn(`${addNumericSeparator(string)}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    if (ctx.compact !== true &&
        value.length > kMinLineLength &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      // Long strings are split after each newline and joined with `+`.
      return value
        .split(/(?<=\n)/)
        .map((line) => fn(strEscape(line), 'string'))
        .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') {
    return formatNumber(fn, value, ctx.numericSeparator);
  }
  if (typeof value === 'bigint') {
    return formatBigInt(fn, value, ctx.numericSeparator);
  }
  if (typeof value === 'boolean') {
    return fn(`${value}`, 'boolean');
  }
  if (typeof value === 'undefined') {
    return fn('undefined', 'undefined');
  }
  return fn(symbolToString(value), 'symbol');
}

// ---------------------------------------------------------------------------
// Entry formatters

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(isNativeError(err) && err.name === 'ReferenceError')) throw err;
      // An uninitialized binding (TDZ): print the key with a marker.
      const stand = { [keys[i]]: '' };
      const formatted = formatProperty(ctx, stand, recurseTimes, keys[i], kObjectType);
      const space = formatted.lastIndexOf(' ');
      output[i] = formatted.slice(0, space + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  // The keys were consumed here; do not print them again.
  keys.length = 0;
  return output;
}

// Arrays with holes (or non-index keys interleaved): walk the own keys.
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = objectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const numeric = +key;
    if (numeric > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (arrayIndexKey.exec(key) === null) break;
      const holes = numeric - index;
      output.push(ctx.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      index = numeric;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

const hexDigits = '0123456789abcdef';

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = min(ctx.maxArrayLength, bytes.length);
  let str = '';
  for (let i = 0; i < shown; i++) {
    if (i !== 0) str += ' ';
    str += hexDigits[bytes[i] >> 4] + hexDigits[bytes[i] & 15];
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) {
    str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  }
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const valueLength = value.length;
  const len = min(max(0, ctx.maxArrayLength), valueLength);
  const remaining = valueLength - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    const desc = getOwnPropertyDescriptor(value, i);
    if (desc === undefined) {
      return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType, desc));
  }
  if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(value, length, ctx) {
  const shown = min(max(0, ctx.maxArrayLength), length);
  const remaining = value.length - shown;
  const output = new Array(shown);
  const formatElement = value.length > 0 && typeof value[0] === 'number' ?
    formatNumber : formatBigInt;
  for (let i = 0; i < shown; ++i) {
    output[i] = formatElement(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) {
    output[shown] = remainingText(remaining);
  }
  return output;
}

function formatSet(iterable, ctx, value, recurseTimes) {
  const length = value.size;
  const shown = min(max(0, ctx.maxArrayLength), length);
  const remaining = length - shown;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const entry of iterable) {
    if (i >= shown) break;
    output.push(formatValue(ctx, entry, recurseTimes));
    i++;
  }
  if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(iterable, ctx, value, recurseTimes) {
  const length = value.size;
  const shown = min(max(0, ctx.maxArrayLength), length);
  const remaining = length - shown;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: k, 1: v } of iterable) {
    if (i >= shown) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  ctx.indentationLvl -= 2;
  return output;
}

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = max(ctx.maxArrayLength, 0);
  const shown = min(maxArrayLength, entries.length);
  const output = new Array(shown);
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) {
    output[i] = formatValue(ctx, entries[i], recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (state === kWeak && !ctx.sorted) {
    // Weak collections have no stable order; sort for reproducible output.
    output.sort();
  }
  const remaining = entries.length - shown;
  if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = max(ctx.maxArrayLength, 0);
  // Entries come flat: [key1, value1, key2, value2, ...].
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const shown = min(maxArrayLength, len);
  const output = new Array(shown);
  ctx.indentationLvl += 2;
  if (state === kWeak) {
    for (let i = 0; i < shown; i++) {
      const pos = i * 2;
      output[i] = `${formatValue(ctx, entries[pos], recurseTimes)} => ` +
        formatValue(ctx, entries[pos + 1], recurseTimes);
    }
    if (!ctx.sorted) output.sort();
  } else {
    for (let i = 0; i < shown; i++) {
      const pos = i * 2;
      const pair = [
        formatValue(ctx, entries[pos], recurseTimes),
        formatValue(ctx, entries[pos + 1], recurseTimes),
      ];
      output[i] = reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  return formatSetIterInner(ctx, recurseTimes, previewEntries(value), kWeak);
}

function formatWeakMap(ctx, value, recurseTimes) {
  return formatMapIterInner(ctx, recurseTimes, previewEntries(value), kWeak);
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const { 0: entries, 1: isKeyValue } = previewEntries(value, true);
  if (isKeyValue) {
    // Entry iterators are labelled as such.
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

function formatPromise(ctx, value, recurseTimes) {
  const { 0: state, 1: result } = getPromiseDetails(value);
  if (state === kPending) {
    return [ctx.stylize('<pending>', 'special')];
  }
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === kRejected ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatExtraProperty(ctx, value, recurseTimes, key, typedArray) {
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, value[key], recurseTimes, typedArray);
  ctx.indentationLvl -= 2;
  return `${ctx.stylize(`[${key}]`, 'string')}: ${str}`;
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc ??= getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      ctx.indentationLvl += 2;
      try {
        const tmp = desc.get.call(original);
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object' || typeof tmp === 'function') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, tmp, ctx)}${s(']', sp)}`;
        }
      } catch (err) {
        const message = `<Inspection threw (${formatValue(ctx, err, recurseTimes)})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
      ctx.indentationLvl -= 2;
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) {
    return str;
  }
  if (typeof key === 'symbol') {
    name = ctx.stylize(symbolToString(key).replace(escapeNeededAllG, escapeCodeUnit), 'symbol');
  } else if (identifierKey.exec(key) !== null) {
    name = key === '__proto__' ? "['__proto__']" : ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  if (desc.enumerable === false) {
    name = `[${name}]`;
  }
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------
// format()

function returnFalse() {
  return false;
}

// Whether `%s` should inspect the value: true when its toString (or
// Symbol.toPrimitive) comes from a built-in prototype rather than user code.
function hasBuiltInToString(value) {
  const target = getProxyDetails(value, false);
  if (target !== undefined) {
    if (target === null) return true;
    value = target;
  }

  let ownToString = hasOwn;
  let ownToPrimitive = hasOwn;

  if (typeof value.toString !== 'function') {
    if (typeof value[Symbol.toPrimitive] !== 'function') {
      return true;
    } else if (hasOwn(value, Symbol.toPrimitive)) {
      return false;
    }
    ownToString = returnFalse;
  } else if (hasOwn(value, 'toString')) {
    return false;
  } else if (typeof value[Symbol.toPrimitive] !== 'function') {
    ownToPrimitive = returnFalse;
  } else if (hasOwn(value, Symbol.toPrimitive)) {
    return false;
  }

  let pointer = value;
  do {
    pointer = getPrototypeOf(pointer);
  } while (!ownToString(pointer, 'toString') && !ownToPrimitive(pointer, Symbol.toPrimitive));

  const descriptor = getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    builtInObjects.has(descriptor.value.name);
}

const firstErrorLine = (error) => error.message.split('\n', 1)[0];
let circularErrorMessage;
function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (!circularErrorMessage) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function formatNumberNoColor(number, options) {
  return formatNumber(stylizeNoColor, number,
                      options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function formatBigIntNoColor(bigint, options) {
  return formatBigInt(stylizeNoColor, bigint,
                      options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('inspectOptions', 'Object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) {
      return first;
    }
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') {
              tempStr = formatNumberNoColor(arg, inspectOptions);
            } else if (typeof arg === 'bigint') {
              tempStr = formatBigIntNoColor(arg, inspectOptions);
            } else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
              tempStr = String(arg);
            } else {
              tempStr = inspect(arg, { ...inspectOptions, compact: 3, colors: false, depth: 0 });
            }
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const arg = args[++a];
            if (typeof arg === 'bigint') {
              tempStr = formatBigIntNoColor(arg, inspectOptions);
            } else if (typeof arg === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumberNoColor(Number(arg), inspectOptions);
            }
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], {
              ...inspectOptions,
              showHidden: true,
              showProxy: true,
              depth: 4,
            });
            break;
          case 105: { // 'i'
            const arg = args[++a];
            if (typeof arg === 'bigint') {
              tempStr = formatBigIntNoColor(arg, inspectOptions);
            } else if (typeof arg === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumberNoColor(Number.parseInt(arg), inspectOptions);
            }
            break;
          }
          case 102: { // 'f'
            const arg = args[++a];
            if (typeof arg === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumberNoColor(Number.parseFloat(arg), inspectOptions);
            }
            break;
          }
          case 99: // 'c'
            a += 1;
            tempStr = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default: // Not a placeholder.
            continue;
        }
        if (lastPos !== i - 1) {
          str += first.slice(lastPos, i - 1);
        }
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) {
        str += first.slice(lastPos);
      }
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

// ---------------------------------------------------------------------------
// Display width

function isZeroWidthCodePoint(code) {
  return code <= 0x1F ||
    (code >= 0x7F && code <= 0x9F) ||
    (code >= 0x300 && code <= 0x36F) ||
    (code >= 0x200B && code <= 0x200F) ||
    (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) ||
    (code >= 0xFE20 && code <= 0xFE2F) ||
    (code >= 0xE0100 && code <= 0xE01EF);
}

// Code points shown two columns wide: East Asian Wide/Fullwidth plus emoji
// with emoji presentation (Unicode 17). Encoded as comma separated base-36
// `start` or `start-length` (range start..start+length).
const wideRangesEncoded =
  '3cw-2n,6xm-1,6y1-1,73d-3,73k,73n,7i5-1,7is-1,7jk-7,7k8-b,7lr,7m2-5,7mb,' +
  '7mp,7my-1,7nh-1,7no-1,7ny,7o4,7oq,7oy-1,7p1,7p6,7p9,7ph,7pm-1,7qg,7rg,7ri,' +
  '7rn-2,7rr,7th-2,7u8,7un,8ij-1,8k0,8k5,96o-p,97f-2g,9a8-5x,9gw-26,9j5-2d,' +
  '9ll-2u,9ol-16,9pt-2l,9sg-2d,9v3-1b,9wg-13,9xs-mkc,wi8-1i,xgg-s,xz4-8mb,' +
  '1d6o-e7,1e6o-9,1e7k-y,1e8k-i,1e94-3,1edd-2n,1ejk-6,20o0-4,20og-6,20ow-5p1,' +
  '26f3-v,26io-36,2dbk-3,2dbp-6,2dbx-1,2dc0-82,2dki,2dlc-2,2dlh,2dlw-3,' +
  '2dm8-az,2jxa-1,2jzv-1,2k8w-2e,2kbk-m,2pz8,2q4v,2qa6,2qa9-9,2qcm-s,2qds-17,' +
  '2qf4-8,2qfk-1,2qg0-5,2qkg-w,2qlp-8,2qlz-1x,2qny-l,2qow-16,2qq7-4,2qqo-g,' +
  '2qr8,2qrc-1y,2qtc,2qte-56,2qyn-1q,2r0r-3,2r0w-n,2r22,2r2t-1,2r38,2r5n-2c,' +
  '2r9c-1x,2rbg,2rbk-2,2rbp-3,2rbw-3,2rcb-1,2rck-8,2rj4-b,2rjk,2rrg-1a,' +
  '2rss-9,2rt3-54,2s1c-c,2s1s-a,2s26-1k,2s3s,2s3x-f,2s4f-b,2s4v-9,2t4w-1ekd,' +
  '47pc-1ekd';

let wideStarts;
let wideEnds;
function decodeWideRanges() {
  const entries = wideRangesEncoded.split(',');
  wideStarts = new Array(entries.length);
  wideEnds = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const [start, extent = '0'] = entries[i].split('-');
    wideStarts[i] = Number.parseInt(start, 36);
    wideEnds[i] = wideStarts[i] + Number.parseInt(extent, 36);
  }
}

function isWideCodePoint(code) {
  if (wideStarts === undefined) decodeWideRanges();
  let lo = 0;
  let hi = wideStarts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (code < wideStarts[mid]) hi = mid - 1;
    else if (code > wideEnds[mid]) lo = mid + 1;
    else return true;
  }
  return false;
}

// Nonspacing/enclosing marks, format and control characters take no space.
let zeroWidthRegExp;
try {
  zeroWidthRegExp = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;
} catch {
  // Without Unicode property escapes fall back to a small table.
}

function codePointWidth(char, code) {
  if (isWideCodePoint(code)) return 2;
  if (zeroWidthRegExp !== undefined) {
    return code !== 0xAD && zeroWidthRegExp.test(char) ? 0 : 1;
  }
  return isZeroWidthCodePoint(code) ? 0 : 1;
}

// Number of terminal columns needed to show `str`.
function getStringWidth(str, removeControlChars = true) {
  let width = 0;
  if (removeControlChars) {
    str = stripVTControlCharacters(str);
  }
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) {
      // Slow path for the non-ASCII rest.
      for (const char of str.slice(i).normalize('NFC')) {
        width += codePointWidth(char, char.codePointAt(0));
      }
      break;
    }
    width += code >= 32 ? 1 : 0;
  }
  return width;
}

// Matches ANSI escape sequences (after chalk/ansi-regex, MIT).
const ansiRegExp = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
  '[\\dA-PR-TZcf-nq-uy=><~]))', 'g',
);

function stripVTControlCharacters(str) {
  validators().validateString(str, 'str');
  if (str.indexOf('\u001B') === -1 && str.indexOf('\u009B') === -1) {
    return str;
  }
  return str.replace(ansiRegExp, '');
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  stripVTControlCharacters,
  getStringWidth,
  isZeroWidthCodePoint,
  identicalSequenceRange,
  isError,
  isStackOverflowError,
  stylizeWithColor,
  stylizeNoColor,
  strEscape,
  customInspectSymbol,
};
