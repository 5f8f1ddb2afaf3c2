'use strict';

// readline.emitKeypressEvents(stream): once called, 'data' on the stream is
// decoded into 'keypress' events while anyone listens for them.

const { charLengthAt, emitKeys, CSI } = require('internal/readline/utils');

const kDecoder = Symbol('keypress-decoder');
const kKeyParser = Symbol('escape-decoder');
// Shared with internal/readline/interface (set when a keypress arrives).
const kSawKeyPress = Symbol.for('corral.readline.sawKeyPress');

// A lone ESC is a key of its own when nothing follows within this time.
const ESCAPE_CODE_TIMEOUT = 500;

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kDecoder]) return;
  const { StringDecoder } = require('string_decoder');
  stream[kDecoder] = new StringDecoder('utf8');
  stream[kKeyParser] = emitKeys(stream);
  stream[kKeyParser].next();

  const flushEscape = () => stream[kKeyParser].next('');
  const { escapeCodeTimeout = ESCAPE_CODE_TIMEOUT } = iface;
  let escapeTimer;

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const string = stream[kDecoder].write(input);
    if (!string) return;
    clearTimeout(escapeTimer);
    iface[kSawKeyPress] = charLengthAt(string, 0) === string.length;
    iface.isCompletionEnabled = false;
    let consumed = 0;
    for (const character of string) {
      consumed += character.length;
      if (consumed === string.length) iface.isCompletionEnabled = true;
      try {
        stream[kKeyParser].next(character);
        if (consumed === string.length && character === CSI.kEscape) {
          escapeTimer = setTimeout(flushEscape, escapeCodeTimeout);
        }
      } catch (err) {
        // A throwing 'keypress' listener: start a fresh parser.
        stream[kKeyParser] = emitKeys(stream);
        stream[kKeyParser].next();
        throw err;
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = emitKeypressEvents;
module.exports.kSawKeyPress = kSawKeyPress;
