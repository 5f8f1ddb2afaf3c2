'use strict';
// The `spec` reporter: turns the runner's events ({ type, data }) into the text
// Node prints — one line per test (`✔ name (1.2ms)`, `✖`, `﹣ ... # SKIP`,
// `⚠ ... # TODO` for a failing todo), `▶ name` above the first result of a test
// that has subtests, `ℹ` diagnostics, and at the end the list of failing tests
// with their errors and where each test was declared.

const { relative } = require('path');
const colors = require('internal/util/colors');

const symbols = {
  pass: '\u2714 ',
  fail: '\u2716 ',
  diagnostic: '\u2139 ',
  parent: '\u25B6 ',
  skip: '\uFE63 ',
  warning: '\u26A0 ',
};

function indentFor(nesting) {
  return '  '.repeat(nesting);
}

// The error as the reporter shows it: a test failure shows what caused it.
function formatError(error, indent, inspectOptions) {
  const shown = error?.code === 'ERR_TEST_FAILURE' ? error.cause : error;
  const { inspect } = require('internal/inspect');
  let text;
  try {
    text = inspect(shown, inspectOptions);
  } catch {
    text = inspect(shown, { ...inspectOptions, customInspect: false });
  }
  return `\n${indent}  ${text.split(/\r?\n/).join(`\n${indent}  `)}\n`;
}

class SpecFormatter {
  #pendingStarts = [];
  #failedTests = [];
  #cwd = process.cwd();
  #inspectOptions;

  constructor() {
    colors.refresh();
    this.#inspectOptions = { colors: colors.shouldColorize(process.stdout), breakLength: Infinity };
  }

  // The text for one event ('' when it prints nothing).
  format(type, data) {
    switch (type) {
      case 'test:start':
        this.#pendingStarts.push(data);
        return '';
      case 'test:pass':
      case 'test:fail':
        if (type === 'test:fail' && data.details?.error?.failureType !== 'subtestsFailed') {
          this.#failedTests.push(data);
        }
        return this.#formatResult(type, data);
      case 'test:diagnostic':
        return `${colors.blue}${indentFor(data.nesting)}${symbols.diagnostic}${data.message}${colors.white}\n`;
      case 'test:summary':
        return data.file === undefined ? this.failingTests() : '';
      default:
        return '';
    }
  }

  // `▶ parent` for each test started but not yet shown, then the result line.
  #formatResult(type, data) {
    // The last pending start is this test's own.
    this.#pendingStarts.pop();
    let prefix = '';
    for (const parent of this.#pendingStarts) {
      prefix += `${indentFor(parent.nesting)}${symbols.parent}${parent.name}\n`;
    }
    this.#pendingStarts = [];
    return `${this.#formatTest(type, data, false, prefix, indentFor(data.nesting))}\n`;
  }

  #formatTest(type, data, withError, prefix, indent) {
    let color = type === 'test:fail' ? colors.red : colors.green;
    let symbol = type === 'test:fail' ? symbols.fail : symbols.pass;
    const duration = data.details?.duration_ms ?
      ` ${colors.gray}(${data.details.duration_ms}ms)${colors.white}` :
      '';
    let title = `${data.name}${duration}`;
    if (data.skip !== undefined) {
      title += ` # ${typeof data.skip === 'string' && data.skip.length ? data.skip : 'SKIP'}`;
      color = colors.gray;
      symbol = symbols.skip;
    } else if (data.todo !== undefined) {
      title += ` # ${typeof data.todo === 'string' && data.todo.length ? data.todo : 'TODO'}`;
      if (type === 'test:fail') {
        color = colors.yellow;
        symbol = symbols.warning;
      }
    }
    const error = withError && data.details?.error ?
      formatError(data.details.error, indent, this.#inspectOptions) :
      '';
    return `${prefix}${indent}${color}${symbol}${title}${colors.white}${error}`;
  }

  // The closing list of failing tests, once.
  failingTests() {
    if (this.#failedTests.length === 0) return '';
    const lines = [`\n${colors.red}${symbols.fail}failing tests:${colors.white}\n`];
    for (const test of this.#failedTests) {
      if (test.file) {
        lines.push(`test at ${relative(this.#cwd, test.file)}:${test.line}:${test.column}`);
      }
      lines.push(this.#formatTest('test:fail', test, true, '', ''));
    }
    this.#failedTests = [];
    return lines.join('\n');
  }
}

module.exports = { SpecFormatter };
