'use strict';

// Line diffs for assertion messages: Myers' O(ND) algorithm (shortest edit
// script), printed as "+ actual" / "- expected" lines with long runs of
// unchanged lines collapsed.

const colors = require('internal/util/colors');

const INSERT = 1; // only in actual
const DELETE = -1; // only in expected
const SAME = 0;

// Unchanged lines shown at the start of a run before it is collapsed.
const kContextLines = 5;

// With `commaInsensitive`, 'x' and 'x,' count as the same line (the last
// entry of an object or array has no trailing comma).
function linesMatch(a, b, commaInsensitive) {
  if (a === b) return true;
  return commaInsensitive && (`${a},` === b || a === `${b},`);
}

// Returns the edit script from the end to the start: [operation, line] pairs.
function myersDiff(actual, expected, commaInsensitive = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  if (max > 2 ** 31 - 1) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_OUT_OF_RANGE('myersDiff input size', '< 2^31', max);
  }
  // furthest[k + max]: the furthest x reached on diagonal k = x - y.
  const furthest = new Int32Array(2 * max + 1);
  const history = [];
  for (let d = 0; d <= max; d++) {
    history.push(furthest.slice());
    for (let k = -d; k <= d; k += 2) {
      const i = k + max;
      let x;
      if (k === -d || (k !== d && furthest[i - 1] < furthest[i + 1])) {
        x = furthest[i + 1]; // step down: take a line of expected
      } else {
        x = furthest[i - 1] + 1; // step right: take a line of actual
      }
      let y = x - k;
      while (x < n && y < m && linesMatch(actual[x], expected[y], commaInsensitive)) {
        x++;
        y++;
      }
      furthest[i] = x;
      if (x >= n && y >= m) return walkBack(history, actual, expected, commaInsensitive);
    }
  }
  return [];
}

function walkBack(history, actual, expected, commaInsensitive) {
  const max = actual.length + expected.length;
  const script = [];
  let x = actual.length;
  let y = expected.length;
  for (let d = history.length - 1; d >= 0; d--) {
    const furthest = history[d];
    const k = x - y;
    const i = k + max;
    const prevK = (k === -d || (k !== d && furthest[i - 1] < furthest[i + 1])) ? k + 1 : k - 1;
    const prevX = furthest[prevK + max];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      const line = actual[x - 1];
      // Show the line with its comma when one side lacks it.
      script.push([SAME, commaInsensitive && !line.endsWith(',') ? expected[y - 1] : line]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) script.push([INSERT, actual[--x]]);
      else script.push([DELETE, expected[--y]]);
    }
  }
  return script;
}

// Characters run together, colored by side (used for short strings on a
// color terminal).
function printSimpleMyersDiff(script) {
  let out = '';
  for (let i = script.length - 1; i >= 0; i--) {
    const [op, value] = script[i];
    const color = op === INSERT ? colors.green : op === DELETE ? colors.red : colors.white;
    out += `${color}${value}${colors.white}`;
  }
  return `\n${out}`;
}

function printMyersDiff(script, operator) {
  let out = '';
  let skipped = false;
  let sameRun = 0;
  for (let i = script.length - 1; i >= 0; i--) {
    const [op, value] = script[i];
    const previous = i < script.length - 1 ? script[i + 1][0] : null;
    if (previous === SAME && op !== SAME) {
      // A run of unchanged lines ended: show its tail, collapsing the middle.
      if (sameRun === kContextLines + 1) {
        out += `${colors.white}  ${script[i + 1][1]}\n`;
      } else if (sameRun === kContextLines + 2) {
        out += `${colors.white}  ${script[i + 2][1]}\n`;
        out += `${colors.white}  ${script[i + 1][1]}\n`;
      } else if (sameRun > kContextLines + 2) {
        out += `${colors.blue}...${colors.white}\n`;
        out += `${colors.white}  ${script[i + 1][1]}\n`;
        skipped = true;
      }
      sameRun = 0;
    }
    if (op === INSERT) {
      if (operator === 'partialDeepStrictEqual') {
        out += `${colors.gray}${colors.hasColors ? ' ' : '+'} ${value}${colors.white}\n`;
      } else {
        out += `${colors.green}+${colors.white} ${value}\n`;
      }
    } else if (op === DELETE) {
      out += `${colors.red}-${colors.white} ${value}\n`;
    } else {
      if (sameRun < kContextLines) out += `${colors.white}  ${value}\n`;
      sameRun++;
    }
  }
  return { message: `\n${out.trimEnd()}`, skipped };
}

module.exports = { myersDiff, printMyersDiff, printSimpleMyersDiff, INSERT, DELETE, SAME };
