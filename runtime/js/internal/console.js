'use strict';
// The Console class and the global console, writing to process.stdout/stderr through
// their streams (so a program that replaces stream.write sees console output too).

const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kCounts = Symbol('counts');
const kTimers = Symbol('timers');
const kStdout = Symbol('stdout');
const kStderr = Symbol('stderr');
const kColorMode = Symbol('colorMode');
const kInspectOptions = Symbol('inspectOptions');

function lazyInspect() {
  return require('internal/inspect');
}

class Console {
  constructor(options, stderr, ignoreErrors) {
    if (!new.target) return new Console(options, stderr, ignoreErrors);
    if (!options || typeof options.write === 'function') {
      options = { stdout: options, stderr, ignoreErrors };
    }
    const { stdout, stderr: errStream = stdout, colorMode = 'auto', inspectOptions, groupIndentation = 2 } = options;
    if (!stdout || typeof stdout.write !== 'function') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
    }
    this[kStdout] = stdout;
    this[kStderr] = errStream;
    initializeConsole(this, { colorMode, inspectOptions, groupIndentation });
  }
}

// A console's state, and its methods bound to it as own properties so they can be
// passed around (`const { log } = console`).
function initializeConsole(target, { colorMode, inspectOptions, groupIndentation }) {
  target[kColorMode] = colorMode;
  target[kInspectOptions] = inspectOptions;
  target[kGroupIndent] = '';
  target[kGroupIndentationWidth] = groupIndentation;
  target[kCounts] = new Map();
  target[kTimers] = new Map();
  for (const key of Object.getOwnPropertyNames(Console.prototype)) {
    if (key === 'constructor') continue;
    const method = Console.prototype[key].bind(target);
    Object.defineProperty(method, 'name', { value: key });
    Object.defineProperty(target, key, { value: method, writable: true, enumerable: true, configurable: true });
  }
}

function useColors(console, stream) {
  const mode = console[kColorMode];
  if (mode !== 'auto') return !!mode;
  return !!(stream && stream.isTTY && (typeof stream.hasColors === 'function' ? stream.hasColors() : false));
}

function formatArgs(console, stream, args) {
  const options = console[kInspectOptions];
  const { formatWithOptions } = lazyInspect();
  const opts = options ? { ...options } : {};
  if (opts.colors === undefined) opts.colors = useColors(console, stream);
  return formatWithOptions(opts, ...args);
}

function write(console, toStderr, text) {
  const stream = toStderr ? console[kStderr] : console[kStdout];
  const indent = console[kGroupIndent];
  if (indent.length !== 0) {
    if (text.includes('\n')) text = text.replace(/\n/g, `\n${indent}`);
    text = indent + text;
  }
  text += '\n';
  try {
    stream.write(text);
  } catch (error) {
    // Like Node, a failed console write (a closed pipe) is not the program's problem.
    if (error === null || typeof error !== 'object' || error.code !== 'EPIPE') throw error;
  }
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const pad = (n, digits) => String(n).padStart(digits, '0');
    const [secs, frac] = seconds.toFixed(3).split('.');
    return `${hours !== 0 ? `${hours}:${pad(minutes, 2)}` : minutes}:${pad(secs, 2)}.${frac} (${hours !== 0 ? 'h:mm' : 'm'}:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function nowMs() {
  return Number(internals.hrtimeNs()) / 1e6;
}

Object.assign(Console.prototype, {
  log(...args) {
    write(this, false, formatArgs(this, this[kStdout], args));
  },
  warn(...args) {
    write(this, true, formatArgs(this, this[kStderr], args));
  },
  dir(object, options) {
    const { inspect } = lazyInspect();
    write(this, false, inspect(object, {
      customInspect: false,
      ...this[kInspectOptions],
      colors: useColors(this, this[kStdout]),
      ...options,
    }));
  },
  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, nowMs());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label, [])) this[kTimers].delete(label);
  },
  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },
  trace(...args) {
    const error = { name: 'Trace', message: formatArgs(this, this[kStderr], args) };
    Error.captureStackTrace(error, this.trace);
    this.error(error.stack);
  },
  assert(expression, ...args) {
    if (!expression) {
      if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
      else args.unshift('Assertion failed');
      this.warn(...args);
    }
  },
  clear() {
    const stream = this[kStdout];
    if (stream.isTTY && process.env.TERM !== 'dumb') stream.write('\x1b[1;1H\x1b[0J');
  },
  count(label = 'default') {
    label = `${label}`;
    const count = (this[kCounts].get(label) || 0) + 1;
    this[kCounts].set(label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(label);
  },
  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },
  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },
  table(data, properties) {
    if (data === null || typeof data !== 'object') return this.log(data);
    write(this, false, require('internal/console_table').renderTable(data, properties, (v) => lazyInspect().inspect(v, {
      ...this[kInspectOptions], depth: 1, maxArrayLength: 3, breakLength: Infinity, colors: false,
    })));
  },
});
Console.prototype.info = Console.prototype.log;
Console.prototype.debug = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

function timeLogImpl(console, name, label, data) {
  const start = console[kTimers].get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const text = `${label}: ${formatTime(nowMs() - start)}`;
  if (data.length === 0) console.log(text);
  else console.log(text, ...data);
  return true;
}

let globalConsole;
// The global `console`, writing to process.stdout and process.stderr.
function createGlobalConsole() {
  if (globalConsole !== undefined) return globalConsole;
  const instance = Object.create({});
  // The global console's streams are looked up on each write, so replacing
  // process.stdout.write is seen.
  Object.defineProperty(instance, kStdout, { get: () => process.stdout, configurable: true });
  Object.defineProperty(instance, kStderr, { get: () => process.stderr, configurable: true });
  initializeConsole(instance, { colorMode: 'auto', inspectOptions: undefined, groupIndentation: 2 });
  instance.Console = Console;
  globalConsole = instance;
  return instance;
}

module.exports = { Console, globalConsole: createGlobalConsole, formatTime };
