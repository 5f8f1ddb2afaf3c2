'use strict';
// The `performance` object: a monotonic clock from the session's start, an
// EventTarget (Node's Performance class), `nodeTiming` and
// eventLoopUtilization(). The User Timing methods (mark, measure, getEntries…)
// are added by perf_hooks, which the `performance` global loads.
//
// Loop milestones come from the event loop (internals.loopTiming()): when it
// started and ended, and how long it has been idle (blocked waiting for host
// events). Of the startup milestones, corral measures two: nodeStart, the session's
// start (its isolate is created at once, so v8Start is the same instant), and
// bootstrapComplete, when this module was first loaded — also reported as
// `environment`, which corral does not time on its own.

const { EventTarget } = require('internal/event_target');
const { codes } = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

function now() {
  return Number(internals.hrtimeNs()) / 1e6;
}

const timeOrigin = Date.now() - now();
const bootstrapComplete = now();

function loopTiming() {
  // (A binary built before the loopTiming binding reports no loop milestones.)
  const timing = typeof internals.loopTiming === 'function' ? internals.loopTiming() : [-1, 0, -1];
  const [loopStart, idleTime, loopExit] = timing;
  return { loopStart, idleTime, loopExit };
}

class PerformanceNodeTiming {
  constructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get name() {
    return 'node';
  }

  get entryType() {
    return 'node';
  }

  get startTime() {
    return 0;
  }

  get duration() {
    return now();
  }

  get nodeStart() {
    return 0;
  }

  get v8Start() {
    return 0;
  }

  get bootstrapComplete() {
    return bootstrapComplete;
  }

  get environment() {
    return bootstrapComplete;
  }

  get loopStart() {
    return loopTiming().loopStart;
  }

  get loopExit() {
    return loopTiming().loopExit;
  }

  get idleTime() {
    return loopTiming().idleTime;
  }

  get uvMetricsInfo() {
    return { loopCount: 0, events: 0, eventsWaiting: 0 };
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return 'PerformanceNodeTiming';
    return `PerformanceNodeTiming ${inspect(this.toJSON(), options)}`;
  }
}

const nodeTiming = Object.create(PerformanceNodeTiming.prototype);

// eventLoopUtilization([util1[, util2]]): idle and active milliseconds since the
// loop started (all zero before), or the difference between two such readings.
function eventLoopUtilization(util1, util2) {
  const { loopStart, idleTime } = loopTiming();
  if (loopStart < 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2 !== undefined) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const active = now() - loopStart - idleTime;
  if (util1 === undefined) return { idle: idleTime, active, utilization: active / (idleTime + active) };
  const idleDelta = idleTime - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

// The Performance class: not constructible; `performance` is its one instance.
function Performance() {
  throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
}
Object.setPrototypeOf(Performance, EventTarget);
Performance.prototype = Object.create(EventTarget.prototype, {
  constructor: { __proto__: null, value: Performance, writable: true, configurable: true },
  [Symbol.toStringTag]: { __proto__: null, value: 'Performance', configurable: true },
});
Object.defineProperties(Performance.prototype, {
  now: { __proto__: null, value: now, writable: true, enumerable: true, configurable: true },
  timeOrigin: { __proto__: null, get: () => timeOrigin, enumerable: true, configurable: true },
  nodeTiming: { __proto__: null, get: () => nodeTiming, enumerable: true, configurable: true },
  eventLoopUtilization: { __proto__: null, value: eventLoopUtilization, writable: true, enumerable: true, configurable: true },
  toJSON: {
    __proto__: null,
    value() {
      return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
    },
    writable: true,
    enumerable: true,
    configurable: true,
  },
  [customInspect]: {
    __proto__: null,
    value(depth, options, inspect) {
      if (depth < 0) return 'Performance';
      const fields = { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization };
      return `Performance ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
    },
    configurable: true,
  },
});

const performance = Reflect.construct(EventTarget, [], Performance);

module.exports = { performance, Performance, PerformanceNodeTiming, eventLoopUtilization, now };
