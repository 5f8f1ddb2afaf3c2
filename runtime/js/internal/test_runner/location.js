'use strict';
// Where the user declared a test or hook: the line, column and file of the call
// to `fn` (`test`, `it.skip`, `t.test`, ...), as [line, column, file].

const { fileURLToPath } = require('url');

function callerLocation(fn) {
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let sites;
  try {
    Error.prepareStackTrace = (_, callSites) => callSites;
    Error.stackTraceLimit = 1;
    const holder = {};
    Error.captureStackTrace(holder, fn);
    sites = holder.stack;
  } catch {
    return undefined;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
  const site = Array.isArray(sites) ? sites[0] : undefined;
  let file = site?.getFileName?.();
  if (typeof file !== 'string') return undefined;
  if (file.startsWith('file://')) {
    try {
      file = fileURLToPath(file);
    } catch {
      // Keep the URL.
    }
  }
  return [site.getLineNumber(), site.getColumnNumber(), file];
}

module.exports = { callerLocation };
