'use strict';
// The `url` module: the WHATWG API (internal/url) and the legacy API — `Url`,
// `parse`, `format`, `resolve`, `resolveObject` — with the old parser's own rules,
// quirks included, as Node keeps them.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_URL,
  },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  fileURLToPathBuffer,
  pathToFileURL,
  urlToHttpOptions,
  isURL,
  formatURL,
} = require('internal/url');

// ---------------------------------------------------------------------------
// The query-string subset the legacy API needs (querystring.parse / stringify with
// the default separators).

// querystring's fallback when decodeURIComponent fails: every UTF-16 code unit is
// taken as one byte (its low 8 bits), valid %XX escapes are decoded, and the bytes
// are read as UTF-8.
function unescapeBytes(text) {
  const { Buffer } = require('buffer');
  const bytes = Buffer.alloc(text.length);
  const hex = (c) => (c >= 0x30 && c <= 0x39 ? c - 0x30 :
    (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1);
  let out = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x25 && i + 2 < text.length) {
      const high = hex(text.charCodeAt(i + 1));
      const low = high === -1 ? -1 : hex(text.charCodeAt(i + 2));
      if (low !== -1) {
        bytes[out++] = high * 16 + low;
        i += 2;
        continue;
      }
    }
    bytes[out++] = code & 0xff;
  }
  return bytes.toString('utf8', 0, out);
}

// querystring.unescape: decodeURIComponent, or the byte-wise fallback.
function unescapeQuery(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return unescapeBytes(text);
  }
}

function isHexCode(code) {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x66);
}

function addQueryPair(result, key, value, keyEncoded, valueEncoded) {
  if (key.length > 0 && keyEncoded) key = unescapeQuery(key);
  if (value.length > 0 && valueEncoded) value = unescapeQuery(value);
  const current = result[key];
  if (current === undefined) result[key] = value;
  else if (Array.isArray(current)) current.push(value);
  else result[key] = [current, value];
}

// querystring.parse(query) with its defaults ('&', '=', at most 1000 pairs). '+'
// is a space; a key or value is percent-decoded only once a valid %XX escape has
// been seen — and, as in Node, escapes in a key that is already known to need
// decoding also count for its value.
function parseQuery(query) {
  const result = { __proto__: null };
  if (typeof query !== 'string' || query.length === 0) return result;
  let pairsLeft = 1000;
  let key = '';
  let value = '';
  let last = 0;
  let seenEq = false;
  let keyEncoded = false;
  let valueEncoded = false;
  // 0: not in an escape; 1: after '%'; 2: after '%' and one hex digit.
  let escState = 0;
  for (let i = 0; i < query.length; i++) {
    const code = query.charCodeAt(i);
    if (code === 0x26) { // '&' ends a pair
      if (last < i) {
        if (seenEq) value += query.slice(last, i);
        else key += query.slice(last, i);
      } else if (!seenEq && key.length === 0) {
        // An empty pair still counts.
        if (--pairsLeft === 0) return result;
        last = i + 1;
        continue;
      }
      addQueryPair(result, key, value, keyEncoded, valueEncoded);
      if (--pairsLeft === 0) return result;
      key = value = '';
      keyEncoded = valueEncoded = false;
      escState = 0;
      last = i + 1;
      seenEq = false;
      continue;
    }
    if (!seenEq) {
      if (code === 0x3d) { // '='
        if (last < i) key += query.slice(last, i);
        escState = 0;
        last = i + 1;
        seenEq = true;
        continue;
      }
      if (!keyEncoded) {
        if (code === 0x25) {
          escState = 1;
          continue;
        }
        if (escState > 0) {
          if (isHexCode(code)) {
            if (++escState === 3) keyEncoded = true;
            continue;
          }
          escState = 0;
        }
      }
      if (code === 0x2b) {
        if (last < i) key += query.slice(last, i);
        key += ' ';
        last = i + 1;
        continue;
      }
    }
    if (code === 0x2b) {
      if (last < i) value += query.slice(last, i);
      value += ' ';
      last = i + 1;
    } else if (!valueEncoded) {
      if (code === 0x25) {
        escState = 1;
      } else if (escState > 0) {
        if (isHexCode(code)) {
          if (++escState === 3) valueEncoded = true;
        } else {
          escState = 0;
        }
      }
    }
  }
  if (last < query.length) {
    if (seenEq) value += query.slice(last);
    else key += query.slice(last);
  } else if (!seenEq && key.length === 0) {
    return result;
  }
  addQueryPair(result, key, value, keyEncoded, valueEncoded);
  return result;
}

function queryPrimitive(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return `${value}`;
  if (typeof value === 'bigint') return `${value}`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return '';
}

function escapeQuery(text) {
  try {
    return encodeURIComponent(text);
  } catch {
    const { codes: { ERR_INVALID_URI } } = require('internal/errors');
    throw new ERR_INVALID_URI();
  }
}

function stringifyQuery(object) {
  if (object === null || typeof object !== 'object') return '';
  const parts = [];
  for (const key of Object.keys(object)) {
    const value = object[key];
    const name = `${escapeQuery(queryPrimitive(key))}=`;
    if (Array.isArray(value)) {
      for (const item of value) parts.push(name + escapeQuery(queryPrimitive(item)));
    } else {
      parts.push(name + escapeQuery(queryPrimitive(value)));
    }
  }
  return parts.join('&');
}

// ---------------------------------------------------------------------------
// The legacy parser

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostWithAuthPattern = /^\/\/[^@/]+@[^@/]+/;
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
// eslint-disable-next-line no-control-regex
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
// eslint-disable-next-line no-control-regex
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;
const hostnameMaxLength = 255;

// Schemes that never have a host (`javascript:`), and the ones that always have
// `//` before it.
const hostless = new Set(['javascript', 'javascript:']);
const slashed = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

// Characters the parser escapes in whatever follows the host.
const autoEscape = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const autoEscapePattern = /[\t\n\r "'<>\\^`{|}]/g;

// Characters that end the host part (`#/?`) and ones that cannot be in it at all.
const hostEnders = new Set(['#', '/', '?']);
const notInHost = new Set(['\t', '\n', '\r', ' ', '"', '%', "'", ';', '<', '>', '\\', '^', '`',
  '{', '|', '}']);

// What url.parse() trims from both ends: C0 controls, space, NBSP and the BOM.
function isSpace(code) {
  return code <= 0x20 || code === 0xa0 || code === 0xfeff;
}

function isBracketed(hostname) {
  return hostname.charCodeAt(0) === 0x5b && hostname.charCodeAt(hostname.length - 1) === 0x5d;
}

let warnedParse = false;
let warnedPort = false;

// Whether the nearest caller outside the builtins lives under node_modules (its
// packages do not get DEP0169).
function calledFromNodeModules() {
  const stack = new Error().stack;
  if (typeof stack !== 'string') return false;
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (/\(node:|at node:/.test(line)) continue;
    return /[/\\]node_modules[/\\]/.test(line);
  }
  return false;
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// Trims surrounding whitespace and turns backslashes before any '?' or '#' into
// slashes. Returns [rest, sawHash, sawAt].
function prepare(url) {
  let first = 0;
  while (first < url.length && isSpace(url.charCodeAt(first))) first++;
  let last = url.length;
  while (last > first && isSpace(url.charCodeAt(last - 1))) last--;
  let sawHash = false;
  let sawAt = false;
  let split = false;
  let out = '';
  let copied = first;
  for (let i = first; i < last; i++) {
    const ch = url[i];
    if (split) {
      if (ch === '#') sawHash = true;
      continue;
    }
    if (ch === '@') {
      sawAt = true;
    } else if (ch === '#') {
      sawHash = true;
      split = true;
    } else if (ch === '?') {
      split = true;
    } else if (ch === '\\') {
      out += `${url.slice(copied, i)}/`;
      copied = i + 1;
    }
  }
  out += url.slice(copied, last);
  return [out, sawHash, sawAt];
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let [rest, sawHash, sawAt] = prepare(url);

  if (!slashesDenoteHost && !sawHash && !sawAt) {
    // A plain path (and query), the common case.
    const simple = simplePathPattern.exec(rest);
    if (simple !== null) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? parseQuery(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let protocol = protocolPattern.exec(rest);
  let lowerProtocol;
  if (protocol !== null) {
    protocol = protocol[0];
    lowerProtocol = protocol.toLowerCase();
    this.protocol = lowerProtocol;
    rest = rest.slice(protocol.length);
  }

  // `//host` — the slashes mean a host follows only with a protocol, with
  // slashesDenoteHost, or when it looks like user@host.
  let slashes;
  if (slashesDenoteHost || protocol !== null || hostWithAuthPattern.test(rest)) {
    slashes = rest.charCodeAt(0) === 0x2f && rest.charCodeAt(1) === 0x2f;
    if (slashes && !(protocol !== null && hostless.has(lowerProtocol))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostless.has(lowerProtocol) &&
      (slashes || (protocol !== null && !slashed.has(protocol)))) {
    rest = parseAuthority(this, rest, url);
  }

  // Escape what must never appear raw (not for javascript: URLs).
  if (!hostless.has(lowerProtocol)) {
    rest = rest.replace(autoEscapePattern, (ch) => autoEscape[ch]);
  }

  let question = -1;
  let hash = -1;
  for (let i = 0; i < rest.length; i++) {
    const code = rest.charCodeAt(i);
    if (code === 0x23) {
      this.hash = rest.slice(i);
      hash = i;
      break;
    }
    if (code === 0x3f && question === -1) question = i;
  }

  if (question !== -1) {
    const end = hash === -1 ? rest.length : hash;
    this.search = rest.slice(question, end);
    this.query = rest.slice(question + 1, end);
    if (parseQueryString) this.query = parseQuery(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const pathEnd = question !== -1 && (hash === -1 || question < hash) ? question : hash;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashed.has(lowerProtocol) && this.hostname && !this.pathname) {
    this.pathname = '/';
  }

  if (this.pathname || this.search) {
    this.path = (this.pathname || '') + (this.search || '');
  }
  this.href = this.format();
  return this;
};

// Splits user info and host off `rest` into `self` and returns what follows them.
function parseAuthority(self, rest, url) {
  // Tabs and line breaks vanish from the authority (not from what follows it).
  const authorityEnd = rest.search(/[#/?]/);
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  if (/[\t\n\r]/.test(authority)) {
    rest = authority.replace(/[\t\n\r]/g, '') + (authorityEnd === -1 ? '' : rest.slice(authorityEnd));
  }
  // The host ends at the first of #/? ; the last '@' before that ends the user
  // info; the host proper stops at the first character a host cannot hold.
  let at = -1;
  let invalid = -1;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (hostEnders.has(ch)) {
      if (invalid === -1) invalid = i;
      break;
    }
    if (notInHost.has(ch)) {
      if (invalid === -1) invalid = i;
    } else if (ch === '@') {
      at = i;
      invalid = -1;
    }
  }
  let start = 0;
  if (at !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, at));
    start = at + 1;
  }
  if (invalid === -1) {
    self.host = rest.slice(start);
    rest = '';
  } else {
    self.host = rest.slice(start, invalid);
    rest = rest.slice(invalid);
  }

  self.parseHost();
  // A host was announced, so the hostname is a string even when empty.
  if (typeof self.hostname !== 'string') self.hostname = '';
  const hostname = self.hostname;
  const ipv6 = isBracketed(hostname);

  if (!ipv6) {
    // Whatever follows a character that ends a host name goes to the path.
    for (let i = 0; i < hostname.length; i++) {
      const ch = hostname[i];
      if (ch === '/' || ch === '\\' || ch === '#' || ch === '?' || ch === ':') {
        if (ch === ':' && !warnedPort) {
          warnedPort = true;
          process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
            'DeprecationWarning', 'DEP0170');
        }
        self.hostname = hostname.slice(0, i);
        rest = `/${hostname.slice(i)}${rest}`;
        break;
      }
    }
  }

  self.hostname = self.hostname.length > hostnameMaxLength ? '' : self.hostname.toLowerCase();

  if (self.hostname !== '') {
    if (ipv6) {
      if (forbiddenHostCharsIpv6.test(self.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      // IDNA: non-ASCII labels become punycode. A name that is empty or holds a
      // forbidden character afterwards came out of the conversion: refuse it.
      self.hostname = internals.url.toASCII(self.hostname);
      if (self.hostname === '' || forbiddenHostChars.test(self.hostname)) {
        throw new ERR_INVALID_URL(url);
      }
    }
  }

  self.host = (self.hostname || '') + (self.port ? `:${self.port}` : '');
  if (ipv6) {
    // host keeps the brackets, hostname loses them.
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}


// ASCII characters format() leaves unescaped in the user info.
const authKeep = new Uint8Array(128);
for (const ch of "!'()*-.:_~") authKeep[ch.charCodeAt(0)] = 1;
for (let c = 0x30; c <= 0x39; c++) authKeep[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) authKeep[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) authKeep[c] = 1;

function escapeAuth(auth) {
  let out = '';
  let last = 0;
  for (let i = 0; i < auth.length; i++) {
    const code = auth.charCodeAt(i);
    if (code < 128) {
      if (authKeep[code] === 1) continue;
      out += `${auth.slice(last, i)}%${code < 16 ? '0' : ''}${code.toString(16).toUpperCase()}`;
      last = i + 1;
      continue;
    }
    // Non-ASCII: its UTF-8 bytes, a surrogate pair as one code point.
    let end = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < auth.length) {
      const next = auth.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) end = i + 2;
    }
    out += auth.slice(last, i) + escapeQuery(auth.slice(i, end));
    last = end;
    i = end - 1;
  }
  return last === 0 ? auth : out + auth.slice(last);
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${escapeAuth(auth)}@`;

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const name = this.hostname;
    host = auth + (name.includes(':') && !isBracketed(name) ? `[${name}]` : name);
    if (this.port) host += `:${this.port}`;
  }

  if (this.query !== null && typeof this.query === 'object') {
    query = stringifyQuery(this.query);
  }
  let search = this.search || (query && `?${query}`) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3a) protocol += ':';

  if (pathname.includes('#') || pathname.includes('?')) {
    pathname = pathname.replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));
  }

  // Only the slashed protocols get '//' (others only when they had it).
  if (this.slashes || slashed.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 0x2f) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 0x23) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 0x3f) search = `?${search}`;

  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

// Copies every own enumerable property of `from` onto `to`, except `skip`.
function assignFrom(to, from, skip) {
  for (const key of Object.keys(from)) {
    if (key !== skip) to[key] = from[key];
  }
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

// When a scheme without '//' keeps user info in its "host" (mailto:a@b),
// splits it back out.
function splitAuthFromHost(result) {
  const host = result.host;
  if (host && host.indexOf('@') > 0) {
    const parts = host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }

  const result = new Url();
  assignFrom(result, this);

  // The fragment always comes from the reference, even an empty one.
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // A network-path reference (//host/...) keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    assignFrom(result, relative, 'protocol');
    if (slashed.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another scheme. An unknown one is taken whole; a known one needs a host
    // (the first path segment serves), except file: and hostless ones.
    if (!slashed.has(relative.protocol)) {
      assignFrom(result, relative);
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostless.has(relative.protocol)) {
      const segments = (relative.pathname || '').split('/');
      while (segments.length > 0 && !(relative.host = segments.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (segments[0] !== '') segments.unshift('');
      if (segments.length < 2) segments.unshift('');
      result.pathname = segments.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) {
      result.path = (result.pathname || '') + (result.search || '');
    }
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const sourceAbsolute = result.pathname && result.pathname.charAt(0) === '/';
  const relativeAbsolute = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbsolute = relativeAbsolute || sourceAbsolute || (result.host && relative.pathname);
  const removeAllDots = mustEndAbsolute;
  let segments = (result.pathname && result.pathname.split('/')) || [];
  const relativeSegments = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashed.has(result.protocol);

  // Without '//', '..' may climb into the "host": treat it as the first segment.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (segments[0] === '') segments[0] = result.host;
      else segments.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      // The reference names its scheme again: the base's userinfo does not carry over.
      result.auth = null;
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relativeSegments[0] === '') relativeSegments[0] = relative.host;
        else relativeSegments.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbsolute = mustEndAbsolute && (relativeSegments[0] === '' || segments[0] === '');
  }

  if (relativeAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    segments = relativeSegments;
  } else if (relativeSegments.length > 0) {
    // Relative path: replace the last segment of the base.
    segments.pop();
    segments = segments.concat(relativeSegments);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query.
    if (noLeadingSlashes) {
      result.hostname = result.host = segments.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    result.href = result.format();
    return result;
  }

  if (segments.length === 0) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = result.format();
    return result;
  }

  // A path ending in '.' or '..' (or '') ends with a slash after resolution.
  let last = segments[segments.length - 1];
  const trailingSlash = ((result.host || relative.host || segments.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // Drop '.', and '..' with the segment before it; count the '..' left over.
  let up = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    last = segments[i];
    if (last === '.') {
      segments.splice(i, 1);
    } else if (last === '..') {
      segments.splice(i, 1);
      up++;
    } else if (up > 0) {
      segments.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbsolute && !removeAllDots) {
    for (; up > 0; up--) segments.unshift('..');
  }

  if (mustEndAbsolute && segments[0] !== '' && (!segments[0] || segments[0].charAt(0) !== '/')) {
    segments.unshift('');
  }
  if (trailingSlash && segments.join('/').slice(-1) !== '/') {
    segments.push('');
  }

  const absolute = segments[0] === '' || (segments[0] && segments[0].charAt(0) === '/');

  if (noLeadingSlashes) {
    result.hostname = result.host = absolute ? '' : segments.length > 0 ? segments.shift() : '';
    splitAuthFromHost(result);
  }

  mustEndAbsolute = mustEndAbsolute || (result.host && segments.length);
  if (mustEndAbsolute && !absolute) segments.unshift('');

  if (segments.length > 0) {
    result.pathname = segments.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portPattern.exec(host);
  if (port !== null) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!warnedParse) {
    warnedParse = true;
    if (!calledFromNodeModules()) {
      process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have ' +
        'security implications. Use the WHATWG URL API instead. CVEs are not issued for ' +
        '`url.parse()` vulnerabilities.', 'DeprecationWarning', 'DEP0169');
    }
  }
  if (url instanceof Url) return url;
  const parsed = new Url();
  parsed.parse(url, parseQueryString, slashesDenoteHost);
  return parsed;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatURL(urlObject, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
