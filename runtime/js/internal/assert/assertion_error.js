'use strict';

// assert.AssertionError, with Node 24's generated messages: the readable
// "+ actual - expected" diffs of strictEqual / deepStrictEqual /
// partialDeepStrictEqual, and the "Expected ... not to be ..." forms.

const { inspect } = require('internal/inspect');
const colors = require('internal/util/colors');
const { myersDiff, printMyersDiff, printSimpleMyersDiff } = require('internal/assert/myers_diff');

const headers = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

const kShortString = 12;
const kLongString = 512;
const diffOperators = new Set(['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual']);

function stackLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ? desc.writable : desc.set !== undefined;
}

function isError(value) {
  return internals.types.isNativeError(value) || value instanceof Error;
}

// A same-prototype copy of an error whose `stack` is not shown when inspected.
function copyError(source) {
  const copy = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(copy, 'message', { __proto__: null, value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let { cause } = source;
    if (isError(cause)) cause = copyError(cause);
    Object.defineProperty(copy, 'cause', { __proto__: null, value: cause });
  }
  return copy;
}

// Inspection independent of util.inspect.defaultOptions.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function bothObjects(actual, expected) {
  return (typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
    (typeof actual === 'function' && typeof expected === 'function');
}

// Two one-line values: "a !== b", or the two lines stacked with a caret under
// the first difference.
function simpleDiff(originalActual, actual, originalExpected, expected) {
  let length = actual.length + expected.length;
  if (typeof originalActual === 'string') length -= 2;
  if (typeof originalExpected === 'string') length -= 2;
  if (length <= kShortString && (originalActual !== 0 || originalExpected !== 0)) {
    return { message: `${actual} !== ${expected}`, header: '' };
  }
  const strings = typeof originalActual === 'string' && typeof originalExpected === 'string';
  if (strings && colors.hasColors) {
    const script = myersDiff(actual.split(''), expected.split(''));
    return {
      message: printSimpleMyersDiff(script),
      header: `${colors.green}actual${colors.white} ${colors.red}expected${colors.white}`,
    };
  }
  let message = `\n${colors.green}+${colors.white} ${actual}\n${colors.red}- ${colors.white}${expected}`;
  // The inspected forms are compared here, whatever the values' types.
  const width = process.stderr?.isTTY ? process.stderr.columns : 80;
  if (actual.length + expected.length <= width) {
    for (let i = 0; i < actual.length; i++) {
      if (actual[i] !== expected[i]) {
        // The first three characters (quote included) need no pointer.
        if (i >= 3) message += `\n${' '.repeat(i + 2)}^`;
        break;
      }
    }
  }
  return { message };
}

function createDiffMessage(actual, expected, operator, customMessage, diffMode = 'simple') {
  if (operator === 'strictEqual' && bothObjects(actual, expected)) operator = 'strictEqualObject';
  const inspectedActual = inspectValue(actual);
  const inspectedExpected = inspectValue(expected);
  const actualLines = inspectedActual.split('\n');
  const expectedLines = inspectedExpected.split('\n');
  let header = `${colors.green}+ actual${colors.white} ${colors.red}- expected${colors.white}`;
  let skipped = false;
  let body;

  const oneLine = actualLines.length === 1 && expectedLines.length === 1;
  if (oneLine && (typeof actual !== 'object' || actual === null || typeof expected !== 'object' || expected === null)) {
    const simple = simpleDiff(actual, actualLines[0], expected, expectedLines[0]);
    body = simple.message;
    if (simple.header !== undefined) header = simple.header;
  } else if (inspectedActual === inspectedExpected) {
    operator = 'notIdentical';
    if (actualLines.length > 50 && diffMode !== 'full') {
      body = `${actualLines.slice(0, 50).join('\n')}\n...}`;
      skipped = true;
    } else {
      body = actualLines.join('\n');
    }
    header = '';
  } else {
    const commaInsensitive = actual != null && typeof actual === 'object';
    const printed = printMyersDiff(myersDiff(actualLines, expectedLines, commaInsensitive), operator);
    body = printed.message;
    if (operator === 'partialDeepStrictEqual') {
      header = `${colors.gray}${colors.hasColors ? '' : '+ '}actual${colors.white} ${colors.red}- expected${colors.white}`;
    }
    if (printed.skipped) skipped = true;
  }
  const title = customMessage || headers[operator];
  return `${title}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${body}\n`;
}

// The "not equal" forms show a single value.
function notEqualMessage(actual, operator, diffMode) {
  let title = headers[operator];
  const lines = inspectValue(actual).split('\n');
  if (operator === 'notStrictEqual' &&
      ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
    title = headers.notStrictEqualObject;
  }
  if (lines.length > 50 && diffMode !== 'full') {
    lines[46] = `${colors.blue}...${colors.white}`;
    lines.length = 47;
  }
  if (lines.length === 1) return `${title}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${title}\n\n${lines.join('\n')}\n`;
}

function otherMessage(actual, expected, operator, diffMode) {
  let shownActual = inspectValue(actual);
  let shownExpected = inspectValue(expected);
  const title = headers[operator];
  if (operator === 'notDeepEqual' && shownActual === shownExpected) {
    let text = `${title}\n\n${shownActual}`;
    if (text.length > 1024 && diffMode !== 'full') text = `${text.slice(0, 1021)}...`;
    return text;
  }
  if (shownActual.length > kLongString && diffMode !== 'full') shownActual = `${shownActual.slice(0, 509)}...`;
  if (shownExpected.length > kLongString && diffMode !== 'full') shownExpected = `${shownExpected.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    shownActual = `${title}\n\n${shownActual}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequalTitle = headers[`${operator}Unequal`];
    if (unequalTitle) {
      shownActual = `${unequalTitle}\n\n${shownActual}\n\nshould not loosely deep-equal\n\n`;
    } else {
      shownExpected = ` ${operator} ${shownExpected}`;
    }
  }
  return `${shownActual}${shownExpected}`;
}

// Long strings are cut in the inspected form of the error.
function shorten(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (string.length > kLongString) return `${string.slice(kLongString)}...`;
  return string;
}

class AssertionError extends Error {
  constructor(options) {
    require('internal/validators').validateObject(options, 'options');
    const {
      message,
      operator,
      stackStartFn,
      details,
      stackStartFunction,
      diff = 'simple',
    } = options;
    let { actual, expected } = options;

    const writable = stackLimitWritable();
    const limit = Error.stackTraceLimit;
    if (writable) Error.stackTraceLimit = 0;

    let text;
    if (message != null) {
      text = diffOperators.has(operator) ?
        createDiffMessage(actual, expected, operator, message, diff) :
        String(message);
    } else {
      colors.refresh();
      if (typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null &&
          'stack' in actual && actual instanceof Error && 'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      if (diffOperators.has(operator)) {
        text = createDiffMessage(actual, expected, operator, message, diff);
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        text = notEqualMessage(actual, operator, diff);
      } else {
        text = otherMessage(actual, expected, operator, diff);
      }
    }
    super(text);

    if (writable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    // Render the stack now, while the name carries the code.
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
    this.diff = diff;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = shorten(this.actual);
    if (typeof this.expected === 'string') this.expected = shorten(this.expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return result;
  }
}

try {
  colors.refresh();
} catch {
  // No process yet (startup snapshot): refreshed on the first generated message.
}

module.exports = AssertionError;
