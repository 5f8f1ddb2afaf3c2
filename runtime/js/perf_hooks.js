'use strict';

// Node's `perf_hooks`: the User Timing API (mark / measure / getEntries and
// PerformanceObserver for 'mark', 'measure' and 'function' entries),
// histograms, timerify and eventLoopUtilization. `performance` is the
// session's global performance object (internal/performance.js); the User
// Timing methods are added to its Performance.prototype when this module loads
// (the `performance` global loads it). monitorEventLoopDelay() returns a
// histogram that records no samples (the loop's delays are not measured).

const { codes } = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');

const {
  performance,
  Performance,
  eventLoopUtilization,
  now,
} = require('internal/performance');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

const kEntry = Symbol('kEntry');

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;
  #detail;

  constructor(key, name, type, start, duration, detail) {
    if (key !== kEntry) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
    this.#detail = detail;
  }

  get name() {
    return this.#name;
  }

  get entryType() {
    return this.#type;
  }

  get startTime() {
    return this.#start;
  }

  get duration() {
    return this.#duration;
  }

  get detail() {
    return this.#detail;
  }

  toJSON() {
    return {
      name: this.#name,
      entryType: this.#type,
      startTime: this.#start,
      duration: this.#duration,
      detail: this.#detail,
    };
  }

  [customInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

function cloneDetail(detail) {
  if (detail == null) return null;
  return typeof globalThis.structuredClone === 'function' ? globalThis.structuredClone(detail) : detail;
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options != null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    if (typeof startTime !== 'number' || startTime < 0) {
      throw new codes.ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    }
    super(kEntry, name, 'mark', startTime, 0, cloneDetail(options?.detail));
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(key, name, start, duration, detail) {
    if (key !== kEntry) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    super(kEntry, name, 'measure', start, duration, detail);
  }
}

for (const Class of [PerformanceMark, PerformanceMeasure]) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, {
    __proto__: null,
    value: Class.name, writable: false, enumerable: false, configurable: true,
  });
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }
}

const marks = [];
const measures = [];
const functions = [];

// ---------------------------------------------------------------------------
// Observers

const supportedEntryTypes = Object.freeze(['function', 'mark', 'measure']);
const observers = new Set();
let deliveryScheduled = false;

class PerformanceObserverEntryList {
  #entries;

  constructor(key, entries) {
    if (key !== kEntry) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = entries.slice().sort((a, b) => a.startTime - b.startTime);
  }

  getEntries() {
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    type = `${type}`;
    return this.#entries.filter((e) => e.entryType === type);
  }

  getEntriesByName(name, type) {
    name = `${name}`;
    return this.#entries.filter((e) => e.name === name && (type === undefined || e.entryType === `${type}`));
  }
}

class PerformanceObserver {
  #callback;
  #types = new Set();
  #buffer = [];

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw new codes.ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes !== undefined && type !== undefined) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    this.#types.clear();
    for (const t of entryTypes ?? [type]) {
      if (supportedEntryTypes.includes(t)) this.#types.add(t);
    }
    if (this.#types.size === 0) return;
    observers.add(this);
    if (buffered && type !== undefined) {
      for (const entry of bufferOf(type)) this.#buffer.push(entry);
      scheduleDelivery();
    }
  }

  disconnect() {
    observers.delete(this);
    this.#buffer = [];
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  _enqueue(entry) {
    if (this.#types.has(entry.entryType)) this.#buffer.push(entry);
  }

  _deliver() {
    if (this.#buffer.length === 0) return;
    const list = new PerformanceObserverEntryList(kEntry, this.takeRecords());
    this.#callback.call(this, list, this);
  }
}

function bufferOf(type) {
  if (type === 'mark') return marks;
  if (type === 'measure') return measures;
  if (type === 'function') return functions;
  return [];
}

function scheduleDelivery() {
  if (deliveryScheduled) return;
  deliveryScheduled = true;
  setImmediate(() => {
    deliveryScheduled = false;
    for (const observer of [...observers]) observer._deliver();
  });
}

function enqueue(entry) {
  if (observers.size === 0) return;
  for (const observer of observers) observer._enqueue(entry);
  scheduleDelivery();
}

// ---------------------------------------------------------------------------
// User Timing on the performance object

function mark(name, options) {
  const entry = new PerformanceMark(name, options);
  marks.push(entry);
  enqueue(entry);
  return entry;
}

function markTime(name) {
  for (let i = marks.length - 1; i >= 0; i--) {
    if (marks[i].name === name) return marks[i].startTime;
  }
  const message = `The "${name}" performance mark has not been set`;
  if (typeof globalThis.DOMException === 'function') throw new globalThis.DOMException(message, 'SyntaxError');
  throw new SyntaxError(message);
}

function resolveTime(value) {
  if (typeof value === 'number') {
    if (value < 0) throw new codes.ERR_PERFORMANCE_INVALID_TIMESTAMP(value);
    return value;
  }
  return markTime(`${value}`);
}

function measure(name, startOrOptions, endMark) {
  validateString(name, 'name');
  let start;
  let end;
  let detail = null;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    const { start: s, end: e, duration, detail: d } = startOrOptions;
    if (s !== undefined && e !== undefined && duration !== undefined) {
      throw new codes.ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('Must not have options.start, options.end, and options.duration specified');
    }
    end = e !== undefined ? resolveTime(e) : (s !== undefined && duration !== undefined ? resolveTime(s) + duration : now());
    start = s !== undefined ? resolveTime(s) : (duration !== undefined ? end - duration : 0);
    detail = cloneDetail(d);
  } else {
    start = startOrOptions !== undefined ? resolveTime(startOrOptions) : 0;
    end = endMark !== undefined ? resolveTime(endMark) : now();
  }
  const entry = new PerformanceMeasure(kEntry, name, start, end - start, detail);
  measures.push(entry);
  enqueue(entry);
  return entry;
}

function clearFrom(list, name) {
  if (name === undefined) {
    list.length = 0;
    return;
  }
  name = `${name}`;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i].name === name) list.splice(i, 1);
  }
}

function allEntries() {
  return [...marks, ...measures].sort((a, b) => a.startTime - b.startTime);
}

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const entry = new PerformanceEntry(kEntry, fn.name, 'function', start, now() - start, args);
    functions.push(entry);
    enqueue(entry);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { __proto__: null, configurable: true, value: fn.length },
    name: { __proto__: null, configurable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

const additions = {
  mark,
  measure,
  clearMarks(name) {
    clearFrom(marks, name);
  },
  clearMeasures(name) {
    clearFrom(measures, name);
  },
  clearResourceTimings() {},
  getEntries() {
    return allEntries();
  },
  getEntriesByName(name, type) {
    name = `${name}`;
    return allEntries().filter((e) => e.name === name && (type === undefined || e.entryType === `${type}`));
  },
  getEntriesByType(type) {
    type = `${type}`;
    return allEntries().filter((e) => e.entryType === type);
  },
  markResourceTiming() {},
  setResourceTimingBufferSize() {},
  timerify,
};
for (const [name, value] of Object.entries(additions)) {
  if (!(name in Performance.prototype)) {
    Object.defineProperty(Performance.prototype, name, { __proto__: null, value, writable: true, configurable: true, enumerable: true });
  }
}

// ---------------------------------------------------------------------------
// Histograms (exact: every sample is kept, in nanoseconds)

class Histogram {
  #values = [];
  #exceeds = 0;
  #lowest;
  #highest;

  constructor(lowest = 1, highest = Number.MAX_SAFE_INTEGER) {
    this.#lowest = lowest;
    this.#highest = highest;
  }

  _samples() {
    return this.#values.slice();
  }

  _add(value) {
    if (value > this.#highest) {
      this.#exceeds++;
      return;
    }
    this.#values.push(value);
  }

  get count() {
    return this.#values.length;
  }

  get countBigInt() {
    return BigInt(this.count);
  }

  get min() {
    return this.#values.length ? Math.min(...this.#values) : 9223372036854776000;
  }

  get minBigInt() {
    return this.#values.length ? BigInt(this.min) : 9223372036854775807n;
  }

  get max() {
    return this.#values.length ? Math.max(...this.#values) : 0;
  }

  get maxBigInt() {
    return BigInt(this.max);
  }

  get mean() {
    if (!this.#values.length) return NaN;
    return this.#values.reduce((a, b) => a + b, 0) / this.#values.length;
  }

  get stddev() {
    if (!this.#values.length) return NaN;
    const mean = this.mean;
    return Math.sqrt(this.#values.reduce((a, v) => a + (v - mean) ** 2, 0) / this.#values.length);
  }

  get exceeds() {
    return this.#exceeds;
  }

  get exceedsBigInt() {
    return BigInt(this.#exceeds);
  }

  percentile(percentile) {
    if (typeof percentile !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('percentile', 'number', percentile);
    if (!(percentile > 0 && percentile <= 100)) {
      throw new codes.ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    if (!this.#values.length) return 0;
    const sorted = this.#values.slice().sort((a, b) => a - b);
    const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((percentile / 100) * sorted.length) - 1));
    return sorted[index];
  }

  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }

  get percentiles() {
    const result = new Map();
    if (!this.#values.length) {
      result.set(100, 0);
      return result;
    }
    for (const p of [0, 50, 75, 87.5, 93.75, 96.875, 98.4375, 99.21875, 100]) {
      result.set(p, p === 0 ? this.min : this.percentile(p));
    }
    return result;
  }

  get percentilesBigInt() {
    const result = new Map();
    for (const [p, v] of this.percentiles) result.set(p, BigInt(v));
    return result;
  }

  reset() {
    this.#values = [];
    this.#exceeds = 0;
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }
}

class RecordableHistogram extends Histogram {
  #previous;

  record(value) {
    if (typeof value === 'bigint') {
      if (value < 1n) throw new codes.ERR_OUT_OF_RANGE('val', '>= 1', value);
      value = Number(value);
    } else {
      require('internal/validators').validateInteger(value, 'val', 1);
    }
    this._add(value);
  }

  recordDelta() {
    const current = Number(internals.hrtimeNs());
    if (this.#previous !== undefined) this._add(Math.max(1, current - this.#previous));
    this.#previous = current;
  }

  add(other) {
    if (!(other instanceof Histogram)) throw new codes.ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    for (const value of other._samples()) this._add(value);
  }
}

class IntervalHistogram extends Histogram {
  #enabled = false;

  enable() {
    const was = this.#enabled;
    this.#enabled = true;
    return !was;
  }

  disable() {
    const was = this.#enabled;
    this.#enabled = false;
    return was;
  }

  [Symbol.dispose]() {
    this.disable();
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER } = options;
  return new RecordableHistogram(Number(lowest), Number(highest));
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  return new IntervalHistogram();
}

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_MINOR_MARK_SWEEP: 2,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  eventLoopUtilization,
  timerify,
  createHistogram,
  performance,
  constants,
};
