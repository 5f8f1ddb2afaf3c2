'use strict';
// setTimeout, setInterval and setImmediate, with Node's observable behaviour.
//
// Timers with the same duration share a list ordered by start time; the lists sit in
// a priority queue by expiry. Only the earliest expiry is handed to the host (the
// timer actor, through internals.armTimer), which wakes the loop when it passes; the
// loop's timers phase then calls runTimers(now). Immediates are a queue run in the
// check phase; those queued while it runs wait for the next turn.

const L = require('internal/linkedlist');
const { PriorityQueue } = require('internal/priority_queue');
const { runNextTicks, processTicksAndRejections, hasTickScheduled } = require('internal/task_queues');
const {
  counters, IMMEDIATES, REFED_IMMEDIATES, REFED_TIMERS,
} = require('internal/loop_state');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');
// The async context frame a timer or immediate runs in: the one current when it was
// made. (A callback that throws leaves its frame for the uncaught-exception handlers.)
const kAsyncContextFrame = Symbol('kAsyncContextFrame');
const { current: getAsyncContextFrame, set: setAsyncContextFrame } = require('internal/async_context_frame');

let nextAsyncId = 1;
let timerListId = Number.MIN_SAFE_INTEGER;
const timerListMap = { __proto__: null };
const knownTimersById = { __proto__: null };
const timerListQueue = new PriorityQueue(compareTimersLists, setPosition);
let nextExpiry = Infinity;

function compareTimersLists(a, b) {
  const expiryDiff = a.expiry - b.expiry;
  if (expiryDiff === 0) {
    if (a.id < b.id) return -1;
    if (a.id > b.id) return 1;
  }
  return expiryDiff;
}

function setPosition(node, pos) {
  node.priorityQueuePosition = pos;
}

// Like Node's getLibuvNow(): the loop clock, refreshed first.
function getLoopNow() {
  return internals.updateLoopNow();
}

function incRefCount() {
  counters[REFED_TIMERS]++;
}

function decRefCount() {
  counters[REFED_TIMERS]--;
}

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
}

function TimersList(expiry, msecs) {
  this._idleNext = this;
  this._idlePrev = this;
  this.expiry = expiry;
  this.id = timerListId++;
  this.msecs = msecs;
  this.priorityQueuePosition = null;
}

// Node 24 warns once per session about negative and non-numeric delays.
let warnedNegativeNumber = false;
let warnedNotNumber = false;

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    if (after === undefined) after = 1;
    else after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(
          `${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
          'TimeoutOverflowWarning',
        );
      } else if (after < 0 && !warnedNegativeNumber) {
        warnedNegativeNumber = true;
        process.emitWarning(`${after} is a negative number.\nTimeout duration was set to 1.`, 'TimeoutNegativeWarning');
      } else if (Number.isNaN(after) && !warnedNotNumber) {
        warnedNotNumber = true;
        process.emitWarning(`${after} is not a number.\nTimeout duration was set to 1.`, 'TimeoutNaNWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = nextAsyncId++;
    this[triggerAsyncIdSymbol] = 1;
    this[kAsyncContextFrame] = getAsyncContextFrame();
  }

  refresh() {
    if (this[kRefed]) insertGuarded(this, true);
    else insertGuarded(this, false);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }
}

// (Re)inserts a timer, fixing up its ref count and destroyed state.
function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed) {
    item._destroyed = false;
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function insert(item, msecs, start = getLoopNow()) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    timerListQueue.insert(list);
    if (nextExpiry > expiry) {
      nextExpiry = expiry;
      internals.armTimer(expiry);
    }
  }
  L.append(list, item);
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  if (item[kRefed]) decRefCount();
  const list = timerListMap[item._idleTimeout];
  if (list !== undefined && item._idleNext === list && item._idlePrev === list) {
    // The list becomes empty: drop it.
    timerListQueue.removeAt(list.priorityQueuePosition);
    delete timerListMap[list.msecs];
    if (timerListQueue.size === 0) {
      nextExpiry = Infinity;
      internals.disarmTimer();
    }
  }
  L.remove(item);
  item._idleTimeout = -1;
}

function setTimeout(callback, after, ...args) {
  validateCallback(callback);
  const timeout = new Timeout(callback, after, args.length > 0 ? args : undefined, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat, ...args) {
  validateCallback(callback);
  const timeout = new Timeout(callback, repeat, args.length > 0 ? args : undefined, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._onTimeout = null;
      unenroll(timerInstance);
    }
  }
}

// The timers phase: runs every list whose expiry has passed, then re-arms the host
// timer for the next expiry. Returns normally, or throws the first exception a
// callback threw (the loop reports it and calls again for the rest).
function processTimers(now) {
  nextExpiry = Infinity;
  let list;
  let ranAtLeastOneList = false;
  while ((list = timerListQueue.peek()) != null) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      internals.armTimer(nextExpiry);
      return;
    }
    if (ranAtLeastOneList) runNextTicks();
    else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  internals.disarmTimer();
}

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = L.peek(list)) != null) {
    const diff = now - timer._idleStart;
    if (diff < msecs) {
      // Not yet: this list's next timer decides its new place in the queue.
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      timerListQueue.percolateDown(1);
      return;
    }
    if (ranAtLeastOneTimer) runNextTicks();
    else ranAtLeastOneTimer = true;

    L.remove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) decRefCount();
      }
      continue;
    }
    let start;
    if (timer._repeat) start = getLoopNow();
    const priorFrame = getAsyncContextFrame();
    setAsyncContextFrame(timer[kAsyncContextFrame]);
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
      setAsyncContextFrame(priorFrame);
    } finally {
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
        timer._destroyed = true;
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
        if (timer[kRefed]) decRefCount();
      }
    }
  }
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    timerListQueue.shift();
  }
}

function runTimers(now) {
  processTimers(now);
  processTicksAndRejections();
}

// ---- Immediates ----

class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }
  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

const immediateQueue = new ImmediateList();
// Immediates of a check phase interrupted by an exception, resumed next time.
const outstandingQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[asyncIdSymbol] = nextAsyncId++;
    this[triggerAsyncIdSymbol] = 1;
    this[kAsyncContextFrame] = getAsyncContextFrame();
    this.ref();
    counters[IMMEDIATES]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      counters[REFED_IMMEDIATES]++;
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      counters[REFED_IMMEDIATES]--;
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function setImmediate(callback, ...args) {
  validateCallback(callback);
  return new Immediate(callback, args.length > 0 ? args : undefined);
}

function clearImmediate(immediate) {
  // Only immediates: a Timeout passed here is left alone.
  if (!(immediate instanceof Immediate) || immediate._destroyed) return;
  counters[IMMEDIATES]--;
  immediate._destroyed = true;
  if (immediate[kRefed]) counters[REFED_IMMEDIATES]--;
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
}

// The check phase: runs the immediates queued before it began.
function processImmediate() {
  const queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  let immediate = queue.head;
  if (queue !== outstandingQueue) {
    queue.head = queue.tail = null;
  }
  let prevImmediate;
  let ranAtLeastOneImmediate = false;
  while (immediate !== null) {
    if (ranAtLeastOneImmediate) runNextTicks();
    else ranAtLeastOneImmediate = true;
    if (immediate._destroyed) {
      outstandingQueue.head = immediate = prevImmediate._idleNext;
      continue;
    }
    immediate._destroyed = true;
    counters[IMMEDIATES]--;
    if (immediate[kRefed]) counters[REFED_IMMEDIATES]--;
    immediate[kRefed] = null;
    prevImmediate = immediate;
    const priorFrame = getAsyncContextFrame();
    setAsyncContextFrame(immediate[kAsyncContextFrame]);
    try {
      const argv = immediate._argv;
      if (!argv) immediate._onImmediate();
      else immediate._onImmediate(...argv);
      setAsyncContextFrame(priorFrame);
    } finally {
      immediate._onImmediate = null;
      outstandingQueue.head = immediate = immediate._idleNext;
    }
  }
  if (queue === outstandingQueue) outstandingQueue.head = null;
}

function runImmediates() {
  // Ticks left behind by an exception that was handled run before the immediates —
  // unless an immediate threw: then the rest of its batch comes first, and the
  // ticks it left wait for the next immediate, as in Node.
  if (outstandingQueue.head === null && hasTickScheduled()) processTicksAndRejections();
  processImmediate();
  processTicksAndRejections();
}

// util.promisify(setTimeout) and util.promisify(setImmediate) are the
// timers/promises functions, as in Node.
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    __proto__: null,
    enumerable: true,
    get() {
      return require('timers/promises')[name];
    },
  });
}

module.exports = {
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval: clearTimeout,
  setImmediate,
  clearImmediate,
  runTimers,
  runImmediates,
  Timeout,
  Immediate,
  insert,
  unenroll,
  kRefed,
  TIMEOUT_MAX,
};
