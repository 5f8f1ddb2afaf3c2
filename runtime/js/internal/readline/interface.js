'use strict';

// The readline Interface shared by `readline` and `readline/promises`.
//
// Without a terminal (piped input, the common case in a session) input is
// decoded as UTF-8 and split into lines at \n, \r\n, \r, U+2028 and U+2029,
// whatever the chunking; a \r at the end of one chunk and a \n at the start
// of the next (within crlfDelay) are one line ending. At the end of input
// the unterminated rest is a last 'line', then 'close'.
//
// With a terminal, keypresses edit the line: cursor movement, word and line
// deletion with a kill ring, history, undo/redo and tab completion.

const EventEmitter = require('events');
const { codes, AbortError } = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateNumber,
  validateString,
  validateUint32,
} = require('internal/validators');
const { inspect, getStringWidth, stripVTControlCharacters } = require('internal/inspect');
const {
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  reverseString,
} = require('internal/readline/utils');
const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const { kSawKeyPress } = require('internal/readline/emitKeypressEvents');

const kMinCrlfDelay = 100;
const kHistorySize = 30;
const kMaxUndoRedo = 2048;
const kMaxKillRing = 32;
const ESCAPE_CODE_TIMEOUT = 500;
const lineEnding = /\r?\n|\r(?!\n)|\u2028|\u2029/g;

const kQuestion = Symbol('kQuestion');
const kQuestionCancel = Symbol('kQuestionCancel');
const kQuestionReject = Symbol('kQuestionReject');
const kLineIterator = Symbol('line iterator');
const kSubstringSearch = Symbol('kSubstringSearch');
const kUndoStack = Symbol('undo');
const kRedoStack = Symbol('redo');
const kKillRing = Symbol('killRing');
const kKillRingCursor = Symbol('killRingCursor');
const kYanking = Symbol('yanking');
const kHistory = Symbol('history');
const kHistoryIndex = Symbol('historyIndex');
const kHistorySizeSym = Symbol('historySize');
const kRemoveDuplicates = Symbol('removeHistoryDuplicates');

// Lines delivered through `for await (const line of rl)`.
function createLineIterator(rl) {
  const queued = [];
  const waiting = [];
  let error = null;
  let done = false;
  let paused = false;
  const highWaterMark = 1024;

  function finish() {
    if (done) return;
    done = true;
    rl.removeListener('line', onLine);
    rl.removeListener('close', finish);
    rl.removeListener('error', onError);
    while (waiting.length > 0) waiting.shift().resolve({ value: undefined, done: true });
  }
  function onLine(line) {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: line, done: false });
      return;
    }
    queued.push(line);
    if (!paused && queued.length > highWaterMark && !rl.closed) {
      paused = true;
      rl.pause();
    }
  }
  function onError(err) {
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    finish();
  }
  rl.on('line', onLine);
  rl.on('error', onError);
  rl.on('close', finish);

  const iterator = {
    next() {
      if (queued.length > 0) {
        const value = queued.shift();
        if (paused && queued.length < 1 && !rl.closed) {
          paused = false;
          rl.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (error !== null) {
        const err = error;
        error = null;
        return Promise.reject(err);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      onError(err);
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    // The queue's state, as events.on() iterators report it.
    [Symbol.for('nodejs.watermarkData')]: {
      get size() {
        return queued.length;
      },
      get low() {
        return 1;
      },
      get high() {
        return highWaterMark;
      },
      get isPaused() {
        return paused;
      },
    },
  };
  Object.setPrototypeOf(iterator, Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));
  return iterator;
}

function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawKeyPress] = false;
  this._sawReturnAt = 0;
  this.isCompletionEnabled = true;
  this._previousKey = null;
  this.escapeCodeTimeout = ESCAPE_CODE_TIMEOUT;
  this.tabSize = 8;
  EventEmitter.call(this);

  let crlfDelay;
  let prompt = '> ';
  let signal;
  let historyOptions = { size: undefined, history: undefined, removeHistoryDuplicates: undefined };

  if (input?.input) {
    // An options object.
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (Number.isFinite(options.escapeCodeTimeout)) {
        this.escapeCodeTimeout = options.escapeCodeTimeout;
      } else {
        throw new codes.ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    historyOptions = {
      size: options.historySize,
      history: options.history,
      removeHistoryDuplicates: options.removeHistoryDuplicates,
    };
    input = options.input;
  }

  if (historyOptions.history !== undefined) validateArray(historyOptions.history, 'history');
  if (historyOptions.size !== undefined) validateNumber(historyOptions.size, 'size', 0);
  this[kHistory] = historyOptions.history ?? [];
  this[kHistorySizeSym] = historyOptions.size ?? kHistorySize;
  this[kRemoveDuplicates] = historyOptions.removeHistoryDuplicates || false;
  this[kHistoryIndex] = -1;

  if (completer !== undefined && typeof completer !== 'function') {
    throw new codes.ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (terminal === undefined && output !== null && output !== undefined) terminal = !!output.isTTY;

  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this[kYanking] = false;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;
  this[kLineIterator] = undefined;

  const self = this;
  function onError(err) {
    self.emit('error', err);
  }
  function onData(data) {
    self._normalWrite(data);
  }
  function onEnd() {
    if (typeof self._line_buffer === 'string' && self._line_buffer.length > 0) {
      self.emit('line', self._line_buffer);
    }
    self.close();
  }
  function onTermEnd() {
    if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
    self.close();
  }
  function onKeypress(s, key) {
    self._ttyWrite(s, key);
    if (key?.sequence) {
      const ch = key.sequence.codePointAt(0);
      if (ch >= 0xd800 && ch <= 0xdfff) self._refreshLine();
    }
  }
  function onResize() {
    self._refreshLine();
  }

  input.on('error', onError);
  if (!this.terminal) {
    input.on('data', onData);
    input.on('end', onEnd);
    this.once('close', () => {
      input.removeListener('data', onData);
      input.removeListener('error', onError);
      input.removeListener('end', onEnd);
    });
    const { StringDecoder } = require('string_decoder');
    this._decoder = new StringDecoder('utf8');
  } else {
    require('internal/readline/emitKeypressEvents')(input, this);
    input.on('keypress', onKeypress);
    input.on('end', onTermEnd);
    this._setRawMode(true);
    this.terminal = true;
    this.cursor = 0;
    if (output !== null && output !== undefined) output.on('resize', onResize);
    this.once('close', () => {
      input.removeListener('keypress', onKeypress);
      input.removeListener('error', onError);
      input.removeListener('end', onTermEnd);
      if (output !== null && output !== undefined) output.removeListener('resize', onResize);
    });
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  this.line = '';
  input.resume();
}
Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  get columns() {
    if (this.output?.columns) return this.output.columns;
    return Infinity;
  }

  get history() {
    return this[kHistory];
  }

  set history(value) {
    this[kHistory] = value;
  }

  get historyIndex() {
    return this[kHistoryIndex];
  }

  set historyIndex(value) {
    this[kHistoryIndex] = value;
  }

  get historySize() {
    return this[kHistorySizeSym];
  }

  setPrompt(prompt) {
    this._prompt = prompt;
  }

  getPrompt() {
    return this._prompt;
  }

  _setRawMode(mode) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasRaw;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this._prompt);
    }
  }

  [kQuestion](query, cb) {
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    if (this._questionCallback) {
      this.prompt();
    } else {
      this._oldPrompt = this._prompt;
      this.setPrompt(query);
      this._questionCallback = cb;
      this.prompt();
    }
  }

  [kQuestionCancel]() {
    if (this._questionCallback) {
      this._questionCallback = null;
      this.setPrompt(this._oldPrompt);
      this.clearLine();
    }
  }

  _onLine(line) {
    if (this._questionCallback) {
      const cb = this._questionCallback;
      this._questionCallback = null;
      this.setPrompt(this._oldPrompt);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  _writeToOutput(text) {
    validateString(text, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(text);
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this._setRawMode(false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(data, key) {
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) this.resume();
    if (this.terminal) this._ttyWrite(data, key);
    else this._normalWrite(data);
  }

  // Non-terminal input: split into lines.
  _normalWrite(chunk) {
    if (chunk === undefined) return;
    let string = this._decoder.write(chunk);
    if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
      // The \n of a \r\n split across chunks.
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this._sawReturnAt = 0;
    }
    if (!string) return;
    const lines = string.includes('\r') || string.includes('\u2028') || string.includes('\u2029') ?
      string.split(lineEnding) :
      string.split('\n');
    const last = lines.length - 1;
    if (last === 0) {
      this._line_buffer = this._line_buffer ? this._line_buffer + string : string;
      return;
    }
    this._sawReturnAt = string.endsWith('\r') ? Date.now() : 0;
    let first = lines[0];
    if (this._line_buffer) first = this._line_buffer + first;
    this._line_buffer = lines[last];
    this._onLine(first);
    for (let i = 1; i < last; i++) this._onLine(lines[i]);
  }

  // ---------------------------------------------------------------------
  // Terminal line editing

  _getDisplayPos(str) {
    let offset = 0;
    const columns = this.columns;
    let rows = 0;
    for (const ch of stripVTControlCharacters(str)) {
      if (ch === '\n') {
        rows += Math.ceil(offset / columns) || 1;
        offset = 0;
        continue;
      }
      if (ch === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(ch, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        if ((offset + 1) % columns === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % columns;
    rows += (offset - cols) / columns;
    return { cols, rows };
  }

  getCursorPos() {
    return this._getDisplayPos(this._prompt + this.line.slice(0, this.cursor));
  }

  _refreshLine() {
    const line = this._prompt + this.line;
    const display = this._getDisplayPos(line);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this._writeToOutput(line);
    // Make the terminal start a new row when the line fills the last one.
    if (display.cols === 0) this._writeToOutput(' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = display.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  _pushUndo(text, cursor) {
    if (this[kUndoStack].push({ text, cursor }) > kMaxUndoRedo) this[kUndoStack].shift();
  }

  _undo() {
    if (this[kUndoStack].length === 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kUndoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this._refreshLine();
  }

  _redo() {
    if (this[kRedoStack].length === 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kRedoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this._refreshLine();
  }

  _insertString(c) {
    this._pushUndo(this.line, this.cursor);
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      if (this.isCompletionEnabled) this._refreshLine();
      else this._writeToOutput(c);
      return;
    }
    if (!this.isCompletionEnabled) {
      this.line += c;
      this.cursor += c.length;
      this._writeToOutput(c);
      return;
    }
    const before = this.getCursorPos();
    this.line += c;
    this.cursor += c.length;
    const after = this.getCursorPos();
    if (before.rows < after.rows) this._refreshLine();
    else this._writeToOutput(c);
  }

  // Asks the completer for candidates. A completer that calls back at once, or returns
  // its answer, is applied at once (as in Node); a promise is applied when it settles.
  _tabComplete(lastKeypressWasTab) {
    this.pause();
    const before = this.line.slice(0, this.cursor);
    let settled = false;
    const finish = (err, value) => {
      if (settled) return;
      settled = true;
      this.resume();
      if (err) {
        this._writeToOutput(`Tab completion error: ${inspect(err)}`);
        return;
      }
      this._tabCompleter(lastKeypressWasTab, value);
    };
    let result;
    try {
      result = this.completer(before, finish);
    } catch (err) {
      finish(err);
      return;
    }
    if (result === undefined) return;
    if (typeof result?.then === 'function') {
      result.then((value) => finish(null, value), (err) => finish(err));
    } else {
      finish(null, result);
    }
  }

  _tabCompleter(lastKeypressWasTab, [completions, completeOn]) {
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(completions.filter((e) => e !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this._insertString(prefix.slice(completeOn.length));
      return;
    } else if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix + this.line.slice(this.cursor);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this._refreshLine();
      return;
    }
    if (!lastKeypressWasTab) return;
    this._pushUndo(this.line, this.cursor);
    // Show the candidates in columns.
    const widths = completions.map((e) => getStringWidth(e));
    const width = Math.max(...widths) + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let out = '\r\n';
    let column = 0;
    let padding = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || column === maxColumns) {
        out += '\r\n';
        column = 0;
        padding = 0;
      } else {
        out += ' '.repeat(padding);
      }
      if (completion !== '') {
        out += completion;
        padding = width - widths[i];
        column++;
      } else {
        out += '\r\n';
      }
    }
    if (column !== 0) out += '\r\n\r\n';
    this._writeToOutput(out);
    this._refreshLine();
  }

  _wordLeft() {
    if (this.cursor > 0) {
      const reversed = Array.from(this.line.slice(0, this.cursor)).reverse().join('');
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
      this._moveCursor(-match[0].length);
    }
  }

  _wordRight() {
    if (this.cursor < this.line.length) {
      const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(this.line.slice(this.cursor));
      this._moveCursor(match[0].length);
    }
  }

  _deleteLeft() {
    if (this.cursor > 0 && this.line.length > 0) {
      this._pushUndo(this.line, this.cursor);
      const size = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - size) + this.line.slice(this.cursor);
      this.cursor -= size;
      this._refreshLine();
    }
  }

  _deleteRight() {
    if (this.cursor < this.line.length) {
      this._pushUndo(this.line, this.cursor);
      const size = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + size);
      this._refreshLine();
    }
  }

  _deleteWordLeft() {
    if (this.cursor > 0) {
      this._pushUndo(this.line, this.cursor);
      let leading = this.line.slice(0, this.cursor);
      const reversed = Array.from(leading).reverse().join('');
      const match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
      leading = leading.slice(0, leading.length - match[0].length);
      this.line = leading + this.line.slice(this.cursor);
      this.cursor = leading.length;
      this._refreshLine();
    }
  }

  _deleteWordRight() {
    if (this.cursor < this.line.length) {
      this._pushUndo(this.line, this.cursor);
      const trailing = this.line.slice(this.cursor);
      const match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
      this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
      this._refreshLine();
    }
  }

  _deleteLineLeft() {
    this._pushUndo(this.line, this.cursor);
    const removed = this.line.slice(0, this.cursor);
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this._pushToKillRing(removed);
    this._refreshLine();
  }

  _deleteLineRight() {
    this._pushUndo(this.line, this.cursor);
    const removed = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor);
    this._pushToKillRing(removed);
    this._refreshLine();
  }

  _pushToKillRing(text) {
    if (!text || text === this[kKillRing][0]) return;
    this[kKillRing].unshift(text);
    this[kKillRingCursor] = 0;
    while (this[kKillRing].length > kMaxKillRing) this[kKillRing].pop();
  }

  _yank() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this._insertString(this[kKillRing][this[kKillRingCursor]]);
    }
  }

  _yankPop() {
    if (!this[kYanking] || this[kKillRing].length <= 1) return;
    const last = this[kKillRing][this[kKillRingCursor]];
    this[kKillRingCursor] = (this[kKillRingCursor] + 1) % this[kKillRing].length;
    const current = this[kKillRing][this[kKillRingCursor]];
    const head = this.line.slice(0, this.cursor - last.length);
    const tail = this.line.slice(this.cursor);
    this.line = head + current + tail;
    this.cursor = head.length + current.length;
    this._refreshLine();
  }

  clearLine() {
    this._moveCursor(+Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  _addHistory() {
    const line = this.line;
    if (line.length === 0) return '';
    if (this[kHistorySizeSym] === 0) return line;
    if (line.trim().length === 0) return line;
    const history = this[kHistory];
    if (history.length === 0 || history[0] !== line) {
      if (this[kRemoveDuplicates]) {
        const dup = history.indexOf(line);
        if (dup !== -1) history.splice(dup, 1);
      }
      history.unshift(line);
      if (history.length > this[kHistorySizeSym]) history.pop();
    }
    this[kHistoryIndex] = -1;
    this.emit('history', history);
    return history[0];
  }

  _line() {
    const line = this._addHistory();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this._onLine(line);
  }

  _historyNext() {
    const history = this[kHistory];
    if (!(this[kHistoryIndex] > -1 && history.length > 0)) return;
    this._pushUndo(this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this[kHistoryIndex] - 1;
    while (index >= 0 && (!history[index].startsWith(search) || this.line === history[index])) index--;
    this[kHistoryIndex] = index;
    this.line = index === -1 ? search : reverseString(history[index], '\r', '\n');
    this.cursor = this.line.length;
    this._refreshLine();
  }

  _historyPrev() {
    const history = this[kHistory];
    if (!(history.length !== this[kHistoryIndex] && history.length > 0)) return;
    this._pushUndo(this.line, this.cursor);
    const search = this[kSubstringSearch] || '';
    let index = this[kHistoryIndex] + 1;
    while (index < history.length && (!history[index].startsWith(search) || this.line === history[index])) index++;
    this[kHistoryIndex] = index;
    // Past the oldest entry: the search text itself.
    this.line = index === history.length ? search : reverseString(history[index], '\r', '\n');
    this.cursor = this.line.length;
    this._refreshLine();
  }

  // Moves the cursor dx code units (clamped), redrawing when the row changes.
  _moveCursor(dx) {
    if (dx === 0) return;
    const before = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const after = this.getCursorPos();
    if (before.rows === after.rows) moveCursor(this.output, after.cols - before.cols, 0);
    else this._refreshLine();
  }

  _ttyWrite(s, key) {
    const previousKey = this._previousKey;
    key ||= {};
    this._previousKey = key;
    if (!key.meta || key.name !== 'y') this[kYanking] = false;

    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this[kHistory].length === this[kHistoryIndex]) this[kHistoryIndex] = -1;
    }

    if (typeof key.sequence === 'string') {
      const first = key.sequence.codePointAt(0);
      if (first === 0x1f) {
        this._undo();
        return;
      }
      if (first === 0x1e) {
        this._redo();
        return;
      }
    }
    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') this._deleteLineLeft();
      else if (key.name === 'delete') this._deleteLineRight();
    } else if (key.ctrl) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) {
            this.emit('SIGINT');
          } else {
            this.close();
            this[kQuestionReject]?.(new AbortError('Aborted with Ctrl+C'));
          }
          break;
        case 'h':
          this._deleteLeft();
          break;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) {
            this.close();
            this[kQuestionReject]?.(new AbortError('Aborted with Ctrl+D'));
          } else if (this.cursor < this.line.length) {
            this._deleteRight();
          }
          break;
        case 'u':
          this._deleteLineLeft();
          break;
        case 'k':
          this._deleteLineRight();
          break;
        case 'a':
          this._moveCursor(-Infinity);
          break;
        case 'e':
          this._moveCursor(+Infinity);
          break;
        case 'b':
          this._moveCursor(-charLengthLeft(this.line, this.cursor));
          break;
        case 'f':
          this._moveCursor(+charLengthAt(this.line, this.cursor));
          break;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this._refreshLine();
          break;
        case 'n':
          this._historyNext();
          break;
        case 'p':
          this._historyPrev();
          break;
        case 'y':
          this._yank();
          break;
        case 'z':
          // No job control in a session: only listeners see it.
          if (this.listenerCount('SIGTSTP') > 0) this.emit('SIGTSTP');
          break;
        case 'w':
        case 'backspace':
          this._deleteWordLeft();
          break;
        case 'delete':
          this._deleteWordRight();
          break;
        case 'left':
          this._wordLeft();
          break;
        case 'right':
          this._wordRight();
          break;
      }
    } else if (key.meta) {
      switch (key.name) {
        case 'b':
          this._wordLeft();
          break;
        case 'f':
          this._wordRight();
          break;
        case 'd':
        case 'delete':
          this._deleteWordRight();
          break;
        case 'backspace':
          this._deleteWordLeft();
          break;
        case 'y':
          this._yankPop();
          break;
      }
    } else {
      if (this._sawReturnAt && key.name !== 'enter') this._sawReturnAt = 0;
      switch (key.name) {
        case 'return':
          this._sawReturnAt = Date.now();
          this._line();
          break;
        case 'enter':
          if (this._sawReturnAt === 0 || Date.now() - this._sawReturnAt > this.crlfDelay) this._line();
          this._sawReturnAt = 0;
          break;
        case 'backspace':
          this._deleteLeft();
          break;
        case 'delete':
          this._deleteRight();
          break;
        case 'left':
          this._moveCursor(-charLengthLeft(this.line, this.cursor));
          break;
        case 'right':
          this._moveCursor(+charLengthAt(this.line, this.cursor));
          break;
        case 'home':
          this._moveCursor(-Infinity);
          break;
        case 'end':
          this._moveCursor(+Infinity);
          break;
        case 'up':
          this._historyPrev();
          break;
        case 'down':
          this._historyNext();
          break;
        case 'tab':
          if (typeof this.completer === 'function' && this.isCompletionEnabled) {
            this._tabComplete(previousKey?.name === 'tab');
            break;
          }
        // falls through
        default:
          if (typeof s === 'string' && s) {
            // Pasted text may hold several lines.
            lineEnding.lastIndex = 0;
            let match;
            let last = 0;
            while ((match = lineEnding.exec(s)) !== null) {
              this._insertString(s.slice(last, match.index));
              last = lineEnding.lastIndex;
              this._line();
              lineEnding.lastIndex = last;
            }
            this._insertString(s.slice(last));
          }
      }
    }
  }

  [Symbol.asyncIterator]() {
    if (this[kLineIterator] === undefined) this[kLineIterator] = createLineIterator(this);
    return this[kLineIterator];
  }

  [Symbol.dispose]() {
    this.close();
  }
}

module.exports = {
  Interface,
  InterfaceConstructor,
  kQuestion,
  kQuestionCancel,
  kQuestionReject,
};
