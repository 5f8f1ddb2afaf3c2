'use strict';

// The escape sequences assertion messages and debuglog use: set when stderr
// is a color terminal (or FORCE_COLOR says so), empty strings otherwise.
// refresh() re-reads the environment.

const colors = module.exports = {
  blue: '',
  green: '',
  white: '',
  yellow: '',
  red: '',
  gray: '',
  clear: '',
  reset: '',
  hasColors: false,
  shouldColorize(stream) {
    if (process.env.FORCE_COLOR !== undefined) {
      return require('internal/tty').getColorDepth() > 2;
    }
    if (!stream?.isTTY) return false;
    // The session's own standard streams judge colors from the environment
    // (NO_COLOR, NODE_DISABLE_COLORS, TERM...), as Node's tty streams do.
    if (stream._isStdio) return require('internal/tty').getColorDepth() > 2;
    return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
  },
  refresh() {
    const on = colors.shouldColorize(process.stderr);
    colors.blue = on ? '\u001b[34m' : '';
    colors.green = on ? '\u001b[32m' : '';
    colors.white = on ? '\u001b[39m' : '';
    colors.yellow = on ? '\u001b[33m' : '';
    colors.red = on ? '\u001b[31m' : '';
    colors.gray = on ? '\u001b[90m' : '';
    colors.clear = on ? '\u001bc' : '';
    colors.reset = on ? '\u001b[0m' : '';
    colors.hasColors = on;
  },
};
