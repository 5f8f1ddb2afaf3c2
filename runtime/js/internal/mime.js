'use strict';

// util.MIMEType and util.MIMEParams: the WHATWG MIME type parser and
// serializer (https://mimesniff.spec.whatwg.org/#parsing-a-mime-type).

const { codes } = require('internal/errors');

const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_QUOTED_STRING = /[^\t\u0020-~\u0080-\u00FF]/;
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

function search(string, pattern) {
  const match = pattern.exec(string);
  return match === null ? -1 : match.index;
}

// Lower-cases ASCII letters only.
function asciiLower(string) {
  return string.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

function skipLeadingWhitespace(string, from) {
  let i = from;
  while (i < string.length && WHITESPACE.has(string[i])) i++;
  return i;
}

function trimTrailingWhitespace(string) {
  let end = string.length;
  while (end > 0 && WHITESPACE.has(string[end - 1])) end--;
  return string.slice(0, end);
}

// [type, subtype, offset of the parameters] or null (noThrow) / throws.
function parseEssence(input, noThrow) {
  let pos = skipLeadingWhitespace(input, 0);
  const slash = input.indexOf('/', pos);
  const type = slash === -1 ? input.slice(pos) : input.slice(pos, slash);
  const badType = search(type, NOT_TOKEN);
  if (type === '' || badType !== -1 || slash === -1) {
    if (noThrow) return null;
    throw new codes.ERR_INVALID_MIME_SYNTAX('type', input, badType);
  }
  pos = slash + 1;
  const semicolon = input.indexOf(';', pos);
  const rawSubtype = semicolon === -1 ? input.slice(pos) : input.slice(pos, semicolon);
  pos += rawSubtype.length + (semicolon === -1 ? 0 : 1);
  const subtype = trimTrailingWhitespace(rawSubtype);
  const badSubtype = search(subtype, NOT_TOKEN);
  if (subtype === '' || badSubtype !== -1) {
    if (noThrow) return null;
    throw new codes.ERR_INVALID_MIME_SYNTAX('subtype', input, badSubtype);
  }
  return [asciiLower(type), asciiLower(subtype), pos];
}

function parseParameters(input, into) {
  const end = trimTrailingWhitespace(input).length;
  let pos = 0;
  while (pos < end) {
    pos = skipLeadingWhitespace(input, pos);
    let nameEnd = pos;
    while (nameEnd < input.length && input[nameEnd] !== ';' && input[nameEnd] !== '=') nameEnd++;
    const name = asciiLower(input.slice(pos, nameEnd));
    pos = nameEnd;
    if (pos < end) {
      const ch = input[pos];
      pos++;
      if (ch === ';') continue;
    }
    if (pos >= end) break;
    let value;
    if (input[pos] === '"') {
      // Quoted string: backslash escapes, ends at the closing quote. As in
      // Node, the one character after the closing quote is skipped, not
      // everything up to the next ';'.
      pos++;
      value = '';
      while (pos < input.length) {
        const ch = input[pos];
        if (ch === '\\') {
          pos++;
          if (pos >= input.length) {
            value += '\\';
            break;
          }
          value += input[pos];
          pos++;
        } else if (ch === '"') {
          pos++;
          break;
        } else {
          value += ch;
          pos++;
        }
      }
    } else {
      const semicolon = input.indexOf(';', pos);
      const raw = semicolon === -1 ? input.slice(pos) : input.slice(pos, semicolon);
      pos += raw.length;
      value = trimTrailingWhitespace(raw);
      if (value === '') continue;
    }
    if (name !== '' && !NOT_TOKEN.test(name) && !NOT_QUOTED_STRING.test(value) && !into.has(name)) {
      into.set(name, value);
    }
    pos++;
  }
}

function serializeValue(value) {
  if (value.length === 0) return '""';
  if (!NOT_TOKEN.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

const kSource = Symbol('source');

class MIMEParams {
  #map = new Map();
  #pending = null;

  #parse() {
    if (this.#pending === null) return;
    const source = this.#pending;
    this.#pending = null;
    parseParameters(source, this.#map);
  }

  // Lazily parsed parameters of a MIMEType.
  static [kSource](source) {
    const params = new MIMEParams();
    params.#pending = source;
    return params;
  }

  delete(name) {
    this.#parse();
    this.#map.delete(asciiLower(`${name}`));
  }

  get(name) {
    this.#parse();
    const key = asciiLower(`${name}`);
    return this.#map.has(key) ? this.#map.get(key) : null;
  }

  has(name) {
    this.#parse();
    return this.#map.has(asciiLower(`${name}`));
  }

  set(name, value) {
    this.#parse();
    name = asciiLower(`${name}`);
    value = `${value}`;
    const badName = search(name, NOT_TOKEN);
    if (name.length === 0 || badName !== -1) {
      throw new codes.ERR_INVALID_MIME_SYNTAX('parameter name', name, badName);
    }
    const badValue = search(value, NOT_QUOTED_STRING);
    if (badValue !== -1) {
      throw new codes.ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue);
    }
    this.#map.set(name, value);
  }

  *entries() {
    this.#parse();
    yield* this.#map.entries();
  }

  *keys() {
    this.#parse();
    yield* this.#map.keys();
  }

  *values() {
    this.#parse();
    yield* this.#map.values();
  }

  toString() {
    this.#parse();
    const parts = [];
    for (const [key, value] of this.#map) parts.push(`${key}=${serializeValue(value)}`);
    return parts.join(';');
  }
}
const createParams = MIMEParams[kSource];
delete MIMEParams[kSource];
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  __proto__: null,
  configurable: true, writable: true, value: MIMEParams.prototype.entries,
});
Object.defineProperty(MIMEParams.prototype, 'toJSON', {
  __proto__: null,
  configurable: true, writable: true, value: MIMEParams.prototype.toString,
});

const kNoThrow = Symbol('kNoThrow');

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string, noThrow = null) {
    string = `${string}`;
    if (noThrow != null && noThrow !== kNoThrow) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    const parsed = parseEssence(string, noThrow === kNoThrow);
    if (parsed !== null) {
      this.#type = parsed[0];
      this.#subtype = parsed[1];
      this.#params = createParams(string.slice(parsed[2]));
    }
  }

  static parse(string) {
    const type = new MIMEType(string, kNoThrow);
    return type.type ? type : null;
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    const bad = search(value, NOT_TOKEN);
    if (value.length === 0 || bad !== -1) throw new codes.ERR_INVALID_MIME_SYNTAX('type', value, bad);
    this.#type = asciiLower(value);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    const bad = search(value, NOT_TOKEN);
    if (value.length === 0 || bad !== -1) throw new codes.ERR_INVALID_MIME_SYNTAX('subtype', value, bad);
    this.#subtype = asciiLower(value);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = MIMEParams.prototype.toString.call(this.#params);
    return params.length ? `${this.#type}/${this.#subtype};${params}` : `${this.#type}/${this.#subtype}`;
  }
}
Object.defineProperty(MIMEType.prototype, 'toJSON', {
  __proto__: null,
  configurable: true, writable: true, value: MIMEType.prototype.toString,
});

module.exports = { MIMEType, MIMEParams };
