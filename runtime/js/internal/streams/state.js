'use strict';

// High-water-mark defaults and option parsing shared by Readable/Writable.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const { validateInteger } = require('internal/validators');

// Node 22+ defaults: 64 KiB for byte streams, 16 items for object mode.
const hwmDefaults = { bytes: 64 * 1024, objects: 16 };

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? hwmDefaults.objects : hwmDefaults.bytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) {
    hwmDefaults.objects = value;
  } else {
    hwmDefaults.bytes = value;
  }
}

// `key` is the side-specific option (readableHighWaterMark /
// writableHighWaterMark), honoured only for duplex streams and only when the
// generic highWaterMark option is absent.
function getHighWaterMark(state, options, key, isDuplex) {
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[key];
  if (hwm == null) return getDefaultHighWaterMark(state.objectMode);
  if (!Number.isInteger(hwm) || hwm < 0) {
    throw new ERR_INVALID_ARG_VALUE(
      isDuplex ? `options.${key}` : 'options.highWaterMark', hwm);
  }
  return Math.floor(hwm);
}

// options.defaultEncoding, validated (both stream sides use this).
function getDefaultEncoding(options) {
  const enc = options.defaultEncoding;
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  if (Buffer.isEncoding(enc)) return enc;
  throw new ERR_UNKNOWN_ENCODING(enc);
}

module.exports = {
  getDefaultEncoding,
  getHighWaterMark,
  getDefaultHighWaterMark,
  setDefaultHighWaterMark,
};
