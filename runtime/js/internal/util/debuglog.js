'use strict';

// util.debuglog(section): a logger that writes "SECTION <pid>: message" to
// stderr when NODE_DEBUG names the section (comma-separated, `*` wildcards,
// case-insensitive). NODE_DEBUG is read once, on the first use.

const { inspect, format, formatWithOptions } = require('internal/inspect');

let testEnabled;
const loggers = { __proto__: null };

function initialize() {
  const setting = process.env.NODE_DEBUG;
  if (setting) {
    const source = setting
      .replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
      .replaceAll('*', '.*')
      .replaceAll(',', '$|^');
    const pattern = new RegExp(`^${source}$`, 'i');
    testEnabled = (name) => pattern.test(name);
  } else {
    testEnabled = () => false;
  }
}

function isEnabled(section) {
  if (testEnabled === undefined) initialize();
  return testEnabled(section);
}

function noop() {}

function loggerFor(section, enabled) {
  if (loggers[section] === undefined) {
    if (enabled) {
      if (section === 'HTTP' || section === 'HTTP2') {
        process.emitWarning(
          `Setting the NODE_DEBUG environment variable to '${section.toLowerCase()}' can expose ` +
          'sensitive data (such as passwords, tokens and authentication headers) in the resulting log.');
      }
      const pid = process.pid;
      loggers[section] = function debug(...args) {
        const colors = require('internal/util/colors').shouldColorize(process.stderr);
        const message = formatWithOptions({ colors }, ...args);
        process.stderr.write(format('%s %s: %s\n', section, inspect(pid, { colors }), message));
      };
    } else {
      loggers[section] = noop;
    }
  }
  return loggers[section];
}

function debuglog(section, callback) {
  let enabled;
  let resolved = false;
  function resolve() {
    if (!resolved) {
      resolved = true;
      section = `${section}`.toUpperCase();
      enabled = isEnabled(section);
    }
    return enabled;
  }
  let impl = (...args) => {
    resolve();
    impl = loggerFor(section, enabled);
    if (typeof callback === 'function') {
      Object.defineProperty(impl, 'enabled', {
        __proto__: null,
        get() {
          return enabled;
        },
        configurable: true,
        enumerable: true,
      });
      callback(impl);
    }
    return impl(...args);
  };
  const logger = (...args) => {
    if (enabled === false) return;
    return impl(...args);
  };
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      return resolve();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = { debuglog, isEnabled };
