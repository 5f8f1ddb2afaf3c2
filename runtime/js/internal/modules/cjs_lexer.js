'use strict';
// Static detection of a CommonJS module's named exports, for importing it from an
// ES module: parse(source) returns { exports, reexports } as Node's cjs-module-lexer
// (2.x, the build Node 24 runs) finds them, without running the module.
//
// One forward pass over the source text. It does not parse JavaScript: it skips
// comments, strings, template literals (with nested `${}`) and regular expressions
// (told from division by the token before the slash, and for `)` and `}` by the
// token before the matching opener), tracks bracket depth, and at a few keywords
// (`exports`, `module`, `Object`, `require`, `__export`, `_interopRequireWildcard`)
// tries to match one of the fixed patterns below, falling back to plain lexing where
// a pattern does not match. Runs of source that need no attention (most of it) are
// skipped by sticky regular expressions, each run once, which keeps the pass fast
// before the engine has optimized this code (see PLAIN_RE). The patterns:
//
//   exports.a =   exports['a'] =   module.exports.a =
//   Object.defineProperty(exports, 'a', { __proto__: null, [enumerable: true,] value: ... })
//   Object.defineProperty(exports, 'a', { __proto__: null, [enumerable: true,] get[: function [name]]() { return x[.y | ['y']][;] }[,] })
//     (any other defineProperty of a name on exports marks that name unsafe: it is
//     then left out, whichever pattern found it)
//   module.exports = { a, b: c, 'd': e, ...f, ...require('x') }   (spread require: reexport)
//   module.exports = require('x')                                  (reexport)
//   __export(require('x')) / __exportStar(require('x'), exports) / tslib.__exportStar(...)
//   var|let|const _x = [_interopRequireWildcard(]require('x')  followed by Babel's
//     Object.keys(_x).forEach(function (k) { ...guards...; exports[k] = _x[k] })  (reexport)
//
// esbuild's `__export(target, { a: () => a })` + `module.exports = __toCommonJS(target)`
// is not a pattern of its own (nor in the reference): esbuild adds an annotation,
// `0 && (module.exports = { a, b })`, which the object-literal pattern reads.
// `module.exports = ...` discards the reexports found before it. Only the top level
// is searched for require bindings, `__export`, and `Object.keys(...)`.
//
// Where the reference lexer has quirks, this one copies them, so that an import
// sees the same names under corral as under Node: identifier names starting with
// a `\` escape are kept raw, quoted names with unpaired surrogates or code units
// from U+DC00 up are dropped, the first `var _x = require()` binding of a name wins,
// 255 such bindings at most, and identifier characters are those of the Unicode
// version the reference was built with (the tables at the end of this file).
//
// Errors: an `import`/`export` statement or `import.meta` at the top level throws an
// Error with code 'ERR_LEXER_ESM_SYNTAX'; an unterminated string, template or regular
// expression, an unmatched `)`, an unmatched `}` inside `${}`, or nesting deeper
// than 2048 throws an Error with code 'ERR_LEXER_SYNTAX'. (Node treats a throw as a
// module with no named exports.) Like the reference, an unmatched top-level `}`
// ends the scan quietly with what was found so far, and so does running out of
// source with brackets still open.

const STACK_DEPTH = 2048;
const MAX_STAR_BINDINGS = 255;

// Kinds of require() match.
const REQUIRE_BINDING = 0;
const REQUIRE_REEXPORT = 1;

// Character codes.
const C_LF = 10, C_CR = 13, C_SPACE = 32, C_BANG = 33, C_DQUOTE = 34,
  C_HASH = 35, C_DOLLAR = 36, C_AMP = 38, C_SQUOTE = 39, C_LPAREN = 40, C_RPAREN = 41,
  C_STAR = 42, C_PLUS = 43, C_COMMA = 44, C_MINUS = 45, C_DOT = 46, C_SLASH = 47,
  C_0 = 48, C_9 = 57, C_COLON = 58, C_SEMI = 59, C_EQ = 61, C_GT = 62, C_O = 79,
  C_LBRACKET = 91, C_BACKSLASH = 92, C_RBRACKET = 93, C_UNDERSCORE = 95, C_BACKTICK = 96,
  C_c = 99, C_d = 100, C_e = 101, C_f = 102, C_g = 103, C_h = 104, C_i = 105, C_k = 107,
  C_l = 108, C_m = 109, C_n = 110, C_o = 111, C_p = 112, C_r = 114, C_s = 115, C_t = 116,
  C_v = 118, C_w = 119, C_y = 121, C_LBRACE = 123, C_PIPE = 124, C_RBRACE = 125, C_NBSP = 160;

// Per-ASCII-code flags.
const F_WS = 1;          // whitespace or line break: \t \n \v \f \r space
const F_PUNCT = 2;       // !%&()*+,-./:;<=>?[]^{|}~
const F_EXPR_PUNCT = 4;  // a punctuator after which `/` starts a regular expression
const F_RUN = 8;         // part of an identifier/number run: a-z A-Z 0-9 $ _ \
const ASCII = new Uint8Array(128);
(function initFlags() {
  for (let c = 9; c < 14; c++) ASCII[c] |= F_WS;
  ASCII[C_SPACE] |= F_WS;
  for (const ch of '!%&()*+,-./:;<=>?[]^{|}~') ASCII[ch.charCodeAt(0)] |= F_PUNCT;
  for (const ch of '!%&(*+,-.:;<=>?[^{|~') ASCII[ch.charCodeAt(0)] |= F_EXPR_PUNCT;
  for (let c = 48; c < 58; c++) ASCII[c] |= F_RUN;
  for (let c = 65; c < 91; c++) ASCII[c] |= F_RUN;
  for (let c = 97; c < 123; c++) ASCII[c] |= F_RUN;
  ASCII[C_DOLLAR] |= F_RUN;
  ASCII[C_UNDERSCORE] |= F_RUN;
  ASCII[C_BACKSLASH] |= F_RUN;
})();

// The main loop hands runs of "plain" source to one sticky regular expression:
// whitespace; punctuators other than backtick, `/` and brackets; complete '' and ""
// strings (with at most 256 escapes); identifier/number runs, except those that may
// start one of the keywords the main loop acts on (export, exports, class, module,
// Object, import, require, _interopRequireWildcard, __export). Everything else is
// left to the main loop, whose state after such a run is as if it had lexed it
// token by token: only the position of the last token changes. The repetitions are
// bounded so that the engine's backtracking stack stays small on long runs; a run
// cut short is simply continued by the next call. The string alternatives cannot
// split a run of characters two ways, so an unterminated string fails in linear
// time (and is then lexed, and reported, by stringLiteral).
const RUN = '[a-zA-Z0-9$_\\\\\\u0080-\\u009f\\u00a1-\\uffff]';
const PLAIN_RE = new RegExp('(?:[\\t-\\r ]+' +
  '|[^\\t-\\r "\'`/(){}a-zA-Z0-9$_\\\\\\u0080-\\u009f\\u00a1-\\uffff]' +
  '|[abdf-hj-ln-qs-zA-NP-Z0-9$\\\\\\u0080-\\u009f\\u00a1-\\uffff]' + RUN + '*' +
  '|(?:e(?!xport)|c(?!lass)|m(?!odule)|O(?!bject)|i(?!mport)|r(?!equire)|_(?!interopRequireWildcard|_export))' + RUN + '*' +
  '|\'[^\'\\\\\\n\\r]*(?:\\\\(?:\\r\\n|[^])[^\'\\\\\\n\\r]*){0,256}\'' +
  '|"[^"\\\\\\n\\r]*(?:\\\\(?:\\r\\n|[^])[^"\\\\\\n\\r]*){0,256}"' +
  '){0,1024}', 'y');
// Which ASCII codes can start a plain run (all codes above 127 do).
const PLAIN_START = new Uint8Array(128);
(function initPlainStart() {
  for (let c = 0; c < 128; c++) PLAIN_START[c] = '`/(){}'.indexOf(String.fromCharCode(c)) === -1 ? 1 : 0;
})();
// The rest of a line comment; of a string or template literal up to its next
// escape, line break (for strings) or end.
const LINE_RE = /[^\n\r]*/y;
const SQUOTE_RE = /[^'\\\n\r]*/y;
const DQUOTE_RE = /[^"\\\n\r]*/y;
const TEMPLATE_RE = /[^`\\$]*/y;

// Lexer state, reused from one parse to the next.
let src = '';
let pos = 0;
let end = 0;
let lastTokenPos = -1;
let openTokenDepth = 0;
let templateDepth = -1;
let templateStackDepth = 0;
let lastSlashWasDivision = false;
let nextBraceIsClass = false;
// For each open bracket: where the token before it was, and whether it opened a class body.
const openTokenPosStack = new Int32Array(STACK_DEPTH);
const openClassStack = new Uint8Array(STACK_DEPTH);
// The openTokenDepth at which each open `${` closes, outermost first.
const templateStack = new Int32Array(STACK_DEPTH);

// Results, as raw source slices (decoded at the end).
let exportNames = [];
let unsafeGetters = [];
let reexports = [];
// `var _x = require('x')` bindings at the top level: name -> specifier (first wins).
let starBindings = null;
let starBindingCount = 0;
let lastRequireSpecifier = null;

class LexerError extends Error {}

function fail(message, code) {
  const error = new LexerError(message);
  error.code = code || 'ERR_LEXER_SYNTAX';
  error.loc = pos;
  throw error;
}

function parse(source) {
  src = typeof source === 'string' ? source : String(source);
  pos = -1;
  end = src.length - 1;
  lastTokenPos = -1;
  openTokenDepth = 0;
  templateDepth = -1;
  templateStackDepth = 0;
  lastSlashWasDivision = false;
  nextBraceIsClass = false;
  exportNames = [];
  unsafeGetters = [];
  reexports = [];
  starBindings = null;
  starBindingCount = 0;
  lastRequireSpecifier = null;
  try {
    scan();
    return collect();
  } catch (error) {
    if (error instanceof LexerError) {
      let line = 1;
      for (let i = src.indexOf('\n'); i !== -1 && i < pos; i = src.indexOf('\n', i + 1)) line++;
      error.message += ` (at ${line}:${pos - src.lastIndexOf('\n', pos - 1)})`;
    }
    throw error;
  } finally {
    src = '';
    exportNames = unsafeGetters = reexports = [];
    starBindings = null;
    lastRequireSpecifier = null;
  }
}

function collect() {
  const unsafe = new Set();
  for (let i = 0; i < unsafeGetters.length; i++) unsafe.add(decodeName(unsafeGetters[i]));
  const names = new Set();
  for (let i = 0; i < exportNames.length; i++) {
    const name = decodeName(exportNames[i]);
    if (name !== undefined && !unsafe.has(name)) names.add(name);
  }
  const specifiers = new Set();
  for (let i = 0; i < reexports.length; i++) {
    const specifier = decodeName(reexports[i]);
    if (specifier) specifiers.add(specifier);
  }
  return { exports: Array.from(names), reexports: Array.from(specifiers) };
}

// The main pass.
function scan() {
  const s = src;
  if (s.charCodeAt(0) === C_HASH && s.charCodeAt(1) === C_BANG) {
    if (s.length === 2) return;
    pos += 2;
    while (pos++ < end) {
      const ch = s.charCodeAt(pos);
      if (ch === C_LF || ch === C_CR) break;
    }
  }

  while (pos++ < end) {
    const ch = s.charCodeAt(pos);
    if (ch >= 128 || PLAIN_START[ch] === 1) {
      PLAIN_RE.lastIndex = pos;
      PLAIN_RE.test(s);
      const stop = PLAIN_RE.lastIndex;
      if (stop > pos) {
        // the last token of the run is its last character that is not whitespace
        let last = stop - 1;
        for (;;) {
          const c = s.charCodeAt(last);
          if (c !== C_SPACE && (c > 13 || c < 9)) {
            lastTokenPos = last;
            break;
          }
          if (--last < pos) break;
        }
        pos = stop - 1;
        continue;
      }
      // a keyword of interest, or a quote that does not close: below
    }

    if (openTokenDepth === 0) {
      if (ch === C_i) {
        if (s.startsWith('mport', pos + 1) && keywordStart(pos)) throwIfImportStatement();
        skipTokenRun();
        lastTokenPos = pos;
        continue;
      }
      if (ch === C_r) {
        const start = pos;
        if (tryParseRequire(REQUIRE_BINDING) && keywordStart(start)) tryAddStarBinding(start - 1);
        skipTokenRun();
        lastTokenPos = pos;
        continue;
      }
      if (ch === C_UNDERSCORE) {
        if (s.startsWith('interopRequireWildcard', pos + 1) && (keywordStart(pos) || s.charCodeAt(pos - 1) === C_DOT)) {
          const start = pos;
          pos += 23;
          if (s.charCodeAt(pos) === C_LPAREN) {
            pos++;
            pushOpenToken(lastTokenPos);
            if (tryParseRequire(REQUIRE_BINDING) && keywordStart(start)) tryAddStarBinding(start - 1);
          }
        } else if (s.startsWith('_export', pos + 1) && (keywordStart(pos) || s.charCodeAt(pos - 1) === C_DOT)) {
          pos += 8;
          if (s.startsWith('Star', pos)) pos += 4;
          if (s.charCodeAt(pos) === C_LPAREN) {
            pushOpenToken(lastTokenPos);
            if (s.charCodeAt(pos + 1) === C_r) {
              pos++;
              tryParseRequire(REQUIRE_REEXPORT);
            }
          }
        }
        skipTokenRun();
        lastTokenPos = pos;
        continue;
      }
    }

    switch (ch) {
      case C_e:
        if (s.startsWith('xport', pos + 1) && keywordStart(pos)) {
          if (s.charCodeAt(pos + 6) === C_s) tryParseExportsDotAssign(false);
          else if (openTokenDepth === 0) throwIfExportStatement();
        }
        skipTokenRun();
        break;
      case C_c:
        if (s.charCodeAt(pos + 1) === C_l && keywordStart(pos) && s.startsWith('ass', pos + 2) &&
            isBrOrWs(s.charCodeAt(pos + 5)))
          nextBraceIsClass = true;
        skipTokenRun();
        break;
      case C_m:
        if (s.startsWith('odule', pos + 1) && keywordStart(pos)) tryParseModuleExportsDotAssign();
        skipTokenRun();
        break;
      case C_O:
        if (s.startsWith('bject', pos + 1) && keywordStart(pos)) tryParseObjectDefineOrKeys(openTokenDepth === 0);
        skipTokenRun();
        break;
      case C_LPAREN:
        pushOpenToken(lastTokenPos);
        break;
      case C_RPAREN:
        if (openTokenDepth === 0) fail('Unexpected closing bracket.');
        openTokenDepth--;
        break;
      case C_LBRACE:
        pushOpenToken(lastTokenPos);
        openClassStack[openTokenDepth - 1] = nextBraceIsClass ? 1 : 0;
        nextBraceIsClass = false;
        break;
      case C_RBRACE:
        // An unmatched `}` at the top level ends the scan with what was found.
        if (openTokenDepth === 0) return;
        if (openTokenDepth-- === templateDepth) {
          templateDepth = templateStack[--templateStackDepth];
          templateString();
        } else if (templateDepth !== -1 && openTokenDepth < templateDepth) {
          fail('Unexpected closing brace.');
        }
        break;
      case C_SQUOTE:
      case C_DQUOTE:
        stringLiteral(ch);
        break;
      case C_SLASH: {
        const next = s.charCodeAt(pos + 1);
        if (next === C_SLASH) {
          lineComment();
          continue; // a comment is not a token
        }
        if (next === C_STAR) {
          blockComment();
          continue;
        }
        if (slashStartsRegex()) {
          regularExpression();
          lastSlashWasDivision = false;
        } else {
          lastSlashWasDivision = true;
        }
        break;
      }
      case C_BACKTICK:
        templateString();
        break;
      default:
        if (ch < 128 ? (ASCII[ch] & F_RUN) !== 0 : ch !== C_NBSP) skipTokenRun();
    }
    lastTokenPos = pos;
  }
}

// Whether a `/` at pos (not a comment) starts a regular expression rather than
// being a division, judged by the token before it.
function slashStartsRegex() {
  const s = src;
  const last = s.charCodeAt(lastTokenPos);
  if (last !== last || last === 0) return true; // nothing before it
  if (last < 128 && (ASCII[last] & F_EXPR_PUNCT) !== 0) {
    const before = s.charCodeAt(lastTokenPos - 1);
    // `1./x` `a++ / x` `a-- / x` divide
    if (!(last === C_DOT && before >= C_0 && before <= C_9) &&
        !(last === C_PLUS && before === C_PLUS) && !(last === C_MINUS && before === C_MINUS))
      return true;
  }
  if (last === C_RPAREN && isParenKeyword(openTokenPosStack[openTokenDepth])) return true;
  if (last === C_RBRACE &&
      (isExpressionTerminator(openTokenPosStack[openTokenDepth]) || openClassStack[openTokenDepth] === 1))
    return true;
  if (last === C_SLASH && lastSlashWasDivision) return true;
  return isExpressionKeyword(lastTokenPos);
}

function pushOpenToken(tokenPos) {
  if (openTokenDepth === STACK_DEPTH) fail('Maximum nesting depth exceeded.');
  openTokenPosStack[openTokenDepth++] = tokenPos;
}

function isBrOrWs(c) {
  return c > 8 && c < 14 || c === C_SPACE || c === C_NBSP;
}

function isPunctuator(c) {
  return c < 128 && (ASCII[c] & F_PUNCT) !== 0;
}

function isBrOrWsOrPunctuatorNotDot(c) {
  return c < 128 ? (ASCII[c] & (F_WS | F_PUNCT)) !== 0 && c !== C_DOT : c === C_NBSP;
}

// Whether a keyword starting at p can start there: nothing but whitespace or a
// punctuator other than `.` before it.
function keywordStart(p) {
  return p === 0 || isBrOrWsOrPunctuatorNotDot(src.charCodeAt(p - 1));
}

function skipTokenRun() {
  const s = src;
  let ch = s.charCodeAt(pos);
  if (!(ch < 128 ? (ASCII[ch] & F_RUN) !== 0 : ch !== C_NBSP && ch === ch)) return;
  for (;;) {
    ch = s.charCodeAt(pos + 1);
    if (ch < 128) {
      if ((ASCII[ch] & F_RUN) === 0) return;
    } else if (ch === C_NBSP || ch !== ch) {
      return;
    }
    pos++;
  }
}

// Skips whitespace and comments from pos; returns the code there.
function commentWhitespace() {
  const s = src;
  let ch;
  do {
    ch = s.charCodeAt(pos);
    if (ch === C_SLASH) {
      const next = s.charCodeAt(pos + 1);
      if (next === C_SLASH) lineComment();
      else if (next === C_STAR) blockComment();
      else return ch;
    } else if (!(ch > 8 && ch < 14 || ch === C_SPACE || ch === C_NBSP)) {
      return ch;
    }
  } while (pos++ < end);
  return ch;
}

function lineComment() {
  LINE_RE.lastIndex = pos + 2;
  LINE_RE.test(src);
  pos = LINE_RE.lastIndex;
}

function blockComment() {
  const close = src.indexOf('*/', pos + 2);
  pos = close === -1 ? end + 1 : close + 1;
}

function stringLiteral(quote) {
  const s = src;
  const re = quote === C_SQUOTE ? SQUOTE_RE : DQUOTE_RE;
  for (;;) {
    if (pos >= end) {
      pos++;
      break;
    }
    re.lastIndex = pos + 1;
    re.test(s);
    pos = re.lastIndex;
    if (pos > end) break;
    const ch = s.charCodeAt(pos);
    if (ch === quote) return;
    if (ch !== C_BACKSLASH) break; // a line break
    if (s.charCodeAt(++pos) === C_CR && s.charCodeAt(pos + 1) === C_LF) pos++;
  }
  fail('Unterminated string.');
}

function templateString() {
  const s = src;
  for (;;) {
    if (pos >= end) {
      pos++;
      break;
    }
    TEMPLATE_RE.lastIndex = pos + 1;
    TEMPLATE_RE.test(s);
    pos = TEMPLATE_RE.lastIndex;
    if (pos > end) break;
    const ch = s.charCodeAt(pos);
    if (ch === C_DOLLAR && s.charCodeAt(pos + 1) === C_LBRACE) {
      pos++;
      if (templateStackDepth === STACK_DEPTH || openTokenDepth === STACK_DEPTH) fail('Maximum nesting depth exceeded.');
      templateStack[templateStackDepth++] = templateDepth;
      templateDepth = ++openTokenDepth;
      return;
    }
    if (ch === C_BACKTICK) return;
    if (ch === C_BACKSLASH) pos++;
  }
  fail('Unterminated template.');
}

function regularExpression() {
  const s = src;
  while (pos++ < end) {
    const ch = s.charCodeAt(pos);
    if (ch === C_SLASH) return;
    if (ch === C_LBRACKET) {
      // a class: `/` does not end the expression inside it
      for (;;) {
        if (pos++ >= end) fail('Unterminated regular expression class.');
        const c = s.charCodeAt(pos);
        if (c === C_RBRACKET) break;
        if (c === C_BACKSLASH) pos++;
        else if (c === C_LF || c === C_CR) fail('Unterminated regular expression class.');
      }
    } else if (ch === C_BACKSLASH) {
      pos++;
    } else if (ch === C_LF || ch === C_CR) {
      break;
    }
  }
  fail('Unterminated regular expression.');
}

function throwIfImportStatement() {
  const start = pos;
  pos += 6;
  const ch = commentWhitespace();
  if (ch === C_LPAREN) {
    // dynamic import()
    pushOpenToken(start);
    return;
  }
  if (ch === C_DOT) fail('Unexpected import.meta in CJS module.', 'ERR_LEXER_ESM_SYNTAX');
  // `import` straight followed by anything else is some other identifier
  if (pos === start + 6 && ch !== C_DQUOTE && ch !== C_SQUOTE && ch !== C_LBRACE && ch !== C_STAR) return;
  fail('Unexpected import statement in CJS module.', 'ERR_LEXER_ESM_SYNTAX');
}

function throwIfExportStatement() {
  pos += 6;
  const start = pos;
  const ch = commentWhitespace();
  if (pos === start && !isPunctuator(ch)) return;
  fail('Unexpected export statement in CJS module.', 'ERR_LEXER_ESM_SYNTAX');
}

// Reads an identifier at pos (no escapes inside it), moving pos past it.
function identifier() {
  const s = src;
  let ch = s.charCodeAt(pos);
  if (ch < 128) {
    if ((ch | 32) < 97 || (ch | 32) > 122) {
      if (ch !== C_DOLLAR && ch !== C_UNDERSCORE && ch !== C_BACKSLASH) return false;
    }
    pos++;
  } else {
    if (ch !== ch) return false;
    if ((ch & 0xFC00) === 0xD800) ch = (((ch & 0x3FF) << 10) | (s.charCodeAt(pos + 1) & 0x3FF)) + 0x10000;
    if (!isIdentifierStart(ch)) return false;
    pos += ch > 0xFFFF ? 2 : 1;
  }
  for (;;) {
    ch = s.charCodeAt(pos);
    if (ch < 128) {
      if (ch === 0) return true;
      if (ASCII[ch] & F_RUN) {
        if (ch === C_BACKSLASH) return false;
        pos++;
        continue;
      }
      return true;
    }
    if (ch !== ch) return true;
    if ((ch & 0xFC00) === 0xD800) ch = (((ch & 0x3FF) << 10) | (s.charCodeAt(pos + 1) & 0x3FF)) + 0x10000;
    if (!isIdentifierChar(ch)) return true;
    pos += ch > 0xFFFF ? 2 : 1;
  }
}

// require('x') at pos (which is at the `r`). On a match pos ends at the `)`.
function tryParseRequire(kind) {
  const s = src;
  const revertPos = pos;
  if (s.startsWith('equire', pos + 1)) {
    pos += 7;
    let ch = commentWhitespace();
    if (ch === C_LPAREN) {
      pos++;
      ch = commentWhitespace();
      const start = pos;
      if (ch === C_SQUOTE || ch === C_DQUOTE) {
        stringLiteral(ch);
        const stop = ++pos;
        ch = commentWhitespace();
        if (ch === C_RPAREN) {
          if (kind === REQUIRE_BINDING) lastRequireSpecifier = s.slice(start, stop);
          else reexports.push(s.slice(start, stop));
          return true;
        }
      }
    }
    pos = revertPos;
  }
  return false;
}

// After a top-level require('x') that starts at b + 1: records `var|let|const id = `
// before it (spaces only between the tokens) as a binding of id to 'x'.
function tryAddStarBinding(b) {
  const s = src;
  while (s.charCodeAt(b) === C_SPACE && b > 0) b--;
  if (s.charCodeAt(b) !== C_EQ) return;
  b--;
  while (s.charCodeAt(b) === C_SPACE && b > 0) b--;
  const idEnd = b;
  let startsIdentifier = false;
  let code;
  while ((code = codePointEndingAt(b)) && b > 0) {
    if (code === C_BACKSLASH) return;
    if (!isIdentifierChar(code)) break;
    startsIdentifier = isIdentifierStart(code);
    b -= code > 0xFFFF ? 2 : 1;
  }
  if (!startsIdentifier || s.charCodeAt(b) !== C_SPACE) return;
  if (starBindingCount >= MAX_STAR_BINDINGS) return;
  const id = s.slice(b + 1, idEnd + 1);
  while (s.charCodeAt(b) === C_SPACE && b > 0) b--;
  switch (s.charCodeAt(b)) {
    case C_r:
      if (!precededByKeyword(b - 1, 'va')) return;
      break;
    case C_t:
      if (!precededByKeyword(b - 1, 'le') && !precededByKeyword(b - 1, 'cons')) return;
      break;
    default:
      return;
  }
  starBindingCount++;
  if (starBindings === null) starBindings = new Map();
  if (!starBindings.has(id)) starBindings.set(id, lastRequireSpecifier);
}

function codePointEndingAt(b) {
  const ch = src.charCodeAt(b);
  if ((ch & 0xFC00) === 0xDC00)
    return (((src.charCodeAt(b - 1) & 0x3FF) << 10) | (ch & 0x3FF)) + 0x10000;
  return ch;
}

// `exports` or `module.exports` at pos; on a match pos ends past `exports`.
function readExportsOrModuleDotExports(ch) {
  const s = src;
  const revertPos = pos;
  if (ch === C_m && s.startsWith('odule', pos + 1)) {
    pos += 6;
    ch = commentWhitespace();
    if (ch !== C_DOT) {
      pos = revertPos;
      return false;
    }
    pos++;
    ch = commentWhitespace();
  }
  if (ch === C_e && s.startsWith('xports', pos + 1)) {
    pos += 7;
    return true;
  }
  pos = revertPos;
  return false;
}

// At `module`: `module.exports...`.
function tryParseModuleExportsDotAssign() {
  pos += 6;
  const revertPos = pos - 1;
  let ch = commentWhitespace();
  if (ch === C_DOT) {
    pos++;
    ch = commentWhitespace();
    if (ch === C_e && src.startsWith('xports', pos + 1)) {
      tryParseExportsDotAssign(true);
      return;
    }
  }
  pos = revertPos;
}

// At `exports` (of `module.exports` when isModuleExports).
function tryParseExportsDotAssign(isModuleExports) {
  const s = src;
  pos += 7;
  const revertPos = pos - 1;
  let ch = commentWhitespace();
  switch (ch) {
    case C_DOT: { // exports.a =
      pos++;
      ch = commentWhitespace();
      const start = pos;
      if (identifier()) {
        const stop = pos;
        ch = commentWhitespace();
        if (ch === C_EQ) {
          exportNames.push(s.slice(start, stop));
          return;
        }
      }
      break;
    }
    case C_LBRACKET: { // exports['a'] =
      pos++;
      ch = commentWhitespace();
      if (ch === C_SQUOTE || ch === C_DQUOTE) {
        const start = pos;
        stringLiteral(ch);
        const stop = ++pos;
        ch = commentWhitespace();
        if (ch !== C_RBRACKET) break;
        pos++;
        ch = commentWhitespace();
        if (ch !== C_EQ) break;
        exportNames.push(s.slice(start, stop));
      }
      break;
    }
    case C_EQ: // module.exports = ...
      if (isModuleExports) {
        reexports.length = 0;
        pos++;
        ch = commentWhitespace();
        if (ch === C_LBRACE) {
          tryParseLiteralExports();
          return;
        }
        if (ch === C_r) tryParseRequire(REQUIRE_REEXPORT);
      }
      break;
  }
  pos = revertPos;
}

// module.exports = { a, b: c, 'd': e, ...f, ...require('x') }, pos at the `{`.
function tryParseLiteralExports() {
  const s = src;
  const revertPos = pos - 1;
  while (pos++ < end) {
    let ch = commentWhitespace();
    const start = pos;
    if (identifier()) {
      const stop = pos;
      ch = commentWhitespace();
      if (ch === C_COLON) {
        pos++;
        ch = commentWhitespace();
        if (!identifier()) {
          pos = revertPos;
          return;
        }
        ch = s.charCodeAt(pos);
      }
      exportNames.push(s.slice(start, stop));
    } else if (ch === C_SQUOTE || ch === C_DQUOTE) {
      stringLiteral(ch);
      const stop = ++pos;
      ch = commentWhitespace();
      if (ch === C_COLON) {
        pos++;
        ch = commentWhitespace();
        if (!identifier()) {
          pos = revertPos;
          return;
        }
        ch = s.charCodeAt(pos);
        exportNames.push(s.slice(start, stop));
      }
    } else if (ch === C_DOT && s.startsWith('..', pos + 1)) {
      pos += 3;
      if (s.charCodeAt(pos) === C_r && tryParseRequire(REQUIRE_REEXPORT)) {
        pos++;
      } else if (!identifier()) {
        pos = revertPos;
        return;
      }
      ch = commentWhitespace();
    } else {
      pos = revertPos;
      return;
    }
    if (ch === C_RBRACE) return;
    if (ch !== C_COMMA) {
      pos = revertPos;
      return;
    }
  }
}

// Skips whitespace and comments, then matches word at pos and moves past it.
function eatWord(word) {
  commentWhitespace();
  if (!src.startsWith(word, pos)) return false;
  pos += word.length;
  return true;
}

// Skips whitespace and comments, then matches the single code c at pos and moves past it.
function eatChar(c) {
  if (commentWhitespace() !== c) return false;
  pos++;
  return true;
}

// At `Object`: Object.defineProperty(exports, ...) anywhere, and Babel's
// Object.keys(_x).forEach(...) reexport at the top level (when atTop).
function tryParseObjectDefineOrKeys(atTop) {
  pos += 6;
  let revertPos = pos - 1;
  let ch = commentWhitespace();
  if (ch === C_DOT) {
    pos++;
    ch = commentWhitespace();
    if (ch === C_d && src.startsWith('efineProperty', pos + 1)) {
      pos += 14;
      revertPos = pos - 1;
      const name = tryParseDefineProperty();
      if (name === true) return;
      if (name === false) {
        pos = revertPos;
        return;
      }
      if (name !== null) unsafeGetters.push(name);
    } else if (atTop && ch === C_k && src.startsWith('eys', pos + 1)) {
      pos += 4;
      const result = tryParseObjectKeysReexport(pos - 1);
      if (result < 0) return;
      revertPos = result;
    }
  }
  pos = revertPos;
}

// After `Object.defineProperty`. Returns true on a getter match (pos at its `)`),
// false on a value match (to be reverted), else the quoted name of exports whose
// definition did not match (an unsafe getter), or null.
function tryParseDefineProperty() {
  const s = src;
  if (!eatChar(C_LPAREN)) return null;
  if (!readExportsOrModuleDotExports(commentWhitespace())) return null;
  if (!eatChar(C_COMMA)) return null;
  let ch = commentWhitespace();
  if (ch !== C_SQUOTE && ch !== C_DQUOTE) return null;
  const start = pos;
  stringLiteral(ch);
  const name = s.slice(start, ++pos);
  if (!eatChar(C_COMMA) || !eatChar(C_LBRACE)) return name;
  ch = commentWhitespace();
  if (ch === C_e) {
    if (!s.startsWith('numerable', pos + 1)) return name;
    pos += 10;
    if (!eatChar(C_COLON)) return name;
    ch = commentWhitespace();
    if (ch !== C_t || !s.startsWith('rue', pos + 1)) return name;
    pos += 4;
    if (!eatChar(C_COMMA)) return name;
    ch = commentWhitespace();
  }
  if (ch === C_v) {
    if (!s.startsWith('alue', pos + 1)) return name;
    pos += 5;
    if (commentWhitespace() !== C_COLON) return name;
    exportNames.push(name);
    return false;
  }
  if (ch !== C_g || !s.startsWith('et', pos + 1)) return name;
  pos += 3;
  if (!getterHead()) return name;
  // return x, x.y or x['y']
  if (!eatWord('return')) return name;
  commentWhitespace();
  if (!identifier()) return name;
  ch = commentWhitespace();
  if (ch === C_DOT) {
    pos++;
    commentWhitespace();
    if (!identifier()) return name;
    ch = commentWhitespace();
  } else if (ch === C_LBRACKET) {
    pos++;
    ch = commentWhitespace();
    if (ch !== C_SQUOTE && ch !== C_DQUOTE) return name;
    stringLiteral(ch);
    pos++;
    if (!eatChar(C_RBRACKET)) return name;
    ch = commentWhitespace();
  }
  if (ch === C_SEMI) {
    pos++;
    ch = commentWhitespace();
  }
  if (ch !== C_RBRACE) return name;
  pos++;
  ch = commentWhitespace();
  if (ch === C_COMMA) {
    pos++;
    ch = commentWhitespace();
  }
  if (ch !== C_RBRACE) return name;
  pos++;
  if (commentWhitespace() !== C_RPAREN) return name;
  exportNames.push(name);
  return true;
}

// After `get`: `: function [name]() {` or `() {`.
function getterHead() {
  let ch = commentWhitespace();
  if (ch === C_COLON) {
    pos++;
    ch = commentWhitespace();
    if (ch !== C_f || !src.startsWith('unction', pos + 1)) return false;
    pos += 8;
    const before = pos;
    ch = commentWhitespace();
    if (ch !== C_LPAREN && (before === pos || !identifier())) return false;
    ch = commentWhitespace();
  }
  if (ch !== C_LPAREN) return false;
  pos++;
  return eatChar(C_RPAREN) && eatChar(C_LBRACE);
}

// After `Object.keys`, pos at the `s`: Babel's star reexport
//   Object.keys(_x).forEach(function (k) { <guards> exports[k] = _x[k] })
//   Object.keys(_x).forEach(function (k) { <guards> Object.defineProperty(exports, k,
//     { enumerable: true, get: function () { return _x[k]; } }) })
// where _x was bound by a top-level `var _x = require('x')`.
// Returns -1 when the whole call matched and nothing is to be reverted (pos at its
// final `)`), else the position to revert to.
function tryParseObjectKeysReexport(revertPos) {
  const s = src;
  if (!eatChar(C_LPAREN)) return revertPos;
  commentWhitespace();
  const idStart = pos;
  if (!identifier()) return revertPos;
  const id = s.slice(idStart, pos);
  if (commentWhitespace() !== C_RPAREN) return revertPos;
  revertPos = pos++;
  if (!eatChar(C_DOT)) return revertPos;
  let ch = commentWhitespace();
  if (ch !== C_f || !s.startsWith('orEach', pos + 1)) return revertPos;
  pos += 7;
  commentWhitespace();
  revertPos = pos - 1;
  if (!eatChar(C_LPAREN)) return revertPos;
  ch = commentWhitespace();
  if (ch !== C_f || !s.startsWith('unction', pos + 1)) return revertPos;
  pos += 8;
  if (!eatChar(C_LPAREN)) return revertPos;
  commentWhitespace();
  const keyStart = pos;
  if (!identifier()) return revertPos;
  const key = s.slice(keyStart, pos);
  if (!eatChar(C_RPAREN) || !eatChar(C_LBRACE)) return revertPos;
  ch = commentWhitespace();
  if (ch !== C_i || s.charCodeAt(pos + 1) !== C_f) return revertPos;
  pos += 2;
  if (!eatChar(C_LPAREN) || !eatWord(key)) return revertPos;
  ch = commentWhitespace();
  if (ch === C_EQ) {
    // if (k === 'default' || k === '__esModule') return;
    if (!s.startsWith('==', pos + 1)) return revertPos;
    pos += 3;
    if (!eatQuoted('default')) return revertPos;
    ch = commentWhitespace();
    if (ch !== C_PIPE || s.charCodeAt(pos + 1) !== C_PIPE) return revertPos;
    pos += 2;
    if (!eatWord(key)) return revertPos;
    ch = commentWhitespace();
    if (ch !== C_EQ || !s.startsWith('==', pos + 1)) return revertPos;
    pos += 3;
    if (!eatQuoted('__esModule')) return revertPos;
    if (!eatChar(C_RPAREN) || !eatReturn()) return revertPos;
    ch = commentWhitespace();
    if (ch === C_i && s.charCodeAt(pos + 1) === C_f) {
      let inIf = true;
      pos += 2;
      if (!eatChar(C_LPAREN)) return revertPos;
      const ifInner = pos;
      // if (Object.prototype.hasOwnProperty.call(_exportNames, k)) return;
      if (tryParseObjectHasOwnProperty(key)) {
        if (!eatChar(C_RPAREN) || !eatReturn()) return revertPos;
        ch = commentWhitespace();
        if (ch === C_i && s.charCodeAt(pos + 1) === C_f) {
          pos += 2;
          if (!eatChar(C_LPAREN)) return revertPos;
        } else {
          inIf = false;
        }
      } else {
        pos = ifInner;
      }
      // if (k in exports && exports[k] === _x[k]) return;
      if (inIf) {
        if (!s.startsWith(key, pos)) return revertPos;
        pos += key.length;
        ch = commentWhitespace();
        if (ch !== C_i || !s.startsWith('n ', pos + 1)) return revertPos;
        pos += 3;
        if (!readExportsOrModuleDotExports(commentWhitespace())) return revertPos;
        ch = commentWhitespace();
        if (ch !== C_AMP || s.charCodeAt(pos + 1) !== C_AMP) return revertPos;
        pos += 2;
        if (!readExportsOrModuleDotExports(commentWhitespace())) return revertPos;
        if (!eatChar(C_LBRACKET) || !eatWord(key) || !eatChar(C_RBRACKET)) return revertPos;
        ch = commentWhitespace();
        if (ch !== C_EQ || !s.startsWith('==', pos + 1)) return revertPos;
        pos += 3;
        if (!eatWord(id) || !eatChar(C_LBRACKET) || !eatWord(key) || !eatChar(C_RBRACKET)) return revertPos;
        if (!eatChar(C_RPAREN) || !eatReturn()) return revertPos;
      }
    }
    ch = commentWhitespace();
  } else if (ch === C_BANG) {
    // if (k !== 'default' [&& !Object.prototype.hasOwnProperty.call(_exportNames, k) | && !_x.hasOwnProperty(k)])
    if (!s.startsWith('==', pos + 1)) return revertPos;
    pos += 3;
    if (!eatQuoted('default')) return revertPos;
    ch = commentWhitespace();
    if (ch === C_AMP) {
      if (s.charCodeAt(pos + 1) !== C_AMP) return revertPos;
      pos += 2;
      if (!eatChar(C_BANG)) return revertPos;
      ch = commentWhitespace();
      if (ch === C_O && s.startsWith('bject.', pos + 1)) {
        if (!tryParseObjectHasOwnProperty(key)) return revertPos;
      } else if (identifier()) {
        if (!eatChar(C_DOT)) return revertPos;
        ch = commentWhitespace();
        if (ch !== C_h || !s.startsWith('asOwnProperty', pos + 1)) return revertPos;
        pos += 14;
        if (!eatChar(C_LPAREN) || !eatWord(key) || !eatChar(C_RPAREN)) return revertPos;
      }
      ch = commentWhitespace();
    }
    if (ch !== C_RPAREN) return revertPos;
    pos++;
    ch = commentWhitespace();
  } else {
    return revertPos;
  }

  if (readExportsOrModuleDotExports(ch)) {
    // exports[k] = _x[k];
    if (!eatChar(C_LBRACKET) || !eatWord(key) || !eatChar(C_RBRACKET) || !eatChar(C_EQ)) return revertPos;
    if (!eatWord(id) || !eatChar(C_LBRACKET) || !eatWord(key) || !eatChar(C_RBRACKET)) return revertPos;
    ch = commentWhitespace();
    if (ch === C_SEMI) {
      pos++;
      ch = commentWhitespace();
    }
  } else if (ch === C_O) {
    // Object.defineProperty(exports, k, { __proto__: null, enumerable: true, get: function () { return _x[k]; } });
    if (!s.startsWith('bject', pos + 1)) return revertPos;
    pos += 6;
    if (!eatChar(C_DOT)) return revertPos;
    ch = commentWhitespace();
    if (ch !== C_d || !s.startsWith('efineProperty', pos + 1)) return revertPos;
    pos += 14;
    if (!eatChar(C_LPAREN)) return revertPos;
    if (!readExportsOrModuleDotExports(commentWhitespace())) return revertPos;
    if (!eatChar(C_COMMA) || !eatWord(key) || !eatChar(C_COMMA) || !eatChar(C_LBRACE)) return revertPos;
    ch = commentWhitespace();
    if (ch !== C_e || !s.startsWith('numerable', pos + 1)) return revertPos;
    pos += 10;
    if (!eatChar(C_COLON)) return revertPos;
    ch = commentWhitespace();
    // (the reference accepts any word starting with `t` here, or any 4 characters before `rue`)
    if (ch !== C_t && !s.startsWith('rue', pos + 1)) return revertPos;
    pos += 4;
    if (!eatChar(C_COMMA)) return revertPos;
    ch = commentWhitespace();
    if (ch !== C_g || !s.startsWith('et', pos + 1)) return revertPos;
    pos += 3;
    if (!getterHead()) return revertPos;
    if (!eatWord('return')) return revertPos;
    if (!eatWord(id) || !eatChar(C_LBRACKET) || !eatWord(key) || !eatChar(C_RBRACKET)) return revertPos;
    ch = commentWhitespace();
    if (ch === C_SEMI) {
      pos++;
      ch = commentWhitespace();
    }
    if (ch !== C_RBRACE) return revertPos;
    pos++;
    ch = commentWhitespace();
    if (ch === C_COMMA) {
      pos++;
      ch = commentWhitespace();
    }
    if (ch !== C_RBRACE) return revertPos;
    pos++;
    if (!eatChar(C_RPAREN)) return revertPos;
    ch = commentWhitespace();
    if (ch === C_SEMI) {
      pos++;
      ch = commentWhitespace();
    }
  } else {
    return revertPos;
  }

  if (ch !== C_RBRACE) return revertPos;
  pos++;
  if (commentWhitespace() !== C_RPAREN) return revertPos;
  const specifier = starBindings === null ? undefined : starBindings.get(id);
  if (specifier !== undefined) {
    reexports.push(specifier);
    return revertPos;
  }
  return -1;
}

// `'word'` or `"word"`.
function eatQuoted(word) {
  const quote = commentWhitespace();
  if (quote !== C_DQUOTE && quote !== C_SQUOTE) return false;
  if (!src.startsWith(word, pos + 1)) return false;
  pos += word.length + 1;
  return eatChar(quote);
}

// `return` and an optional `;`.
function eatReturn() {
  const ch = commentWhitespace();
  if (ch !== C_r || !src.startsWith('eturn', pos + 1)) return false;
  pos += 6;
  if (commentWhitespace() === C_SEMI) pos++;
  return true;
}

// Object[.prototype].hasOwnProperty.call(obj, key)
function tryParseObjectHasOwnProperty(key) {
  const s = src;
  let ch = commentWhitespace();
  if (ch !== C_O || !s.startsWith('bject', pos + 1)) return false;
  pos += 6;
  if (!eatChar(C_DOT)) return false;
  ch = commentWhitespace();
  if (ch === C_p) {
    if (!s.startsWith('rototype', pos + 1)) return false;
    pos += 9;
    if (!eatChar(C_DOT)) return false;
    ch = commentWhitespace();
  }
  if (ch !== C_h || !s.startsWith('asOwnProperty', pos + 1)) return false;
  pos += 14;
  if (!eatChar(C_DOT)) return false;
  ch = commentWhitespace();
  if (ch !== C_c || !s.startsWith('all', pos + 1)) return false;
  pos += 4;
  if (!eatChar(C_LPAREN)) return false;
  commentWhitespace();
  if (!identifier()) return false;
  if (!eatChar(C_COMMA) || !eatWord(key)) return false;
  return eatChar(C_RPAREN);
}

// Keyword detection looking backwards from p, the position of the keyword's last
// character.
function precededByKeyword(p, word) {
  const start = p - word.length + 1;
  if (start < 0) return false;
  return src.startsWith(word, start) && (start === 0 || isBrOrWsOrPunctuatorNotDot(src.charCodeAt(start - 1)));
}

function precededByKeyword1(p, c) {
  if (p < 0) return false;
  return src.charCodeAt(p) === c && (p === 0 || isBrOrWsOrPunctuatorNotDot(src.charCodeAt(p - 1)));
}

// One of case, debugger, delete, do, else, in, instanceof, new, return, throw,
// typeof, void, yield, await ends at p: after it, `/` starts a regular expression.
function isExpressionKeyword(p) {
  const s = src;
  switch (s.charCodeAt(p)) {
    case C_d:
      switch (s.charCodeAt(p - 1)) {
        case C_i: return precededByKeyword(p - 2, 'vo');
        case C_l: return precededByKeyword(p - 2, 'yie');
        default: return false;
      }
    case C_e:
      switch (s.charCodeAt(p - 1)) {
        case C_s:
          switch (s.charCodeAt(p - 2)) {
            case C_l: return precededByKeyword1(p - 3, C_e);
            case 97 /* a */: return precededByKeyword1(p - 3, C_c);
            default: return false;
          }
        case C_t: return precededByKeyword(p - 2, 'dele');
        default: return false;
      }
    case C_f:
      if (s.charCodeAt(p - 1) !== C_o || s.charCodeAt(p - 2) !== C_e) return false;
      switch (s.charCodeAt(p - 3)) {
        case C_c: return precededByKeyword(p - 4, 'instan');
        case C_p: return precededByKeyword(p - 4, 'ty');
        default: return false;
      }
    case C_n:
      return precededByKeyword1(p - 1, C_i) || precededByKeyword(p - 1, 'retur');
    case C_o:
      return precededByKeyword1(p - 1, C_d);
    case C_r:
      return precededByKeyword(p - 1, 'debugge');
    case C_t:
      return precededByKeyword(p - 1, 'awai');
    case C_w:
      switch (s.charCodeAt(p - 1)) {
        case C_e: return precededByKeyword1(p - 2, C_n);
        case C_o: return precededByKeyword(p - 2, 'thr');
        default: return false;
      }
  }
  return false;
}

// `while`, `for` or `if` ends at p: a `/` after its `(...)` starts a regular expression.
function isParenKeyword(p) {
  return precededByKeyword(p, 'while') || precededByKeyword(p, 'for') || precededByKeyword(p, 'if');
}

// `=>`, `;`, `)`, `catch`, `finally` or `else` ends at p: a `{` after it opens a
// block, so a `/` after the block starts a regular expression.
function isExpressionTerminator(p) {
  const s = src;
  switch (s.charCodeAt(p)) {
    case C_GT: return s.charCodeAt(p - 1) === C_EQ;
    case C_SEMI:
    case C_RPAREN: return true;
    case C_h: return precededByKeyword(p - 1, 'catc');
    case C_y: return precededByKeyword(p - 1, 'finall');
    case C_e: return precededByKeyword(p - 1, 'els');
  }
  return false;
}

// The value of a name or specifier slice: quoted ones are unescaped. A quoted one
// that does not decode, or whose value holds an unpaired surrogate or a code unit
// from U+DC00 up, has no value (undefined).
function decodeName(raw) {
  const quote = raw.charCodeAt(0);
  if (quote !== C_SQUOTE && quote !== C_DQUOTE) return raw;
  const value = raw.indexOf('\\') === -1 ? raw.slice(1, -1) : unescapeString(raw, quote);
  if (value === undefined) return undefined;
  for (let i = 0; i < value.length; i++) {
    const prefix = value.charCodeAt(i) & 0xFC00;
    if (prefix < 0xD800) continue;
    if (prefix !== 0xD800 || (value.charCodeAt(++i) & 0xFC00) !== 0xDC00) return undefined;
  }
  return value;
}

function hexValue(c) {
  if (c >= C_0 && c <= C_9) return c - C_0;
  const lower = c | 32;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}

// The value of a quoted string literal (which ends with its closing quote).
function unescapeString(raw, quote) {
  let out = '';
  let i = 1;
  let chunk = 1;
  const length = raw.length;
  while (i < length) {
    const c = raw.charCodeAt(i);
    if (c === quote) return out + raw.slice(chunk, i);
    if (c === C_LF || c === C_CR) return undefined;
    if (c !== C_BACKSLASH) {
      i++;
      continue;
    }
    out += raw.slice(chunk, i);
    if (++i === length) return undefined;
    const e = raw.charCodeAt(i++);
    switch (e) {
      case C_CR:
        if (raw.charCodeAt(i) === C_LF) i++;
        break;
      case C_LF:
      case 0x2028:
      case 0x2029:
        break;
      case C_r: out += '\r'; break;
      case C_n: out += '\n'; break;
      case C_t: out += '\t'; break;
      case 98 /* b */: out += '\b'; break;
      case C_f: out += '\f'; break;
      case C_v: out += '\v'; break;
      case 120 /* x */: {
        const a = hexValue(raw.charCodeAt(i));
        const b = hexValue(raw.charCodeAt(i + 1));
        if (a < 0 || b < 0) return undefined;
        i += 2;
        out += String.fromCharCode(a * 16 + b);
        break;
      }
      case 117 /* u */: {
        let value = 0;
        if (raw.charCodeAt(i) === C_LBRACE) {
          i++;
          do {
            const h = hexValue(raw.charCodeAt(i));
            if (h < 0) return undefined;
            value = value * 16 + h;
            if (value > 0x10FFFF) return undefined;
            i++;
          } while (raw.charCodeAt(i) !== C_RBRACE);
          i++;
        } else {
          for (let k = 0; k < 4; k++) {
            const h = hexValue(raw.charCodeAt(i++));
            if (h < 0) return undefined;
            value = value * 16 + h;
          }
        }
        out += String.fromCodePoint(value);
        break;
      }
      default:
        if (e >= C_0 && e <= 55 /* 7 */) {
          // legacy octal: up to three digits, the value at most 0o377
          let value = e - C_0;
          let more = e <= 51 /* 3 */ ? 2 : 1;
          do {
            const d = raw.charCodeAt(i);
            if (d < C_0 || d > 55) break;
            value = value * 8 + d - C_0;
            i++;
          } while (--more > 0);
          out += String.fromCharCode(value);
        } else {
          out += raw[i - 1];
        }
    }
    chunk = i;
  }
  return undefined;
}

// Identifier characters beyond ASCII, as sorted inclusive ranges of code points,
// each written as (start - previous end, end - start) in base 36. They are the ID_Start
// and ID_Continue (+ U+200C, U+200D) sets of the reference lexer's Unicode version,
// deliberately not the engine's own (\p{ID_Start}), which is newer.
const START_RANGES =
  '4q,0,b,0,5,0,6,m,2,u,2,cp,5,b,f,4,8,0,2,0,3m,4,2,1,3,3,2,0,7,0,2,2,2,0,2,j,2,2a,2,3u,9,4l,2,11,3,' +
  '0,7,14,20,q,5,3,1a,16,10,1,2,2q,2,0,g,1,8,1,b,2,3,0,h,0,2,t,u,2g,c,0,p,w,a,1,5,0,6,l,5,0,a,0,4,0,' +
  'o,o,8,a,1i,k,2,7,1z,1h,4,0,j,0,8,9,g,f,5,7,3,1,3,l,2,6,2,0,4,3,4,0,h,0,e,1,2,2,f,1,b,0,9,5,5,1,3,' +
  'l,2,6,2,1,2,1,2,1,w,3,2,0,k,2,h,8,2,2,2,l,2,6,2,1,2,4,4,0,j,0,g,1,o,0,c,7,3,1,3,l,2,6,2,1,2,4,4,' +
  '0,v,1,2,2,g,0,i,0,2,5,4,2,2,3,4,1,2,0,2,1,4,1,4,2,4,b,n,0,1h,7,2,2,2,m,2,f,4,0,r,2,6,1,v,0,5,7,2,' +
  '2,2,m,2,9,2,4,4,0,x,0,2,1,g,1,j,7,2,2,2,14,3,0,h,0,6,2,9,2,p,5,6,h,4,n,2,8,2,0,3,6,1n,1b,2,1,d,6,' +
  '1n,1,2,0,3,1,2,0,3,0,7,3,2,6,2,2,2,0,2,0,3,1,2,3,2,1,a,0,3,4,2,0,m,3,x,0,1s,7,2,z,s,4,38,16,l,0,' +
  'h,5,5,3,4,0,4,1,8,2,5,c,d,0,i,11,2,0,6,0,3,16,2,98,2,3,3,6,2,0,2,3,3,14,2,3,3,w,2,3,3,6,2,0,2,3,' +
  '3,e,2,1k,2,3,3,1u,12,f,h,2d,3,5,4,h7,3,g,2,p,6,22,4,a,8,c,2,3,f,h,f,h,f,c,2,2,g,1f,10,0,5,0,1w,' +
  '2g,8,14,2,0,6,1x,b,u,1e,t,3,4,c,17,5,p,1j,m,a,1g,2b,0,2m,1a,i,6,1k,t,e,1,b,17,r,z,16,2,b,z,3,8,8,' +
  '16,3,2,16,3,2,3,4,1,a,5b,1t,7p,3,5,3,11,3,5,3,7,2,0,2,0,2,0,2,u,3,1g,2,6,2,0,4,2,2,6,4,3,3,5,5,c,' +
  '6,2,2,6,39,0,e,0,h,c,2u,0,5,0,3,9,2,0,3,5,7,0,2,0,2,0,2,f,3,3,6,4,5,0,i,14,22g,1a,2,1a,2,3o,7,3,' +
  '4,1,d,11,2,0,6,0,3,1j,8,0,h,m,a,6,2,6,2,6,2,6,2,6,2,6,2,6,2,6,fb,2,q,8,8,4,3,4,5,2d,5,4,2,2h,2,3,' +
  '6,16,2,2l,i,q,1i,f,e9,52t,23,g6n,h,wc,1w,19,3,7g,4,f,b,1,l,1a,h,u,3,27,14,8,3,2u,3,1a,1q,a,2,2,2,' +
  '3,2,m,u,1f,f,1d,1r,5,4,0,2,1,c,r,b,m,q,s,8,1a,t,0,h,4,2,9,b,4,2,14,o,2,2,7,l,m,4,0,4,1d,2,0,4,1,' +
  '3,4,3,0,2,0,p,2,3,a,8,2,d,5,3,5,3,5,a,6,2,6,2,16,2,9,b,36,u,8mb,d,m,5,1c,6it,a5,3,2x,13,6,d,4,6,' +
  '0,2,9,2,c,2,4,2,0,2,1,2,1,2,2z,y,a2,j,1r,3,1h,15,b,39,4,2,3q,11,p,7,p,c,2g,4,5,3,5,3,5,3,2,10,b,' +
  '2,p,2,i,2,1,2,e,3,d,z,3e,1y,1g,7g,s,4,1c,1c,v,e,t,6,11,b,t,3,z,5,7,2,4,17,4d,j,z,5,z,5,13,9,1f,' +
  '4d,8m,a,l,b,7,49,5,3,0,2,17,2,1,4,0,3,m,b,m,a,u,1u,i,2,1,b,l,b,p,1z,1j,7,1,1t,0,g,3,2,2,2,s,17,s,' +
  '4,s,10,7,2,r,s,1h,b,l,b,i,e,h,33,20,1k,1e,e,1e,e,z,9p,15,7,1,27,s,b,0,9,l,2z,k,s,m,d,1g,24,18,x,' +
  'o,r,z,u,0,3,0,9,y,4,0,d,1b,f,3,m,0,2,0,10,h,2,o,2d,6,2,0,2,3,2,e,2,9,8,1a,13,7,3,1,3,l,2,6,2,1,2,' +
  '4,4,0,j,0,d,4,4f,1g,j,3,l,2,v,1b,l,1,2,0,55,1a,16,3,11,1b,l,0,1o,16,e,0,20,q,6e,17,39,1r,w,7,3,0,' +
  '3,7,2,1,2,n,g,0,2,0,2n,7,3,12,h,0,2,0,t,0,b,13,8,0,m,0,c,19,k,0,z,1k,7c,8,2,10,i,0,1e,t,35,6,2,1,' +
  '2,11,m,0,q,5,2,1,2,v,f,0,94,i,5a,0,28,pl,2v,32,i,5f,24d,tq,34i,g6,6nu,fs,8,u,36,t,j,1b,h,3,w,k,6,' +
  'i,j5,1r,3l,22,6,0,1v,c,1t,1,2,0,t,4qf,9,yd,17,8,6wo,7y,1e,2,i,3,9,az,1s5,2y,6,c,4,8,8,9,4mf,2c,2,' +
  '1y,2,1,3,0,3,1,3,3,2,b,2,0,2,6,2,1s,2,3,3,7,2,6,2,r,2,3,2,4,2,0,4,6,2,9f,3,o,2,o,2,u,2,o,2,u,2,o,' +
  '2,u,2,o,2,u,2,o,2,7,1th,18,b,6,h,0,aa,17,105,5g,1o,1v,8,0,xh,3,2,q,2,1,2,0,3,0,2,9,2,3,2,0,2,0,7,' +
  '0,5,0,2,0,2,0,2,2,2,1,2,0,3,0,2,0,2,0,2,0,2,0,2,1,2,0,3,3,2,6,2,3,2,3,2,0,2,9,2,g,6,2,2,4,2,g,' +
  '3et,wyl,z,378,c,65,3,4g1,f,5rk,2e8,f1,15v,3t6';
const CONT_RANGES =
  '4q,0,b,0,2,0,3,0,6,m,2,u,2,cp,5,b,f,4,8,0,2,0,i,38,2,1,3,3,2,0,7,4,2,0,2,j,2,2a,2,3u,2,4,3,4l,2,' +
  '11,3,0,7,14,9,18,2,0,2,1,2,1,2,0,9,q,5,3,u,a,6,21,5,2t,2,7,3,9,2,i,3,0,h,1m,3,2s,f,1h,5,0,3,0,3,' +
  '19,j,r,5,a,1i,k,2,7,m,e,2,3k,3,9,2,i,2,7,3,1,3,l,2,6,2,0,4,3,3,8,3,1,3,3,9,0,5,1,2,4,3,b,b,0,2,0,' +
  '3,2,2,5,5,1,3,l,2,6,2,1,2,1,2,1,3,0,2,4,5,1,3,2,4,0,8,3,2,0,8,f,c,2,2,8,2,2,2,l,2,6,2,1,2,4,3,9,' +
  '2,2,2,2,3,0,g,3,3,9,a,6,2,2,2,7,3,1,3,l,2,6,2,1,2,4,3,8,3,1,3,2,9,1,5,1,2,4,3,9,2,0,h,1,2,5,4,2,' +
  '2,3,4,1,2,0,2,1,4,1,4,2,4,b,5,4,4,2,2,3,3,0,7,0,f,9,h,c,2,2,2,m,2,f,4,7,2,2,2,3,8,1,2,2,6,3,3,9,' +
  'h,3,2,7,2,2,2,m,2,9,2,4,3,8,2,2,2,3,8,1,8,0,2,3,3,9,2,1,e,3,2,7,2,2,2,1e,2,2,2,4,6,3,8,4,3,9,b,5,' +
  '3,1,2,h,4,n,2,8,2,0,3,6,4,0,5,5,2,0,2,7,7,9,3,1,e,1l,6,e,2,9,14,1,2,0,3,1,2,0,3,0,7,3,2,6,2,2,2,' +
  '0,2,0,3,1,2,c,2,2,3,4,2,0,2,5,3,9,3,3,x,0,o,1,7,9,c,0,2,0,2,0,5,9,2,z,5,j,2,h,2,z,a,0,1m,21,7,25,' +
  '3,11,2,0,6,0,3,16,2,98,2,3,3,6,2,0,2,3,3,14,2,3,3,w,2,3,3,6,2,0,2,3,3,e,2,1k,2,3,3,1u,3,2,a,8,f,' +
  'f,h,2d,3,5,4,h7,3,g,2,p,6,22,4,a,8,c,2,6,c,k,c,j,d,c,2,2,2,1,d,2b,4,0,5,1,3,9,y,2,3,9,7,2g,8,16,' +
  '6,1x,b,u,2,b,5,b,b,13,3,4,c,17,5,p,7,a,12,r,5,1q,2,s,3,a,7,9,e,0,9,d,1v,23,5,9,i,8,d,37,d,1j,9,9,' +
  '4,1c,3,8,8,16,3,2,h,2,2,11,7,6x,2,7u,3,5,3,11,3,5,3,7,2,0,2,0,2,0,2,u,3,1g,2,6,2,0,4,2,2,6,4,3,3,' +
  '5,5,c,6,2,2,6,g,1,1e,1,k,0,t,0,e,0,h,c,1g,c,5,0,4,b,i,0,5,0,3,9,2,0,3,5,7,0,2,0,2,0,2,f,3,3,6,4,' +
  '5,0,i,14,22g,1a,2,1a,2,3o,7,8,d,11,2,0,6,0,3,1j,8,0,g,n,a,6,2,6,2,6,2,6,2,6,2,6,2,6,2,6,2,v,ee,2,' +
  'q,e,2,4,3,4,5,2d,3,6,2,2h,2,3,6,16,2,2l,i,q,1i,f,e9,52t,23,g6n,h,wc,1w,19,3,7g,4,r,l,1b,5,9,2,36,' +
  '12,8,3,2u,3,1a,1q,1c,p,1f,d,1x,b,9,7,n,4,0,2,1c,3,z,d,s,4,1s,f,a,7,u,2,1i,a,d,3,9,7,m,4,20,p,2,3,' +
  'f,3,4,b,5,3,5,3,5,a,6,2,6,2,16,2,9,b,3e,2,1,3,9,7,8mb,d,m,5,1c,6it,a5,3,2x,13,6,d,4,6,b,2,c,2,4,' +
  '2,0,2,1,2,1,2,2z,y,a2,j,1r,3,1h,15,b,5,f,h,f,4,1,p,2,x,4,2,3q,k,9,8,p,5,0,2,p,c,2g,4,5,3,5,3,5,3,' +
  '2,10,b,2,p,2,i,2,1,2,e,3,d,z,3e,1y,1g,3t,0,3n,s,4,1c,g,0,w,v,e,t,6,16,6,t,3,z,5,7,2,4,17,4d,3,9,' +
  '7,z,5,z,5,13,9,1f,4d,8m,a,l,b,7,49,5,3,0,2,17,2,1,4,0,3,m,b,m,a,u,1u,i,2,1,b,l,b,p,1z,1j,7,1,1t,' +
  '3,2,1,6,7,2,2,2,s,3,2,5,0,x,s,4,s,10,7,2,t,q,1h,b,l,b,i,e,h,33,20,1k,1e,e,1e,e,13,9,9,93,15,2,1,' +
  '4,1,27,s,b,0,9,w,2o,k,s,m,a,1y,w,9,g,1n,m,o,8,9,7,1g,2,9,5,3,9,z,3,0,a,1w,5,3,2,c,2,0,10,h,2,10,' +
  '7,0,1u,6,2,0,2,3,2,e,2,9,8,1m,6,9,7,3,2,7,3,1,3,l,2,6,2,1,2,4,2,9,3,1,3,2,3,0,7,0,6,6,3,6,4,4,3w,' +
  '22,6,9,5,3,v,1x,2,0,9,9,4n,1h,3,8,o,5,z,1s,4,0,c,9,13,1k,8,9,1j,q,3,e,5,9,5j,1m,2u,21,m,7,3,0,3,' +
  '7,2,1,2,t,2,1,3,8,d,9,1z,7,3,19,3,7,2,1,s,1q,9,0,9,21,4,0,z,1k,7c,8,2,18,2,8,g,9,p,t,3,l,2,d,22,' +
  '6,2,1,2,17,4,0,2,1,2,8,9,9,7,5,2,1,2,10,2,1,2,5,8,9,8n,m,56,0,28,pl,2v,32,i,5f,24d,tq,34i,g6,6nu,' +
  'fs,8,u,2,9,2v,t,3,4,c,1i,a,3,d,9,a,k,6,i,j5,1r,3l,22,5,1k,8,g,1t,1,2,1,c,1,f,4qf,9,yd,17,8,6wo,' +
  '7y,1e,2,i,3,9,az,1s5,2y,6,c,4,8,8,9,4,1,43r,4,4,5,9,7,3,6,v,3,45,2,cc,2c,2,1y,2,1,3,0,3,1,3,3,2,' +
  'b,2,0,2,6,2,1s,2,3,3,7,2,6,2,r,2,3,2,4,2,0,4,6,2,9f,3,o,2,o,2,u,2,o,2,u,2,o,2,u,2,o,2,u,2,o,2,7,' +
  '3,1d,e9,1i,5,1d,9,0,f,0,n,4,2,e,11t,6,2,g,3,6,2,1,2,4,5y,18,4,d,3,9,5,0,aa,1l,zr,5g,c,6,16,23,5,' +
  '9,x3,3,2,q,2,1,2,0,3,0,2,9,2,3,2,0,2,0,7,0,5,0,2,0,2,0,2,2,2,1,2,0,3,0,2,0,2,0,2,0,2,0,2,1,2,0,3,' +
  '3,2,6,2,3,2,3,2,0,2,9,2,g,6,2,2,4,2,g,2lx,9,sn,wyl,z,378,c,65,3,4g1,f,5rk,2e8,f1,15v,3t6,fcmu,6n';

let startTable = null;
let continueTable = null;

function decodeRanges(text) {
  const parts = text.split(',');
  const table = new Int32Array(parts.length);
  let previous = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const first = previous + parseInt(parts[i], 36);
    previous = first + parseInt(parts[i + 1], 36);
    table[i] = first;
    table[i + 1] = previous;
  }
  return table;
}

function inRanges(table, c) {
  let low = 0;
  let high = (table.length >> 1) - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (c < table[mid * 2]) high = mid - 1;
    else if (c > table[mid * 2 + 1]) low = mid + 1;
    else return true;
  }
  return false;
}

function isIdentifierStart(c) {
  if (c < 65) return c === C_DOLLAR;
  if (c < 91) return true;
  if (c < 97) return c === C_UNDERSCORE;
  if (c < 123) return true;
  if (c < 0xAA) return false;
  if (startTable === null) startTable = decodeRanges(START_RANGES);
  return inRanges(startTable, c);
}

function isIdentifierChar(c) {
  if (c < 48) return c === C_DOLLAR;
  if (c < 58) return true;
  if (c < 65) return false;
  if (c < 91) return true;
  if (c < 97) return c === C_UNDERSCORE;
  if (c < 123) return true;
  if (c < 0xAA) return false;
  if (continueTable === null) continueTable = decodeRanges(CONT_RANGES);
  return inRanges(continueTable, c);
}

module.exports = { parse };
