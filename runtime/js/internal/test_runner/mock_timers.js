'use strict';
// `mock.timers`: fake setTimeout / setInterval / setImmediate, Date,
// timers/promises' scheduler.wait and AbortSignal.timeout, driven by a virtual
// clock that only moves when the test calls tick(), runAll() or setTime().

const { codes } = require('internal/errors');
const { validateNumber, validateStringArray, validateUint32 } = require('internal/validators');

const TIMEOUT_MAX = 2 ** 31 - 1;
const SUPPORTED_APIS = ['setTimeout', 'setInterval', 'setImmediate', 'Date', 'scheduler.wait', 'AbortSignal.timeout'];

// A fake timer, shaped like Node's Timeout.
class FakeTimeout {
  #clear;

  constructor({ id, callback, runAt, interval, args, clear }) {
    this.id = id;
    this.callback = callback;
    this.runAt = runAt;
    this.interval = interval;
    this.args = args;
    this.#clear = clear;
  }

  hasRef() { return true; }
  ref() { return this; }
  unref() { return this; }
  refresh() { return this; }

  close() {
    this.#clear(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    return this.id;
  }

  [Symbol.dispose]() {
    this.#clear(this);
  }
}

class MockTimers {
  #apis = [];
  #enabled = false;
  #nextId = 1;
  #now = 0;
  #queue = [];

  // Sorted by due time, then creation order.
  #insert(timer) {
    let index = this.#queue.length;
    while (index > 0) {
      const other = this.#queue[index - 1];
      if (other.runAt < timer.runAt || (other.runAt === timer.runAt && other.id < timer.id)) break;
      index--;
    }
    this.#queue.splice(index, 0, timer);
  }

  #createTimer(isInterval, callback, delay, ...args) {
    if (delay > TIMEOUT_MAX) delay = 1;
    delay = Number(delay) || 0;
    const timer = new FakeTimeout({
      id: this.#nextId++,
      callback,
      runAt: this.#now + delay,
      interval: isInterval ? delay : undefined,
      args,
      clear: (t) => this.#clearTimer(t),
    });
    this.#insert(timer);
    return timer;
  }

  #clearTimer(timer) {
    if (typeof timer === 'number') timer = this.#queue.find((t) => t.id === timer);
    const index = this.#queue.indexOf(timer);
    if (index !== -1) this.#queue.splice(index, 1);
    if (timer instanceof FakeTimeout) timer.interval = undefined;
  }

  #setTimeout = (callback, delay, ...args) => this.#createTimer(false, callback, delay, ...args);
  #setInterval = (callback, delay, ...args) => this.#createTimer(true, callback, delay, ...args);
  // Immediates run before any timer due at the same time.
  #setImmediate = (callback, ...args) => this.#createTimer(false, callback, -1, ...args);
  #clear = (timer) => this.#clearTimer(timer);

  #promisified(timerFn, ms, result, options) {
    const signal = options?.signal;
    if (signal?.aborted) {
      return Promise.reject(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
    }
    return new Promise((resolve, reject) => {
      const timer = timerFn(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve(result);
      }, ms);
      const onAbort = () => {
        this.#clearTimer(timer);
        reject(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  // A Date whose clock is the virtual one: `new Date()` and `Date.now()` read it;
  // dates built from arguments and everything else are the real Date's.
  #createDate() {
    const RealDate = globalThis.Date;
    if (RealDate.isMock) throw new codes.ERR_INVALID_STATE('Date is already being mocked!');
    const timers = this;
    function MockDate(...args) {
      if (!new.target) return new RealDate(timers.#now).toString();
      return args.length === 0 ? new RealDate(timers.#now) : new RealDate(...args);
    }
    const { prototype, ...staticProperties } = Object.getOwnPropertyDescriptors(RealDate);
    Object.defineProperties(MockDate, staticProperties);
    MockDate.now = function now() {
      return timers.#now;
    };
    MockDate.toString = function toString() {
      return Function.prototype.toString.call(RealDate);
    };
    Object.defineProperty(MockDate, 'isMock', { __proto__: null, value: true, enumerable: true });
    MockDate.prototype = RealDate.prototype;
    return MockDate;
  }

  #replace(target, key, value) {
    this.#savedProperties.push([target, key, Object.getOwnPropertyDescriptor(target, key)]);
    Object.defineProperty(target, key, { __proto__: null, value, configurable: true, writable: true, enumerable: true });
  }

  #savedProperties = [];

  #fake(api) {
    const timers = require('timers');
    const timersPromises = require('timers/promises');
    switch (api) {
      case 'setTimeout':
        this.#replace(globalThis, 'setTimeout', this.#setTimeout);
        this.#replace(globalThis, 'clearTimeout', this.#clear);
        this.#replace(timers, 'setTimeout', this.#setTimeout);
        this.#replace(timers, 'clearTimeout', this.#clear);
        this.#replace(timersPromises, 'setTimeout',
                      (ms, result, options) => this.#promisified(this.#setTimeout, ms, result, options));
        break;
      case 'setInterval':
        this.#replace(globalThis, 'setInterval', this.#setInterval);
        this.#replace(globalThis, 'clearInterval', this.#clear);
        this.#replace(timers, 'setInterval', this.#setInterval);
        this.#replace(timers, 'clearInterval', this.#clear);
        break;
      case 'setImmediate':
        this.#replace(globalThis, 'setImmediate', this.#setImmediate);
        this.#replace(globalThis, 'clearImmediate', this.#clear);
        this.#replace(timers, 'setImmediate', this.#setImmediate);
        this.#replace(timers, 'clearImmediate', this.#clear);
        this.#replace(timersPromises, 'setImmediate',
                      (result, options) => this.#promisified(this.#setImmediate, -1, result, options));
        break;
      case 'Date':
        this.#replace(globalThis, 'Date', this.#createDate());
        break;
      case 'scheduler.wait':
        this.#replace(timersPromises.scheduler, 'wait',
                      (delay, options) => this.#promisified(this.#setTimeout, delay, undefined, options));
        break;
      case 'AbortSignal.timeout':
        this.#replace(AbortSignal, 'timeout', (delay) => {
          validateUint32(delay, 'delay', false);
          const controller = new AbortController();
          this.#setTimeout(() => controller.abort(), delay);
          return controller.signal;
        });
        break;
    }
  }

  #restoreAll() {
    for (const [target, key, descriptor] of this.#savedProperties.reverse()) {
      if (descriptor) {
        Object.defineProperty(target, key, descriptor);
      } else {
        delete target[key];
      }
    }
    this.#savedProperties = [];
  }

  #assertEnabled() {
    if (!this.#enabled) {
      throw new codes.ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable function');
    }
  }

  #assertTime(time) {
    if (time < 0) throw new codes.ERR_INVALID_ARG_VALUE('time', 'positive integer', time);
  }

  enable(options = { apis: SUPPORTED_APIS, now: 0 }) {
    const settings = { ...options };
    if (this.#enabled) throw new codes.ERR_INVALID_STATE('MockTimers is already enabled!');
    if (Number.isNaN(settings.now)) {
      throw new codes.ERR_INVALID_ARG_VALUE('now', settings.now,
                                            `epoch must be a positive integer received ${settings.now}`);
    }
    settings.now ||= 0;
    settings.apis ||= SUPPORTED_APIS;
    validateStringArray(settings.apis, 'options.apis');
    for (const api of settings.apis) {
      if (!SUPPORTED_APIS.includes(api)) {
        throw new codes.ERR_INVALID_ARG_VALUE('options.apis', api, `option ${api} is not supported`);
      }
    }
    if (settings.now instanceof Date || Object.prototype.toString.call(settings.now) === '[object Date]') {
      this.#now = Date.prototype.getTime.call(settings.now);
    } else {
      validateNumber(settings.now, 'initialTime');
      this.#assertTime(settings.now);
      this.#now = settings.now;
    }
    this.#apis = settings.apis;
    for (const api of this.#apis) this.#fake(api);
    this.#enabled = true;
  }

  tick(time = 1) {
    this.#assertEnabled();
    this.#assertTime(time);
    this.#now += time;
    while (this.#queue.length > 0 && this.#queue[0].runAt <= this.#now) {
      const timer = this.#queue.shift();
      Reflect.apply(timer.callback, undefined, timer.args);
      if (timer.interval !== undefined) {
        timer.runAt += timer.interval;
        this.#insert(timer);
      }
    }
  }

  runAll() {
    this.#assertEnabled();
    if (this.#queue.length === 0) return;
    const last = this.#queue[this.#queue.length - 1];
    this.tick(Math.max(last.runAt - this.#now, 0));
  }

  setTime(time = 0) {
    validateNumber(time, 'time');
    this.#assertTime(time);
    this.#assertEnabled();
    this.#now = time;
  }

  reset() {
    if (!this.#enabled) return;
    this.#restoreAll();
    this.#enabled = false;
    this.#apis = [];
    this.#now = 0;
    this.#queue = [];
  }

  [Symbol.dispose]() {
    this.reset();
  }
}

module.exports = { MockTimers };
