'use strict';
// The deprecated `domain` module, simplified: enough for the old packages that still
// use it. The active domain is an async context store (an internal
// AsyncLocalStorage), so callbacks scheduled inside a domain — timers, immediates,
// nextTick, promises, I/O — run with it as process.domain. An exception that reaches
// the top while a domain with 'error' listeners is active goes to that domain.
// EventEmitters made while a domain is active belong to it, and their unhandled
// 'error' events go to it as well. `_stack` holds the domains entered explicitly
// (enter(), run()); callbacks do not push onto it.

const EventEmitter = require('events');
const { AsyncLocalStorage } = require('async_hooks');
const { codes } = require('internal/errors');
const uncaught = require('internal/process/uncaught');

if (uncaught.hasCaptureCallback()) {
  throw new codes.ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();
}

// null before any domain was entered; undefined once the last one was left.
const activeDomain = new AsyncLocalStorage({ defaultValue: null });
const stack = [];

function getActive() {
  return activeDomain.getStore();
}

function setActive(domain) {
  activeDomain.enterWith(domain);
}

const activeDescriptor = {
  __proto__: null,
  get() {
    return getActive();
  },
  set(domain) {
    setActive(domain);
  },
  enumerable: true,
  configurable: true,
};
Object.defineProperty(process, 'domain', activeDescriptor);

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
  }

  // Handles an exception thrown while this domain was active. Returns whether a
  // listener took it.
  _errorHandler(error) {
    if ((typeof error === 'object' && error !== null) || typeof error === 'function') {
      Object.defineProperty(error, 'domain', {
        __proto__: null, configurable: true, enumerable: false, value: this, writable: true,
      });
      error.domainThrown = true;
    }
    // The handler runs outside this domain (so an exception it throws is not its own).
    const index = stack.lastIndexOf(this);
    if (index !== -1) stack.splice(index);
    if (getActive() === this) setActive(stack[stack.length - 1]);

    let caught = false;
    if (stack.length === 0) {
      if (this.listenerCount('error') > 0) caught = this.emit('error', error);
    } else {
      try {
        caught = this.emit('error', error);
      } catch (handlerError) {
        // The enclosing domain gets the error handler's exception.
        const parent = stack[stack.length - 1];
        setActive(parent);
        caught = parent._errorHandler(handlerError);
      }
    }
    // No domain stays entered past an uncaught exception.
    stack.length = 0;
    setActive(null);
    return caught;
  }

  enter() {
    stack.push(this);
    setActive(this);
  }

  // Leaves this domain and every domain entered inside it.
  exit() {
    const index = stack.lastIndexOf(this);
    if (index === -1) return;
    stack.splice(index);
    setActive(stack[stack.length - 1]);
  }

  add(emitter) {
    if (emitter.domain === this) return;
    if (emitter.domain) emitter.domain.remove(emitter);
    // A domain added to another one stops being a member of its parent.
    if (this.domain && emitter instanceof Domain) {
      for (let parent = this.domain; parent; parent = parent.domain) {
        if (parent === emitter) return;
      }
    }
    Object.defineProperty(emitter, 'domain', {
      __proto__: null, configurable: true, enumerable: false, value: this, writable: true,
    });
    this.members.push(emitter);
  }

  remove(emitter) {
    emitter.domain = null;
    const index = this.members.indexOf(emitter);
    if (index !== -1) this.members.splice(index, 1);
  }

  run(fn, ...args) {
    this.enter();
    const result = Reflect.apply(fn, this, args);
    this.exit();
    return result;
  }

  // `callback` run inside this domain; a first argument that is an error goes to
  // the domain's 'error' listeners instead.
  intercept(callback) {
    const domain = this;
    function intercepted(error, ...args) {
      if (error) {
        if (typeof error === 'object') {
          error.domainBound = callback;
          error.domainThrown = false;
          Object.defineProperty(error, 'domain', {
            __proto__: null, configurable: true, enumerable: false, value: domain, writable: true,
          });
        }
        domain.emit('error', error);
        return undefined;
      }
      domain.enter();
      const result = Reflect.apply(callback, this, args);
      domain.exit();
      return result;
    }
    intercepted.domain = this;
    return intercepted;
  }

  // `callback` run inside this domain.
  bind(callback) {
    const domain = this;
    function bound(...args) {
      domain.enter();
      const result = Reflect.apply(callback, this, args);
      domain.exit();
      return result;
    }
    bound.domain = this;
    return bound;
  }
}
Domain.prototype.members = undefined;

// Exceptions nobody caught go to the active domain first.
uncaught.setDomainErrorHandler((error) => {
  const domain = getActive();
  if (domain === null || domain === undefined || domain.listenerCount('error') === 0) return false;
  return domain._errorHandler(error);
});

// EventEmitters join the active domain; their unhandled 'error' events go to it,
// and their listeners run inside it.
EventEmitter.usingDomains = true;
const originalInit = EventEmitter.init;
EventEmitter.init = function init(options) {
  const domain = getActive();
  if (domain && !(this instanceof Domain)) {
    Object.defineProperty(this, 'domain', {
      __proto__: null, configurable: true, enumerable: false, value: domain, writable: true,
    });
  }
  return Reflect.apply(originalInit, this, [options]);
};

const originalEmit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function emit(type, ...args) {
  const domain = this.domain;
  if (domain === null || domain === undefined || this === process ||
      (type === 'error' && this.listenerCount('error') > 0)) {
    return Reflect.apply(originalEmit, this, [type, ...args]);
  }
  if (type === 'error') {
    const error = args.length > 0 && args[0] ? args[0] : new codes.ERR_UNHANDLED_ERROR();
    if (typeof error === 'object') {
      error.domainEmitter = this;
      Object.defineProperty(error, 'domain', {
        __proto__: null, configurable: true, enumerable: false, value: domain, writable: true,
      });
      error.domainThrown = false;
    }
    domain.emit('error', error);
    return false;
  }
  domain.enter();
  const result = Reflect.apply(originalEmit, this, [type, ...args]);
  domain.exit();
  return result;
};

function create() {
  return new Domain();
}

module.exports = {
  _stack: stack,
  Domain,
  createDomain: create,
  create,
};
Object.defineProperty(module.exports, 'active', activeDescriptor);
