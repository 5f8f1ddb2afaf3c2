'use strict';

// assert.ok(): a falsy value fails with a message quoting the source of the
// failing call ("The expression evaluated to a falsy value:\n\n  assert.ok(x)\n").
// The call's source line comes from internals.errorSourceContext() on an
// error whose stack starts at the caller; the expression is cut out of that
// line with a small tokenizer.

const AssertionError = require('internal/assert/assertion_error');

const keywords = new Set([
  'break', 'case', 'catch', 'continue', 'debugger', 'default', 'do', 'else', 'finally', 'for',
  'function', 'if', 'return', 'switch', 'throw', 'try', 'var', 'const', 'while', 'with', 'new',
  'this', 'super', 'class', 'extends', 'export', 'import', 'null', 'true', 'false', 'in',
  'instanceof', 'typeof', 'void', 'delete',
]);

const punctuators = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=',
  '&=', '|=', '^=', '<<', '>>', '**',
];

const identStart = /[A-Za-z_$\u0080-\uffff\\]/;
const identPart = /[\w$\u0080-\uffff\\]/;

// Tokens of one source line: { label, start, end }. Lenient: an unfinished
// string or comment ends the line.
function tokenize(code) {
  const tokens = [];
  let i = 0;
  let regexAllowed = true;
  const n = code.length;
  while (i < n) {
    const c = code[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\v' || c === '\f' ||
        c === '\u00a0' || c === '\ufeff') {
      i++;
      continue;
    }
    const start = i;
    if (c === '/' && code[i + 1] === '/') break;
    if (c === '/' && code[i + 1] === '*') {
      const close = code.indexOf('*/', i + 2);
      if (close === -1) break;
      i = close + 2;
      continue;
    }
    let label;
    if (identStart.test(c)) {
      while (i < n && identPart.test(code[i])) i++;
      const word = code.slice(start, i);
      label = keywords.has(word) ? word : 'name';
      regexAllowed = label !== 'name' && label !== 'this' && label !== 'super' &&
        label !== 'null' && label !== 'true' && label !== 'false';
    } else if ((c >= '0' && c <= '9') || (c === '.' && code[i + 1] >= '0' && code[i + 1] <= '9')) {
      i++;
      while (i < n && /[\w.]/.test(code[i])) {
        if ((code[i] === 'e' || code[i] === 'E') && (code[i + 1] === '+' || code[i + 1] === '-')) i++;
        i++;
      }
      label = 'num';
      regexAllowed = false;
    } else if (c === '"' || c === "'") {
      i++;
      while (i < n && code[i] !== c) {
        if (code[i] === '\\') i++;
        i++;
      }
      i++;
      label = 'string';
      regexAllowed = false;
    } else if (c === '`') {
      i++;
      let depth = 0;
      while (i < n) {
        if (code[i] === '\\') {
          i += 2;
          continue;
        }
        if (depth === 0 && code[i] === '`') break;
        if (code[i] === '$' && code[i + 1] === '{') {
          depth++;
          i++;
        } else if (code[i] === '}' && depth > 0) {
          depth--;
        }
        i++;
      }
      i++;
      label = 'template';
      regexAllowed = false;
    } else if (c === '/' && regexAllowed) {
      i++;
      let inClass = false;
      while (i < n) {
        if (code[i] === '\\') {
          i += 2;
          continue;
        }
        if (code[i] === '[') inClass = true;
        else if (code[i] === ']') inClass = false;
        else if (code[i] === '/' && !inClass) break;
        i++;
      }
      i++;
      while (i < n && identPart.test(code[i])) i++;
      label = 'regexp';
      regexAllowed = false;
    } else {
      label = undefined;
      for (const p of punctuators) {
        if (code.startsWith(p, i) && !(p === '?.' && code[i + 2] >= '0' && code[i + 2] <= '9')) {
          label = p;
          break;
        }
      }
      if (label === undefined) label = c;
      i += label.length;
      regexAllowed = label !== ')' && label !== ']' && label !== '}';
    }
    tokens.push({ label, start, end: Math.min(i, n) });
  }
  return tokens;
}

const memberAccess = new Set(['.', '?.', '[', ']']);
const memberNames = new Set(['name', 'string', 'num']);

// The expression of the call at `column`, with a member chain before it
// (`assert.ok(x)`, `assert['ok'](x)`) included.
function expressionAt(code, column) {
  let chainStart;
  let last;
  let end;
  let parens = 0;
  for (const token of tokenize(code)) {
    if (token.start < column) {
      if (token.label === ';') {
        chainStart = undefined;
        continue;
      }
      if (memberAccess.has(token.label) && last?.label === 'name') {
        chainStart ??= last;
      } else if (!memberAccess.has(token.label) && !memberNames.has(token.label)) {
        chainStart = undefined;
      }
      last = token;
      continue;
    }
    if (token.label === '(') {
      parens++;
    } else if (token.label === ')') {
      parens--;
      if (parens === 0) {
        end = token.start + 1;
        break;
      }
    } else if (token.label === ';') {
      // Node's quirk: the expression comes out empty here.
      end = 0;
      break;
    }
  }
  const start = chainStart?.start ?? column;
  return end === undefined ? code.slice(start) : code.slice(start, Math.max(start, end));
}

const controlChars = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g; // eslint-disable-line no-control-regex
function escapeControl(ch) {
  const code = ch.charCodeAt(0);
  if (code === 8) return '\\b';
  if (code === 12) return '\\f';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

function sourceOfCall(fn) {
  if (typeof internals.errorSourceContext !== 'function') return undefined;
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  const writable = desc === undefined ? Object.isExtensible(Error) :
    ('writable' in desc ? desc.writable : desc.set !== undefined);
  const limit = Error.stackTraceLimit;
  if (writable) Error.stackTraceLimit = 1;
  const probe = new Error();
  Error.captureStackTrace(probe, fn);
  if (writable) Error.stackTraceLimit = limit;
  let context;
  try {
    context = internals.errorSourceContext(probe);
  } catch {
    return undefined;
  }
  if (context === '') return sourceOfUnnamedCode(probe);
  if (typeof context !== 'string') return undefined;
  // "file:line\n<source line>\n<spaces>^...\n"
  const lines = context.split('\n');
  // A builtin's own line (no frame of the caller was captured) is no use.
  if (lines.length < 3 || lines[0].startsWith('node:')) return undefined;
  const sourceLine = lines[1];
  const caret = lines[2].indexOf('^');
  if (caret === -1) return undefined;
  return { sourceLine, column: caret };
}

// Code without a file name (eval, `new Function`) has no context line: its
// source line and column come straight from the error's position.
function sourceOfUnnamedCode(probe) {
  if (typeof internals.errorSourceLine !== 'function') return undefined;
  const position = internals.errorSourceLine(probe);
  if (position === undefined) return undefined;
  const [sourceLine, column] = position;
  return { sourceLine, column };
}

function falsyMessage(fn) {
  const location = sourceOfCall(fn);
  if (location === undefined) return undefined;
  let source = expressionAt(location.sourceLine, location.column);
  if (!source) return undefined;
  source = source.replace(controlChars, escapeControl);
  return `The expression evaluated to a falsy value:\n\n  ${source}\n`;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = falsyMessage(fn);
  } else if (internals.types.isNativeError(message) || message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({
    actual: value,
    expected: true,
    message,
    operator: '==',
    stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

module.exports = { innerOk, expressionAt, tokenize };
