'use strict';

// Who called a builtin: used for warnings Node only gives to code outside
// node_modules (e.g. DEP0040 for require('punycode')).

// Whether the nearest caller that is not a builtin module lives in a
// node_modules directory. Builtins are the frames without an absolute path.
function isInsideNodeModules() {
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let frames;
  try {
    Error.prepareStackTrace = (_, callSites) => callSites;
    Error.stackTraceLimit = 30;
    const holder = {};
    Error.captureStackTrace(holder, isInsideNodeModules);
    frames = holder.stack;
  } catch {
    return false;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
  if (!Array.isArray(frames)) return false;
  for (const frame of frames) {
    const file = frame.getFileName?.();
    if (typeof file !== 'string' || !(file.startsWith('/') || file.startsWith('file:'))) continue;
    return /[\\/]node_modules[\\/]/.test(file);
  }
  return false;
}

module.exports = { isInsideNodeModules };
