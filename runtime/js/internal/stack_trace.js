'use strict';
// How `error.stack` reads: formatted when first read (not when the error was made),
// so its header shows the message as it is then — `TypeError: the message` — followed
// by one `    at ...` line per frame. A program that sets `Error.prepareStackTrace`
// formats its own stacks, as V8 and Node allow.

const errorToString = Error.prototype.toString;

function prepareStackTrace(error, callSites) {
  const custom = Error.prepareStackTrace;
  if (typeof custom === 'function') return custom(error, callSites);
  let header;
  try {
    header = errorToString.call(error);
  } catch {
    header = '<error>';
  }
  if (callSites.length === 0) return header;
  let stack = header;
  for (const site of callSites) stack += `\n    at ${site}`;
  return stack;
}

internals.setPrepareStackTrace(prepareStackTrace);

module.exports = { prepareStackTrace };
