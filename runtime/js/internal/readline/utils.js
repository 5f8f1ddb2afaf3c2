'use strict';

// Shared pieces of readline: ANSI control sequences, UTF-16 character sizes,
// and the keypress decoder that turns terminal input into 'keypress' events.

const kEscape = '\x1b';

// CSI`2K` -> '\x1b[2K'
function CSI(strings, ...args) {
  let out = `${kEscape}[`;
  for (let i = 0; i < strings.length; i++) {
    out += strings[i];
    if (i < args.length) out += args[i];
  }
  return out;
}
CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

// Code units of the character before position i (2 for a surrogate pair).
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && str.codePointAt(i - 2) >= 0x10000) || str.codePointAt(i - 1) >= 0x10000) return 2;
  return 1;
}

// Code units of the character at position i (1 past the end).
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = strings.slice().sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  for (let i = 0; i < first.length; i++) {
    if (first[i] !== last[i]) return first.slice(0, i);
  }
  return first;
}

// Reverses the order of the `from`-separated parts of a line.
function reverseString(line, from = '\r', to = '\r') {
  return line.split(from).reverse().join(to);
}

// Key names of escape sequences: ESC [ or ESC O, then the code.
const sequenceKeys = {
  __proto__: null,
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  OP: 'f1', OQ: 'f2', OR: 'f3', OS: 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[200~': 'paste-start', '[201~': 'paste-end',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10',
  '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  OA: 'up', OB: 'down', OC: 'right', OD: 'left', OE: 'clear', OF: 'end', OH: 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
};
// Sequences that imply a modifier: [name, 'shift' | 'ctrl'].
const modifiedKeys = {
  __proto__: null,
  '[a': ['up', 'shift'], '[b': ['down', 'shift'], '[c': ['right', 'shift'], '[d': ['left', 'shift'],
  '[e': ['clear', 'shift'],
  '[2$': ['insert', 'shift'], '[3$': ['delete', 'shift'], '[5$': ['pageup', 'shift'],
  '[6$': ['pagedown', 'shift'], '[7$': ['home', 'shift'], '[8$': ['end', 'shift'],
  Oa: ['up', 'ctrl'], Ob: ['down', 'ctrl'], Oc: ['right', 'ctrl'], Od: ['left', 'ctrl'], Oe: ['clear', 'ctrl'],
  '[2^': ['insert', 'ctrl'], '[3^': ['delete', 'ctrl'], '[5^': ['pageup', 'ctrl'], '[6^': ['pagedown', 'ctrl'],
  '[7^': ['home', 'ctrl'], '[8^': ['end', 'ctrl'],
  '[Z': ['tab', 'shift'],
};

const isDigit = (ch) => ch >= '0' && ch <= '9';

// A generator fed one character at a time (gen.next(ch)); it emits
// 'keypress' (sequence, key) on `stream` for each complete key. Feeding ''
// ends a pending lone ESC (the escape-code timeout).
function* emitKeys(stream) {
  for (;;) {
    let ch = yield;
    let seq = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      seq += (ch = yield);
      if (ch === kEscape) seq += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        seq += (ch = yield);
        if (isDigit(ch)) {
          modifier = (ch >> 0) - 1;
          seq += (ch = yield);
        }
        code += ch;
      } else {
        seq += (ch = yield);
        if (ch === '[') {
          code += ch;
          seq += (ch = yield);
        }
        // Collect up to three digits, then an optional ';' modifier.
        const cmdStart = seq.length - 1;
        if (isDigit(ch)) {
          seq += (ch = yield);
          if (isDigit(ch)) {
            seq += (ch = yield);
            if (isDigit(ch)) seq += (ch = yield);
          }
        }
        if (ch === ';') {
          seq += (ch = yield);
          if (isDigit(ch)) seq += yield;
        }
        const cmd = seq.slice(cmdStart);
        let match;
        if ((match = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/.exec(cmd))) {
          if (match[4]) {
            code += match[4];
          } else {
            code += match[1] + match[3];
            modifier = (match[2] || 1) - 1;
          }
        } else if ((match = /^((\d;)?(\d))?([A-Za-z])$/.exec(cmd))) {
          code += match[4];
          modifier = (match[3] || 1) - 1;
        } else {
          code += cmd;
        }
      }
      key.ctrl = !!(modifier & 4);
      key.meta = !!(modifier & 10);
      key.shift = !!(modifier & 1);
      key.code = code;
      if (sequenceKeys[code] !== undefined) {
        key.name = sequenceKeys[code];
      } else if (modifiedKeys[code] !== undefined) {
        key.name = modifiedKeys[code][0];
        key[modifiedKeys[code][1]] = true;
      } else {
        key.name = 'undefined';
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      // Control + letter.
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      // ESC followed by something else, or the timeout ('').
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = seq;
    if (seq.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : seq, key);
    } else if (charLengthAt(seq, 0) === seq.length) {
      stream.emit('keypress', seq, key);
    }
    // Anything else is a broken sequence: nothing is emitted.
  }
}

module.exports = {
  CSI,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  emitKeys,
  reverseString,
};
