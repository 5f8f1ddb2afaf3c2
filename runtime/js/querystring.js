'use strict';

// Node's `querystring` module: parse/decode, stringify/encode, escape,
// unescape and unescapeBuffer, with Node's exact handling of '+', invalid
// percent escapes, multi-character separators and maxKeys.

const { Buffer } = require('buffer');

// %XX for every byte value.
const hexTable = [];
for (let i = 0; i < 256; i++) hexTable.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 65 && code <= 70) return code - 55; // A-F
  if (code >= 97 && code <= 102) return code - 87; // a-f
  return -1;
}

// ASCII characters escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const unreserved = new Int8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") {
  unreserved[ch.charCodeAt(0)] = 1;
}

// Percent-encodes the UTF-8 bytes of `str` except the characters marked in
// `keep`. A lone high surrogate at the end throws ERR_INVALID_URI.
function encodeStr(str, keep) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let lastPos = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (keep[c] === 1) continue;
      if (lastPos < i) out += str.slice(lastPos, i);
      lastPos = i + 1;
      out += hexTable[c];
      continue;
    }
    if (lastPos < i) out += str.slice(lastPos, i);
    if (c < 0x800) {
      lastPos = i + 1;
      out += hexTable[0xC0 | (c >> 6)] + hexTable[0x80 | (c & 0x3F)];
      continue;
    }
    if (c < 0xD800 || c >= 0xE000) {
      lastPos = i + 1;
      out += hexTable[0xE0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
      continue;
    }
    // A surrogate: combined with the next code unit, whatever it is.
    i++;
    if (i >= len) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_URI();
    }
    const low = str.charCodeAt(i) & 0x3FF;
    lastPos = i + 1;
    c = 0x10000 + (((c & 0x3FF) << 10) | low);
    out += hexTable[0xF0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3F)] +
      hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
  }
  if (lastPos === 0) return str;
  if (lastPos < len) return out + str.slice(lastPos);
  return out;
}

// Decodes %XX escapes (and '+' when decodeSpaces) into bytes; anything that
// is not a valid escape is kept as it is.
function unescapeBuffer(s, decodeSpaces) {
  const out = Buffer.allocUnsafe(s.length);
  let o = 0;
  let decoded = false;
  const lastEscapeStart = s.length - 2;
  let i = 0;
  while (i < s.length) {
    let code = s.charCodeAt(i);
    if (code === 43 && decodeSpaces) {
      out[o++] = 32;
      i++;
      continue;
    }
    if (code === 37 && i < lastEscapeStart) {
      const high = hexValue(s.charCodeAt(i + 1));
      const low = high >= 0 ? hexValue(s.charCodeAt(i + 2)) : -1;
      if (high >= 0 && low >= 0) {
        decoded = true;
        out[o++] = high * 16 + low;
        i += 3;
        continue;
      }
      // Not an escape: the '%' stays and the next character is read normally.
      out[o++] = 37;
      i++;
      continue;
    }
    out[o++] = code;
    i++;
  }
  return decoded ? out.slice(0, o) : out;
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return querystring.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, unreserved);
}

function primitiveText(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

// With the default escape(): numbers below 1e21 need no escaping.
function encodeDefault(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeCustom(v, encode) {
  return encode(primitiveText(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = querystring.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? encodeDefault : encodeCustom;
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const prefix = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < v.length; j++) {
        if (j) fields += sep;
        fields += prefix + convert(v[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += prefix + convert(v, encode);
    }
  }
  return fields;
}

function codesOf(str) {
  const codes = [];
  for (let i = 0; i < str.length; i++) codes.push(str.charCodeAt(i));
  return codes;
}

function decodeWith(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return querystring.unescape(s, true);
  }
}

function addPair(obj, key, value, keyEncoded, valueEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeWith(key, decode);
  if (value.length > 0 && valueEncoded) value = decodeWith(value, decode);
  const current = obj[key];
  if (current === undefined) obj[key] = value;
  else if (Array.isArray(current)) current.push(value);
  else obj[key] = [current, value];
}

// A scan over the string. Separators may be several characters long; they
// are matched one character at a time. Keys and values are decoded only
// when they contain a valid %XX escape (or always with a custom decoder);
// '+' becomes a space.
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;

  const sepCodes = sep ? codesOf(String(sep)) : [38];
  const eqCodes = eq ? codesOf(String(eq)) : [61];
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;

  // -1: no limit (it never counts down to 0).
  let pairsLeft = 1000;
  if (options && typeof options.maxKeys === 'number') pairsLeft = options.maxKeys > 0 ? options.maxKeys : -1;

  let decode = querystring.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const customDecode = decode !== qsUnescape;
  const plus = customDecode ? '%20' : ' ';

  let lastPos = 0;
  let sepIdx = 0;
  let eqIdx = 0;
  let key = '';
  let value = '';
  let keyEncoded = customDecode;
  let valueEncoded = customDecode;
  // Progress through a candidate escape: 1 after '%', 2 after one hex digit.
  let escapeState = 0;

  for (let i = 0; i < qs.length; i++) {
    const code = qs.charCodeAt(i);

    if (code === sepCodes[sepIdx]) {
      if (++sepIdx !== sepLen) continue;
      const end = i - sepLen + 1;
      if (eqIdx < eqLen) {
        // No '=' in this pair: all of it is the key.
        if (lastPos < end) {
          key += qs.slice(lastPos, end);
        } else if (key.length === 0) {
          // Empty pair between separators.
          if (--pairsLeft === 0) return obj;
          lastPos = i + 1;
          sepIdx = eqIdx = 0;
          continue;
        }
      } else if (lastPos < end) {
        value += qs.slice(lastPos, end);
      }
      addPair(obj, key, value, keyEncoded, valueEncoded, decode);
      if (--pairsLeft === 0) return obj;
      keyEncoded = valueEncoded = customDecode;
      key = value = '';
      escapeState = 0;
      lastPos = i + 1;
      sepIdx = eqIdx = 0;
      continue;
    }

    sepIdx = 0;
    if (eqIdx < eqLen) {
      // Still in the key.
      if (code === eqCodes[eqIdx]) {
        if (++eqIdx === eqLen) {
          const end = i - eqLen + 1;
          if (lastPos < end) key += qs.slice(lastPos, end);
          escapeState = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        if (code === 37) {
          escapeState = 1;
          continue;
        }
        if (escapeState > 0) {
          if (hexValue(code) >= 0) {
            if (++escapeState === 3) keyEncoded = true;
            continue;
          }
          escapeState = 0;
        }
      }
      if (code === 43) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += plus;
        lastPos = i + 1;
        continue;
      }
    }
    if (code === 43) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += plus;
      lastPos = i + 1;
    } else if (!valueEncoded) {
      if (code === 37) {
        escapeState = 1;
      } else if (escapeState > 0) {
        if (hexValue(code) >= 0) {
          if (++escapeState === 3) valueEncoded = true;
        } else {
          escapeState = 0;
        }
      }
    }
  }

  if (lastPos < qs.length) {
    if (eqIdx < eqLen) key += qs.slice(lastPos);
    else if (sepIdx < sepLen) value += qs.slice(lastPos);
  } else if (eqIdx === 0 && key.length === 0) {
    return obj;
  }
  addPair(obj, key, value, keyEncoded, valueEncoded, decode);
  return obj;
}

const querystring = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
