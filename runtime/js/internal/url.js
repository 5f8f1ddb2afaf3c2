'use strict';
// The WHATWG URL API: URL and URLSearchParams. Parsing, serialization and the
// component setters are the `url` crate's (internals.url), which implements the URL
// Standard; this file keeps a URL's components, the search parameter list, and the
// link between the two. Also the file-URL helpers that `url` and `fs` share.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { markEnumerable } = require('internal/util/properties');
const { validateFunction, validateObject } = require('internal/validators');

const native = internals.url;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// Component indexes in the arrays internals.url returns.
const HREF = 0;
const ORIGIN = 1;
const PROTOCOL = 2;
const USERNAME = 3;
const PASSWORD = 4;
const HOST = 5;
const HOSTNAME = 6;
const PORT = 7;
const PATHNAME = 8;
const SEARCH = 9;
const HASH = 10;

// WebIDL USVString conversion: ToString, then lone surrogates become U+FFFD.
function toUSVString(value) {
  const text = `${value}`;
  return text.isWellFormed() ? text : text.toWellFormed();
}

// ---------------------------------------------------------------------------
// application/x-www-form-urlencoded

// Bytes of the UTF-8 encoding that the form serializer leaves alone:
// ASCII alphanumerics and *-._ (space becomes '+').
function formEncode(text) {
  // encodeURIComponent keeps A-Z a-z 0-9 and -_.!~*'(); re-encode the ones the form
  // serializer escapes.
  return encodeURIComponent(text).replace(/%20|[!'()~]/g, (match) => {
    switch (match) {
      case '%20': return '+';
      case '!': return '%21';
      case "'": return '%27';
      case '(': return '%28';
      case ')': return '%29';
      default: return '%7E';
    }
  });
}

function hexValue(code) {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

// Percent-decodes `text` (with '+' as space) and decodes the bytes as UTF-8, bad
// sequences becoming U+FFFD.
function formDecode(text) {
  if (text.indexOf('+') !== -1) text = text.replace(/\+/g, ' ');
  if (text.indexOf('%') === -1) return text;
  const bytes = internals.encoding.encodeUtf8(text);
  let out = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 0x25 && i + 2 < bytes.length) {
      const high = hexValue(bytes[i + 1]);
      const low = hexValue(bytes[i + 2]);
      if (high !== -1 && low !== -1) {
        bytes[out++] = high * 16 + low;
        i += 2;
        continue;
      }
    }
    bytes[out++] = byte;
  }
  return internals.encoding.decodeUtf8(bytes, 0, out);
}

// The name/value list of a query string (without its '?'), flattened:
// [name0, value0, name1, value1, ...].
function parseForm(query) {
  const list = [];
  if (query.length === 0) return list;
  let start = 0;
  while (start <= query.length) {
    let end = query.indexOf('&', start);
    if (end === -1) end = query.length;
    if (end > start) {
      const pair = query.slice(start, end);
      const eq = pair.indexOf('=');
      if (eq === -1) {
        list.push(formDecode(pair), '');
      } else {
        list.push(formDecode(pair.slice(0, eq)), formDecode(pair.slice(eq + 1)));
      }
    }
    start = end + 1;
  }
  return list;
}

function serializeForm(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += `${formEncode(list[i])}=${formEncode(list[i + 1])}`;
  }
  return out;
}

// ---------------------------------------------------------------------------
// URLSearchParams

// Module-private access to URLSearchParams internals (set in its static block).
let paramsList;
let setParamsList;
let linkParams;
let isParams;

function compareNames(a, b) {
  // Code-unit order, as the standard's sort requires.
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

class URLSearchParams {
  #list = [];
  // The URL this object is the searchParams of, if any.
  #url = null;

  static {
    paramsList = (params) => params.#list;
    setParamsList = (params, list) => { params.#list = list; };
    linkParams = (params, url) => { params.#url = url; };
    isParams = (value) => typeof value === 'object' && value !== null && #list in value;
  }

  constructor(init = undefined) {
    if (init === undefined) {
      // An empty list.
    } else if (init !== null && (typeof init === 'object' || typeof init === 'function')) {
      const iterator = init[Symbol.iterator];
      if (iterator === URLSearchParams.prototype[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (iterator != null) {
        if (typeof iterator !== 'function') {
          throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        }
        for (const pair of { [Symbol.iterator]: () => iterator.call(init) }) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [];
          for (const item of pair) items.push(item);
          if (items.length !== 2) {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          this.#list.push(toUSVString(items[0]), toUSVString(items[1]));
        }
      } else {
        // A record: own enumerable properties; a later key equal to an earlier one
        // after USVString conversion replaces its value.
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          const index = seen.get(name);
          if (index === undefined) {
            seen.set(name, this.#list.length);
            this.#list.push(name, value);
          } else {
            this.#list[index + 1] = value;
          }
        }
      }
    } else {
      let query = toUSVString(init);
      if (query.charCodeAt(0) === 0x3F) query = query.slice(1);
      this.#list = parseForm(query);
    }
  }

  // The standard's "update steps": the owning URL's query follows the list.
  #update() {
    if (this.#url === null) return;
    setURLQuery(this.#url, serializeForm(this.#list));
  }

  get size() {
    checkParams(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    const values = [];
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) values.push(list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this.#list;
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] !== name) {
        i += 2;
      } else if (!found) {
        list[i + 1] = value;
        found = true;
        i += 2;
      } else {
        list.splice(i, 2);
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    checkParams(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    pairs.sort(compareNames); // stable
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#update();
  }

  entries() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    validateFunction(callback, 'callback');
    // The list is read afresh each step: the callback may change it.
    for (let i = 0; i < this.#list.length; i += 2) {
      const list = this.#list;
      callback.call(thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    checkParams(this);
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    checkParams(this);
    return serializeForm(this.#list);
  }

  [customInspect](depth, options, inspect) {
    checkParams(this);
    if (typeof depth === 'number' && depth < 0) {
      return options.stylize('[Object]', 'special');
    }
    const inner = { ...options };
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const list = this.#list;
    const parts = [];
    let width = -2;
    for (let i = 0; i < list.length; i += 2) {
      const part = `${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`;
      parts.push(part);
      width += stripColors(part).length + 2;
    }
    const name = this.constructor.name;
    if (parts.length === 0) return `${name} {}`;
    if (width > options.breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
    return `${name} { ${parts.join(', ')} }`;
  }
}

function checkParams(value) {
  if (!isParams(value)) throw new ERR_INVALID_THIS('URLSearchParams');
}

function stripColors(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[\d\d?m/g, '');
}

URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;

markEnumerable(URLSearchParams.prototype, ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort',
  'entries', 'forEach', 'keys', 'values', 'toString']);
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'URLSearchParams', writable: false, enumerable: false, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, { __proto__: null, enumerable: false });
Object.defineProperty(URLSearchParams.prototype, customInspect, { __proto__: null, enumerable: false });

// The iterator returned by entries(), keys(), values(): it walks the live list.
const iteratorState = new WeakMap();

class URLSearchParamsIterator {
  constructor(params, kind) {
    iteratorState.set(this, { params, kind, index: 0 });
  }

  next() {
    const state = iteratorState.get(this);
    if (state === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    const list = paramsList(state.params);
    if (state.index >= list.length) return { value: undefined, done: true };
    const name = list[state.index];
    const value = list[state.index + 1];
    state.index += 2;
    if (state.kind === 'key') return { value: name, done: false };
    if (state.kind === 'value') return { value, done: false };
    return { value: [name, value], done: false };
  }

  [customInspect](depth, options, inspect) {
    const state = iteratorState.get(this);
    if (state === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    const inner = { ...options };
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const list = paramsList(state.params);
    const rest = [];
    for (let i = state.index; i < list.length; i += 2) {
      if (state.kind === 'key') rest.push(list[i]);
      else if (state.kind === 'value') rest.push(list[i + 1]);
      else rest.push([list[i], list[i + 1]]);
    }
    const multiline = inspect(rest, inner).includes('\n');
    const parts = rest.map((item) => inspect(item, inner));
    const body = multiline ? `\n  ${parts.join(',\n  ')}` : ` ${parts.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${body} }`;
  }
}

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
Object.defineProperty(URLSearchParamsIterator.prototype, 'next', {
  __proto__: null,
  enumerable: true, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'URLSearchParams Iterator', writable: false, enumerable: false, configurable: true,
});
Object.defineProperty(URLSearchParamsIterator.prototype, customInspect, { __proto__: null, enumerable: false });

// ---------------------------------------------------------------------------
// URL

// Lets URL.parse build a URL from components without re-parsing.
const kFromComponents = Symbol('kFromComponents');
let setURLQuery;

// What `util.inspect(url, { showHidden: true })` shows as the URL's hidden
// context: the offsets of its parts within href, as Node's parser (ada) keeps them.
const contextSymbol = Symbol('context');
const kOmitted = 4294967295;
const schemeTypes = { __proto__: null, 'http:': 0, 'https:': 2, 'ws:': 3, 'ftp:': 4, 'wss:': 5, 'file:': 6 };

class URLContext {
  // Declared first, so that they show in this order.
  href;
  protocol_end;
  username_end;
  host_start;
  host_end;
  pathname_start;
  search_start;
  hash_start;
  port;
  scheme_type;

  constructor(components) {
    const href = components[HREF];
    const protocol = components[PROTOCOL];
    const username = components[USERNAME];
    const password = components[PASSWORD];
    const port = components[PORT];
    this.href = href;
    this.protocol_end = protocol.length;
    if (href.startsWith('//', protocol.length)) {
      this.username_end = protocol.length + 2 + username.length;
      this.host_start = password.length > 0 ? this.username_end + 1 + password.length : this.username_end;
      const hasCredentials = username.length > 0 || password.length > 0;
      this.host_end = this.host_start + (hasCredentials ? 1 : 0) + components[HOSTNAME].length;
      this.pathname_start = this.host_end + (port.length > 0 ? 1 + port.length : 0);
    } else {
      this.username_end = this.host_start = this.host_end = this.pathname_start = protocol.length;
    }
    const pathEnd = this.pathname_start + components[PATHNAME].length;
    this.search_start = href[pathEnd] === '?' ? pathEnd : kOmitted;
    const hash = href.indexOf('#', pathEnd);
    this.hash_start = hash === -1 ? kOmitted : hash;
    this.port = port.length > 0 ? Number(port) : kOmitted;
    this.scheme_type = schemeTypes[protocol] ?? 1;
  }

  get hasPort() {
    return this.port !== kOmitted;
  }

  get hasSearch() {
    return this.search_start !== kOmitted;
  }

  get hasHash() {
    return this.hash_start !== kOmitted;
  }
}

// The constructor's failure, as Node's parser reports it: a plain TypeError
// ("TypeError: Invalid URL", no code in its name) carrying code, input and base.
function parseFailure(input, base) {
  const error = new TypeError('Invalid URL');
  error.code = 'ERR_INVALID_URL';
  error.input = input;
  if (base !== undefined) error.base = base;
  return error;
}

class URL {
  #context;
  #searchParams = null;

  static {
    // The URLSearchParams update steps: the query becomes `query` ('' for none); the
    // list is left as it is.
    setURLQuery = (url, query) => {
      url.#context = native.update(url.#context[HREF], 'search', query) ?? url.#context;
    };
  }

  constructor(input, base = undefined) {
    if (input === kFromComponents) {
      this.#context = base;
      return;
    }
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const components = native.parse(input, base);
    if (components === undefined) throw parseFailure(input, base);
    this.#context = components;
  }

  // Replaces the components; the search parameter list follows the new query.
  #set(components) {
    this.#context = components;
    if (this.#searchParams !== null) {
      const search = components[SEARCH];
      setParamsList(this.#searchParams, parseForm(search.length > 0 ? search.slice(1) : ''));
    }
  }

  // A setter: `href` is read from the receiver first, so a foreign receiver fails
  // on the missing field (as in Node) before any private method is called.
  #change(href, field, value) {
    const components = native.update(href, field, toUSVString(value));
    if (components !== undefined) this.#set(components);
  }

  // Reads through a private method, so a foreign receiver fails with "Receiver
  // must be an instance of class URL", as in Node.
  #href() {
    return this.#context[HREF];
  }

  #search() {
    return this.#context[SEARCH];
  }

  [customInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const view = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    if (options.showHidden) view[contextSymbol] = new URLContext(this.#context);
    const name = (typeof this.constructor === 'function' && this.constructor.name) || 'URL';
    return `${name} ${inspect(view, options)}`;
  }

  toString() {
    return this.#href();
  }

  get href() {
    return this.#href();
  }

  set href(value) {
    this.#context; // eslint-disable-line no-unused-expressions
    value = toUSVString(value);
    const components = native.parse(value);
    if (components === undefined) throw new ERR_INVALID_URL(value);
    this.#set(components);
  }

  get origin() {
    return this.#context[ORIGIN];
  }

  get protocol() {
    return this.#context[PROTOCOL];
  }

  set protocol(value) {
    const href = this.#context[HREF];
    this.#change(href, 'protocol', value);
  }

  get username() {
    return this.#context[USERNAME];
  }

  set username(value) {
    const href = this.#context[HREF];
    this.#change(href, 'username', value);
  }

  get password() {
    return this.#context[PASSWORD];
  }

  set password(value) {
    const href = this.#context[HREF];
    this.#change(href, 'password', value);
  }

  get host() {
    return this.#context[HOST];
  }

  set host(value) {
    const href = this.#context[HREF];
    this.#change(href, 'host', value);
  }

  get hostname() {
    return this.#context[HOSTNAME];
  }

  set hostname(value) {
    const href = this.#context[HREF];
    this.#change(href, 'hostname', value);
  }

  get port() {
    return this.#context[PORT];
  }

  set port(value) {
    const href = this.#context[HREF];
    this.#change(href, 'port', value);
  }

  get pathname() {
    return this.#context[PATHNAME];
  }

  set pathname(value) {
    const href = this.#context[HREF];
    this.#change(href, 'pathname', value);
  }

  get search() {
    return this.#search();
  }

  set search(value) {
    const href = this.#context[HREF];
    this.#change(href, 'search', value);
  }

  get searchParams() {
    if (this.#searchParams === null) {
      const params = new URLSearchParams(this.#context[SEARCH]);
      linkParams(params, this);
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    return this.#context[HASH];
  }

  set hash(value) {
    const href = this.#context[HREF];
    this.#change(href, 'hash', value);
  }

  toJSON() {
    return this.#href();
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    if (base !== undefined) base = toUSVString(base);
    const components = native.parse(url, base);
    return components === undefined ? null : new URL(kFromComponents, components);
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    if (base !== undefined) base = toUSVString(base);
    return native.parse(url, base) !== undefined;
  }

  static createObjectURL(obj) {
    const { Blob } = require('buffer');
    if (!(obj instanceof Blob)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    // corral keeps no blob URL store.
    throw new ERR_METHOD_NOT_IMPLEMENTED('createObjectURL()');
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    // Nothing is ever registered, so nothing is revoked.
  }
}

markEnumerable(URL.prototype, ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']);
Object.defineProperty(URL.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'URL', writable: false, enumerable: false, configurable: true,
});
markEnumerable(URL, ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);

function isURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

// ---------------------------------------------------------------------------
// Domains

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return native.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return native.domainToUnicode(`${domain}`);
}

// ---------------------------------------------------------------------------
// File URLs

function isWindowsOption(options) {
  if (options !== undefined && options !== null && options.windows !== undefined) {
    return Boolean(options.windows);
  }
  return process.platform === 'win32';
}

function toFileURL(path) {
  if (typeof path === 'string') return new URL(path);
  if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return path;
}

// Whether `pathname` holds %2F (or, on Windows, %5C) in either case.
function hasEncodedSeparator(pathname, windows) {
  for (let i = pathname.indexOf('%'); i !== -1; i = pathname.indexOf('%', i + 1)) {
    const first = pathname[i + 1];
    const second = (pathname.charCodeAt(i + 2) | 0x20);
    if (first === '2' && second === 0x66) return true;
    if (windows && first === '5' && second === 0x63) return true;
  }
  return false;
}

function posixPathOf(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (hasEncodedSeparator(pathname, false)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', url);
  }
  return pathname.includes('%') ? decodeURIComponent(pathname) : pathname;
}

function windowsPathOf(url) {
  let pathname = url.pathname;
  if (hasEncodedSeparator(pathname, true)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters', url);
  }
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  if (url.hostname !== '') {
    // A UNC path: \\server\share\...
    return `\\\\${domainToUnicode(url.hostname)}${pathname}`;
  }
  const letter = pathname.charCodeAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute', url);
  }
  return pathname.slice(1);
}

function fileURLToPath(path, options = undefined) {
  const windows = isWindowsOption(options);
  const url = toFileURL(path);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? windowsPathOf(url) : posixPathOf(url);
}

// Percent-decodes `text` into raw bytes (no UTF-8 decoding).
function percentDecodeBytes(text) {
  const bytes = internals.encoding.encodeUtf8(text);
  let out = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x25 && i + 2 < bytes.length) {
      const high = hexValue(bytes[i + 1]);
      const low = hexValue(bytes[i + 2]);
      if (high !== -1 && low !== -1) {
        bytes[out++] = high * 16 + low;
        i += 2;
        continue;
      }
    }
    bytes[out++] = bytes[i];
  }
  const { Buffer } = require('buffer');
  return Buffer.from(bytes.buffer, bytes.byteOffset, out);
}

function fileURLToPathBuffer(path, options = undefined) {
  const windows = isWindowsOption(options);
  const url = toFileURL(path);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (windows) {
    const { Buffer } = require('buffer');
    return Buffer.from(windowsPathOf(url));
  }
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (hasEncodedSeparator(pathname, false)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', url);
  }
  return percentDecodeBytes(pathname);
}

// ASCII characters pathToFileURL leaves as they are: alphanumerics and
// !$&'()*+,-./:;=@_ (everything else, controls included, is percent-encoded).
const pathKeep = new Uint8Array(128);
for (const ch of "!$&'()*+,-./:;=@_") pathKeep[ch.charCodeAt(0)] = 1;
for (let c = 0x30; c <= 0x39; c++) pathKeep[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) pathKeep[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) pathKeep[c] = 1;

function encodePath(path) {
  let out = '';
  let last = 0;
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i);
    if (code < 128 && pathKeep[code] === 0) {
      out += path.slice(last, i);
      out += `%${code < 16 ? '0' : ''}${code.toString(16).toUpperCase()}`;
      last = i + 1;
    }
  }
  return last === 0 ? path : out + path.slice(last);
}

function pathToFileURL(filepath, options = undefined) {
  const windows = isWindowsOption(options);
  const path = require('path');
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  if (windows) {
    // A long-path prefix (\\?\) before a drive letter is dropped; \\?\UNC\ stays UNC.
    if (filepath.startsWith('\\\\?\\') && !filepath.startsWith('\\\\?\\UNC\\')) filepath = filepath.slice(4);
    let resolved = filepath.startsWith('\\\\') ? filepath : path.win32.resolve(filepath);
    if (resolved.startsWith('\\\\')) {
      const extended = resolved.startsWith('\\\\?\\UNC\\');
      const prefix = extended ? 8 : 2;
      const hostEnd = resolved.indexOf('\\', prefix);
      if (hostEnd === -1) {
        throw new ERR_INVALID_ARG_VALUE('path', resolved, 'Missing UNC resource path');
      }
      if (hostEnd === 2) {
        throw new ERR_INVALID_ARG_VALUE('path', resolved, 'Empty UNC servername');
      }
      const hostname = resolved.slice(prefix, hostEnd);
      const rest = resolved.slice(hostEnd).replace(/\\/g, '/');
      const url = new URL(`file://${hostname}`);
      url.pathname = rest.replace(/%/g, '%25');
      return url;
    }
    const last = filepath.charCodeAt(filepath.length - 1);
    if ((last === 0x2f || last === 0x5c) && resolved[resolved.length - 1] !== '\\') resolved += '\\';
    return new URL(`file:///${encodePath(resolved.replace(/\\/g, '/'))}`);
  }
  let resolved = path.posix.resolve(filepath);
  // resolve() drops a trailing slash; a directory path keeps it.
  if (filepath.charCodeAt(filepath.length - 1) === 0x2f && resolved[resolved.length - 1] !== '/') {
    resolved += '/';
  }
  return new URL(`file://${encodePath(resolved)}`);
}

// A path argument that may be a file: URL (string paths pass through).
function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

function urlToHttpOptions(url) {
  validateObject(url, 'url', { allowArray: true, allowFunction: true });
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof hostname === 'string' && hostname.startsWith('[') ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

// url.format(URL, options).
function formatURL(url, fragment, unicode, search, auth) {
  return native.format(url.href, fragment, unicode, search, auth);
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  fileURLToPathBuffer,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  isURL,
  formatURL,
  toUSVString,
};
