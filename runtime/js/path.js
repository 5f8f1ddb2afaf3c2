'use strict';

// The `path` builtin: POSIX and Windows path syntax, as in Node.js 24.
//
//   module.exports === posix, posix.win32 === win32, win32.posix === posix
//
// Every function works on strings only and never touches the file system
// (resolve() and win32.toNamespacedPath() read process.cwd()). Results follow
// Node 24 exactly, odd corners included: win32 drive-relative paths, UNC
// roots, `\\?\` and `\\.\` device paths, reserved DOS device names (CON, NUL,
// COM1, ...) and the way basename() matches a suffix against the path. Where
// a rule looks arbitrary it is there because Node behaves that way; the
// comment next to it says what is being reproduced.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const CHAR_SLASH = 47; // '/'
const CHAR_BACKSLASH = 92; // '\'
const CHAR_COLON = 58; // ':'
const CHAR_DOT = 46; // '.'
const CHAR_QUESTION = 63; // '?'

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
  }
}

function isPosixSep(code) {
  return code === CHAR_SLASH;
}

function isWinSep(code) {
  return code === CHAR_SLASH || code === CHAR_BACKSLASH;
}

function isAsciiLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// `X:` at the start of a win32 path.
function hasDrivePrefix(path) {
  return path.length >= 2 &&
    path.charCodeAt(1) === CHAR_COLON &&
    isAsciiLetter(path.charCodeAt(0));
}

// DOS device names that Windows resolves in every directory.
const reservedDeviceNames = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3',
  'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3',
]);

// Whether the text before `colon` is a reserved device name. Node also asks
// this with colon === -1 (no colon in the path), where slice(0, -1) makes it
// look at everything but the last character; callers that reproduce that
// pass -1 on purpose.
function isReservedBefore(path, colon) {
  return reservedDeviceNames.has(path.slice(0, colon).toUpperCase());
}

// Collapses the segments of `body` (split at every separator `isSep` accepts):
// empty and '.' segments vanish, '..' removes the segment before it. A '..'
// with nothing left to remove is kept when `aboveRoot` (relative paths) and
// dropped otherwise. Returns the segments joined with `sep`, without leading
// or trailing separator.
function collapse(body, aboveRoot, isSep, sep) {
  const kept = [];
  const len = body.length;
  let segStart = 0;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isSep(body.charCodeAt(i))) continue;
    const segLen = i - segStart;
    if (segLen === 0 ||
        (segLen === 1 && body.charCodeAt(segStart) === CHAR_DOT)) {
      segStart = i + 1;
      continue;
    }
    if (segLen === 2 && body.charCodeAt(segStart) === CHAR_DOT &&
        body.charCodeAt(segStart + 1) === CHAR_DOT) {
      if (kept.length > 0 && kept[kept.length - 1] !== '..') {
        kept.pop();
      } else if (aboveRoot) {
        kept.push('..');
      }
    } else {
      kept.push(body.slice(segStart, i));
    }
    segStart = i + 1;
  }
  return kept.join(sep);
}

// The last path component of path[floor..]: returns [start, end) with
// trailing separators excluded; start === end when there is none.
function lastComponent(path, floor, isSep) {
  let end = path.length;
  while (end > floor && isSep(path.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > floor && !isSep(path.charCodeAt(start - 1))) start--;
  return [start, end];
}

// Where the extension starts inside `name` (a single component), or -1. A
// leading dot does not start an extension, and '..' has none.
function extensionIndex(name) {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return -1;
  if (name === '..') return -1;
  return dot;
}

function basenameImpl(path, suffix, floor, isSep) {
  const [start, end] = lastComponent(path, floor, isSep);
  if (suffix === undefined || suffix.length === 0 ||
      suffix.length > path.length) {
    return path.slice(start, end);
  }
  if (suffix === path) return '';
  // Node compares the suffix with the component from its right end. When the
  // component runs out before the suffix does and every character matched
  // so far (this includes a path of separators only), the result keeps the
  // path's trailing separators.
  const name = path.slice(start, end);
  if (suffix.length > name.length) {
    return suffix.endsWith(name) ? path.slice(start) : name;
  }
  if (!name.endsWith(suffix) || suffix.length === name.length) return name;
  return name.slice(0, name.length - suffix.length);
}

function extnameImpl(path, floor, isSep) {
  const [start, end] = lastComponent(path, floor, isSep);
  const name = path.slice(start, end);
  const dot = extensionIndex(name);
  return dot === -1 ? '' : name.slice(dot);
}

// Fills ext/name/base of a parse() result from the component [start, end).
// `dotFloor` is where Node believes the component starts when it decides
// whether the name is '..': for a POSIX path like '/..' it is 0, not 1, so
// '/..' gets the extension '.' (reproduced as is).
function fillNameParts(ret, path, start, end, dotFloor) {
  const name = path.slice(start, end);
  ret.base = name;
  let dot = name.lastIndexOf('.');
  if (dot > 0 && start + dot === end - 1 && start + dot === dotFloor + 1 &&
      path.charCodeAt(start + dot - 1) === CHAR_DOT) {
    dot = -1;
  }
  if (dot <= 0) {
    ret.name = name;
  } else {
    ret.name = name.slice(0, dot);
    ret.ext = name.slice(dot);
  }
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function _format(sep, pathObject) {
  if (pathObject === null || typeof pathObject !== 'object' ||
      Array.isArray(pathObject)) {
    throw new ERR_INVALID_ARG_TYPE('pathObject', 'Object', pathObject);
  }
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base ||
    `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

function currentDirectory() {
  return process.cwd();
}

// ---------------------------------------------------------------------------
// win32 roots

// For a path opening with two separators, finds `\\server\share`: returns
// undefined unless a server name and a share name follow, else the bounds of
// both ([2, serverEnd) and [shareStart, shareEnd)).
function scanUnc(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j === 2 || j === len) return undefined;
  const serverEnd = j;
  while (j < len && isWinSep(path.charCodeAt(j))) j++;
  if (j === len) return undefined;
  const shareStart = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  return { serverEnd, shareStart, shareEnd: j };
}

// The root of a win32 path as resolve() and normalize() see it:
// `device` ('' when none: 'C:', '\\server\share', '\\?', '\\.'), `rootEnd`
// (where the rest of the path starts) and `absolute`.
// normalize() passes `deviceNames` to also recognise DOS device names:
// 'CON:x' (device 'CON:') and '\\?\CON:' or '\\.\CON:' (device '\\?\CON:').
function win32Root(path, deviceNames) {
  const len = path.length;
  const first = path.charCodeAt(0);
  if (isWinSep(first)) {
    if (len > 1 && isWinSep(path.charCodeAt(1))) {
      const unc = scanUnc(path);
      if (unc !== undefined) {
        const server = path.slice(2, unc.serverEnd);
        if (server === '.' || server === '?') {
          if (deviceNames) {
            let nameEnd = 4;
            while (nameEnd < len && path.charCodeAt(nameEnd) !== CHAR_BACKSLASH) {
              nameEnd++;
            }
            const name = path.slice(4, nameEnd);
            const colon = name.indexOf(':');
            if (colon !== -1 && isReservedBefore(name, colon)) {
              return {
                device: `\\\\?\\${name.slice(0, colon + 1)}`,
                rootEnd: 4 + colon + 1,
                absolute: true,
              };
            }
          }
          return { device: `\\\\${server}`, rootEnd: 4, absolute: true };
        }
        return {
          device: `\\\\${server}\\${path.slice(unc.shareStart, unc.shareEnd)}`,
          rootEnd: unc.shareEnd,
          absolute: true,
        };
      }
    }
    return { device: '', rootEnd: 1, absolute: true };
  }
  if (hasDrivePrefix(path)) {
    const absolute = len > 2 && isWinSep(path.charCodeAt(2));
    return { device: path.slice(0, 2), rootEnd: absolute ? 3 : 2, absolute };
  }
  if (deviceNames) {
    const colon = path.indexOf(':');
    if (colon > 0 && isReservedBefore(path, colon)) {
      return { device: path.slice(0, colon + 1), rootEnd: colon + 1, absolute: false };
    }
  }
  return { device: '', rootEnd: 0, absolute: false };
}

// The length of the root as dirname() and parse() see it (0 when none). A
// UNC root takes the one separator after the share; device paths get no
// special treatment here.
function win32PlainRootEnd(path) {
  const len = path.length;
  const first = path.charCodeAt(0);
  if (isWinSep(first)) {
    if (len > 1 && isWinSep(path.charCodeAt(1))) {
      const unc = scanUnc(path);
      if (unc !== undefined) {
        return unc.shareEnd === len ? len : unc.shareEnd + 1;
      }
    }
    return 1;
  }
  if (hasDrivePrefix(path)) {
    return len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// win32

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device === '') {
        path = currentDirectory();
      } else {
        // Windows keeps a working directory per drive (in the environment
        // variables '=C:', ... which POSIX hosts cannot have); here the
        // process's directory serves, unless it is on another drive.
        path = currentDirectory();
        if (path.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
            path.charCodeAt(2) === CHAR_BACKSLASH) {
          path = `${device}\\`;
        }
      }
      if (path.length === 0) continue;

      const root = win32Root(path, false);
      if (root.device !== '' && device !== '' &&
          root.device.toLowerCase() !== device.toLowerCase()) {
        // A path on another drive or share says nothing about this one.
        continue;
      }
      if (device === '') device = root.device;
      if (absolute) {
        if (device !== '') break;
      } else {
        tail = `${path.slice(root.rootEnd)}\\${tail}`;
        absolute = root.absolute;
        if (absolute && device !== '') break;
      }
    }
    tail = collapse(tail, !absolute, isWinSep, '\\');
    return absolute ? `${device}\\${tail}` : `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? '\\' : path;

    const { device, rootEnd, absolute } = win32Root(path, true);
    let tail = rootEnd < len ?
      collapse(path.slice(rootEnd), !absolute, isWinSep, '\\') : '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';

    // A relative path without a drive must not come out looking like one
    // ('a/../c:' would read as drive c:) or like a named stream / device
    // ('x:' at the end of a segment): such results get a leading '.\'.
    if (!absolute && device === '' && path.includes(':')) {
      if (hasDrivePrefix(tail)) return `.\\${tail}`;
      for (let colon = path.indexOf(':'); colon !== -1;
        colon = path.indexOf(':', colon + 1)) {
        if (colon === len - 1 || isWinSep(path.charCodeAt(colon + 1))) {
          return `.\\${tail}`;
        }
      }
    }
    // Paths opening with a DOS device name get '.\' as well (with no colon
    // in the path, Node tests all but its last character: 'CONx' -> '.\CONx').
    if (isReservedBefore(path, path.indexOf(':'))) {
      return `.\\${device}${tail}`;
    }
    if (device === '') return absolute ? `\\${tail}` : tail;
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const first = path.charCodeAt(0);
    return isWinSep(first) ||
      (len > 2 && hasDrivePrefix(path) && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    let joined = parts.join('\\');

    // Two leading separators would make normalize() read a UNC root. Keep
    // them only when the first part clearly is one (exactly two separators
    // then a non-separator); otherwise squash the leading run to one.
    const first = parts[0];
    const uncIntended = first.length > 2 &&
      isWinSep(first.charCodeAt(0)) && isWinSep(first.charCodeAt(1)) &&
      !isWinSep(first.charCodeAt(2));
    if (!uncIntended) {
      let lead = 0;
      while (lead < joined.length && isWinSep(joined.charCodeAt(lead))) lead++;
      if (lead >= 2) joined = `\\${joined.slice(lead)}`;
    }

    // A backslash-separated segment naming a DOS device ('CON:', 'nul:x')
    // turns normalization off: '..' after it must not climb past it. The
    // separators are still unified.
    const segments = joined.split('\\');
    for (let i = 0; i < segments.length; i++) {
      const colon = segments[i].indexOf(':');
      if (colon !== -1 && isReservedBefore(segments[i], colon)) {
        return joined.replace(/\//g, '\\');
      }
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';

    const fromFull = win32.resolve(from);
    const toFull = win32.resolve(to);
    if (fromFull === toFull) return '';
    const fromCmp = fromFull.toLowerCase();
    const toCmp = toFull.toLowerCase();
    if (fromCmp === toCmp) return '';
    if (fromCmp.length !== fromFull.length || toCmp.length !== toFull.length) {
      // Lower-casing changed a length (U+0130 does): Node then compares the
      // backslash-separated pieces one by one instead.
      const pieces = (str) => {
        let end = str.length;
        while (end > 0 && str.charCodeAt(end - 1) === CHAR_BACKSLASH) end--;
        return str.slice(0, end).split('\\');
      };
      const a = pieces(fromFull);
      const b = pieces(toFull);
      let same = 0;
      while (same < a.length && same < b.length &&
             a[same].toLowerCase() === b[same].toLowerCase()) {
        same++;
      }
      if (same === 0) return toFull; // another drive or share
      const out = [];
      for (let k = same; k < a.length; k++) out.push('..');
      for (let k = same; k < b.length; k++) out.push(b[k]);
      return out.join('\\');
    }

    // Both are compared case-insensitively, character by character, without
    // their leading separators and (all but one character of) their
    // trailing ones.
    const bounds = (s) => {
      let start = 0;
      while (start < s.length && s.charCodeAt(start) === CHAR_BACKSLASH) start++;
      let end = s.length;
      while (end - 1 > start && s.charCodeAt(end - 1) === CHAR_BACKSLASH) end--;
      return [start, end];
    };
    const [fromStart, fromEnd] = bounds(fromCmp);
    let [toStart, toEnd] = bounds(toCmp);
    const fromLen = fromEnd - fromStart;
    const toLen = toEnd - toStart;
    const common = fromLen < toLen ? fromLen : toLen;

    let i = 0;
    let lastSep = -1; // offset of the last separator both share
    for (; i < common; i++) {
      const code = fromCmp.charCodeAt(fromStart + i);
      if (code !== toCmp.charCodeAt(toStart + i)) break;
      if (code === CHAR_BACKSLASH) lastSep = i;
    }

    if (i !== common) {
      // They part inside the first component (another drive or share):
      // nothing relative connects them.
      if (lastSep === -1) return toFull;
    } else {
      if (toLen > common) {
        // `from` is a prefix of `to`.
        if (toCmp.charCodeAt(toStart + i) === CHAR_BACKSLASH) {
          return toFull.slice(toStart + i + 1);
        }
        if (i === 2) return toFull.slice(toStart + i); // from is 'X:\'
      }
      if (fromLen > common) {
        // `to` is a prefix of `from`.
        if (fromCmp.charCodeAt(fromStart + i) === CHAR_BACKSLASH) {
          lastSep = i;
        } else if (i === 2) {
          lastSep = 3; // to is 'X:\'
        }
      }
      if (lastSep === -1) lastSep = 0;
    }

    // One '..' for every component of `from` after the shared part.
    let ups = '';
    for (let k = fromStart + lastSep + 1; k <= fromEnd; k++) {
      if (k === fromEnd || fromCmp.charCodeAt(k) === CHAR_BACKSLASH) {
        ups += ups.length === 0 ? '..' : '\\..';
      }
    }
    toStart += lastSep;
    if (ups.length > 0) {
      return `${ups}${toFull.slice(toStart, toEnd)}`;
    }
    if (toCmp.charCodeAt(toStart) === CHAR_BACKSLASH) toStart++;
    return toFull.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const full = win32.resolve(path);
    if (full.length <= 2) return path;
    if (full.charCodeAt(0) === CHAR_BACKSLASH) {
      if (full.charCodeAt(1) === CHAR_BACKSLASH) {
        const third = full.charCodeAt(2);
        if (third !== CHAR_QUESTION && third !== CHAR_DOT) {
          return `\\\\?\\UNC\\${full.slice(2)}`;
        }
      }
    } else if (hasDrivePrefix(full) && full.charCodeAt(2) === CHAR_BACKSLASH) {
      return `\\\\?\\${full}`;
    }
    return full;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';
    const rootEnd = win32PlainRootEnd(path);
    // The separator before the last component (ignoring trailing ones).
    let i = len - 1;
    while (i >= rootEnd && isWinSep(path.charCodeAt(i))) i--;
    while (i >= rootEnd && !isWinSep(path.charCodeAt(i))) i--;
    if (i < rootEnd) return rootEnd === 0 ? '.' : path.slice(0, rootEnd);
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameImpl(path, suffix, hasDrivePrefix(path) ? 2 : 0, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    return extnameImpl(path, hasDrivePrefix(path) ? 2 : 0, isWinSep);
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const rootEnd = win32PlainRootEnd(path);
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    const [start, end] = lastComponent(path, rootEnd, isWinSep);
    if (start < end) fillNameParts(ret, path, start, end, start);
    ret.dir = start > 0 && start !== rootEnd ? path.slice(0, start - 1) : ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return globMatch(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

// ---------------------------------------------------------------------------
// posix

const posix = {
  resolve(...args) {
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : currentDirectory();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      tail = tail.length > 0 ? `${path}/${tail}` : path;
      absolute = path.charCodeAt(0) === CHAR_SLASH;
    }
    tail = collapse(tail, !absolute, isPosixSep, '/');
    if (absolute) return `/${tail}`;
    return tail.length > 0 ? tail : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === CHAR_SLASH;
    const trailing = path.charCodeAt(path.length - 1) === CHAR_SLASH;
    let body = collapse(path, !absolute, isPosixSep, '/');
    if (body.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) body += '/';
    return absolute ? `/${body}` : body;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === CHAR_SLASH;
  },

  join(...args) {
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    // Both are normalized absolute paths now: compare them segment-wise.
    const a = from === '/' ? [] : from.slice(1).split('/');
    const b = to === '/' ? [] : to.slice(1).split('/');
    let same = 0;
    while (same < a.length && same < b.length && a[same] === b[same]) same++;
    const out = [];
    for (let k = same; k < a.length; k++) out.push('..');
    for (let k = same; k < b.length; k++) out.push(b[k]);
    return out.join('/');
  },

  toNamespacedPath(path) {
    // Only meaningful on Windows.
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const rooted = path.charCodeAt(0) === CHAR_SLASH;
    // The separator before the last component (ignoring trailing ones); the
    // first character never counts.
    let i = path.length - 1;
    while (i >= 1 && path.charCodeAt(i) === CHAR_SLASH) i--;
    while (i >= 1 && path.charCodeAt(i) !== CHAR_SLASH) i--;
    if (i < 1) return rooted ? '/' : '.';
    if (rooted && i === 1) return '//';
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameImpl(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    return extnameImpl(path, 0, isPosixSep);
  },

  format: _format.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path.charCodeAt(0) === CHAR_SLASH;
    if (absolute) ret.root = '/';
    const [start, end] = lastComponent(path, absolute ? 1 : 0, isPosixSep);
    // Node takes the component to start at 0 when only the root precedes it.
    const nodeStart = absolute && start === 1 ? 0 : start;
    if (start < end) fillNameParts(ret, path, start, end, nodeStart);
    if (nodeStart > 0) ret.dir = path.slice(0, nodeStart - 1);
    else if (absolute) ret.dir = '/';
    return ret;
  },

  matchesGlob(path, pattern) {
    return globMatch(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

// ---------------------------------------------------------------------------
// matchesGlob
//
// Node answers with minimatch, set up so that a backslash in the pattern is
// a path separator (never an escape), a leading '!' or '#' is an ordinary
// character, and '.', '..' and empty segments are folded away on both sides
// before matching. This is a compact re-implementation of that behaviour:
//   *  ?  [abc] [a-z] [!x] [^x] [[:alpha:]] ...   within one segment
//   **                                            any number of segments
//   {a,b} {1..10} {a..e} {01..10..2}              brace expansion
//   @(a|b) ?(a|b) *(a|b) +(a|b) !(a|b)            extended globs
// Wildcards never match a leading '.' of a segment (the pattern must spell
// the dot out, as in '.*'), and '**' never enters a hidden directory.

const GLOBSTAR = Symbol('globstar');

function globMatch(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  pattern = pattern.replace(/\\/g, '/');
  if (windows) path = path.replace(/\\/g, '/');
  if (pattern === '') return path === '';
  // Node matches case-insensitively on the hosts whose file systems usually
  // are (literal segments still compare exactly).
  const platform = typeof process === 'object' && process !== null ?
    process.platform : undefined;
  const nocase = platform === 'win32' || platform === 'darwin';

  const file = splitGlobPath(path, windows);
  const alternatives = [];
  const expanded = expandBraces(pattern);
  for (let i = 0; i < expanded.length; i++) {
    const folded = foldPatternSegments(splitGlobPath(expanded[i], windows));
    for (let k = 0; k < folded.length; k++) alternatives.push(folded[k]);
  }
  for (let i = 0; i < alternatives.length; i++) {
    const compiled = compileGlob(alternatives[i], windows, nocase);
    const [f, p] = alignDrives(file.slice(), compiled, windows);
    if (matchParts(foldFileSegments(f, windows), 0, p, 0)) return true;
  }
  return false;
}

// Splits at runs of '/'. On win32 a leading '//name' keeps both empty
// pieces, so that UNC paths stay recognisable.
function splitGlobPath(path, windows) {
  const pieces = path.split(/\/+/);
  if (windows && /^\/\/[^/]/.test(path)) pieces.unshift('');
  return pieces;
}

// Drops empty and '.' pieces that are neither first nor last (but keeps the
// two empty pieces of a leading '//'), and a lone './' or './.'.
function dropEmptyPieces(parts) {
  let changed = false;
  for (let i = 1; i < parts.length - 1; i++) {
    const piece = parts[i];
    if (piece !== '' && piece !== '.') continue;
    if (i === 1 && piece === '' && parts[0] === '') continue;
    parts.splice(i, 1);
    i--;
    changed = true;
  }
  if (parts.length === 2 && parts[0] === '.' &&
      (parts[1] === '.' || parts[1] === '')) {
    parts.pop();
    changed = true;
  }
  return changed;
}

// A piece that 'x/..' may cancel.
function cancellable(piece) {
  return piece !== undefined && piece !== '' && piece !== '.' &&
    piece !== '..' && piece !== '**';
}

// The path's pieces with 'name/..' pairs cancelled (on win32 a drive piece
// such as 'c:' is never cancelled).
function foldFileSegments(parts, windows) {
  let changed = true;
  while (changed) {
    changed = dropEmptyPieces(parts);
    for (let i = 1; i < parts.length; i++) {
      if (parts[i] !== '..') continue;
      const before = parts[i - 1];
      if (!cancellable(before) || (windows && /^[a-z]:$/i.test(before))) continue;
      parts.splice(i - 1, 2);
      i = i >= 2 ? i - 2 : 0;
      changed = true;
    }
  }
  return parts.length === 0 ? [''] : parts;
}

// The same folding for a pattern, which may turn it into several: in
// 'x/**/../a/b' the '**' may have matched nothing or something, giving
// 'x/../a/b' and 'x/**/a/b'. A cancelled 'p/..' right before a leading '**'
// leaves '.' behind. Consecutive '**' act as one.
function foldPatternSegments(first) {
  const queue = [first];
  for (let q = 0; q < queue.length; q++) {
    const parts = queue[q];
    let changed = true;
    while (changed) {
      changed = false;
      for (let gs = parts.indexOf('**'); gs !== -1; gs = parts.indexOf('**', gs + 1)) {
        let last = gs;
        while (parts[last + 1] === '**') last++;
        if (last > gs) parts.splice(gs + 1, last - gs);
        if (parts[gs + 1] !== '..') continue;
        const p = parts[gs + 2];
        const p2 = parts[gs + 3];
        if (!p || p === '.' || p === '..' || !p2 || p2 === '.' || p2 === '..') {
          continue;
        }
        changed = true;
        parts.splice(gs, 1);
        const other = parts.slice();
        other[gs] = '**';
        queue.push(other);
        gs--;
      }
      if (dropEmptyPieces(parts)) changed = true;
      for (let dd = parts.indexOf('..', 1); dd !== -1; dd = parts.indexOf('..', dd + 1)) {
        if (!cancellable(parts[dd - 1])) continue;
        changed = true;
        if (dd === 1 && parts[dd + 1] === '**') parts.splice(dd - 1, 2, '.');
        else parts.splice(dd - 1, 2);
        if (parts.length === 0) parts.push('');
        dd -= 2;
      }
    }
  }
  return queue;
}

// Text that would make a piece of pattern magic.
const globMagicText = /[?*]|[+@!]\(.*?\)|\[|\]/;

function compileGlob(pieces, windows, nocase) {
  const compiled = [];
  // Case-insensitive hosts take a win32 root literally: the first four
  // pieces of '//?/C:/...' or '//server/share/...', or a leading 'C:...'.
  let literal = 0;
  if (windows && nocase) {
    if (pieces[0] === '' && pieces[1] === '' && pieces.length >= 4 &&
        (pieces[2] === '?' || !globMagicText.test(pieces[2])) &&
        !globMagicText.test(pieces[3])) {
      literal = 4;
    } else if (/^[a-z]:/i.test(pieces[0])) {
      literal = 1;
    }
  }
  for (let i = 0; i < pieces.length; i++) {
    if (i < literal) compiled.push(pieces[i]);
    else compiled.push(pieces[i] === '**' ? GLOBSTAR : compileSegment(pieces[i], nocase));
  }
  // In '//?/C:/...' (win32) the '?' is part of the UNC prefix, not a wildcard.
  if (windows && pieces[0] === '' && pieces[1] === '' && pieces[2] === '?' &&
      /^[a-z]:$/i.test(pieces[3])) {
    compiled[2] = '?';
  }
  return compiled;
}

// On win32, drives ('c:', or '//?/C:' in UNC form) match case-insensitively
// and the UNC form lines up with the plain one. Returns [file, pattern].
function alignDrives(file, pattern, windows) {
  if (!windows) return [file, pattern];
  const isDrive = (s) => typeof s === 'string' && /^[a-z]:$/i.test(s);
  const driveAt = (list) => {
    if (isDrive(list[0])) return 0;
    if (list[0] === '' && list[1] === '' && list[2] === '?' && isDrive(list[3])) {
      return 3;
    }
    return -1;
  };
  const fd = driveAt(file);
  const pd = driveAt(pattern);
  if (fd === -1 || pd === -1 ||
      file[fd].toLowerCase() !== pattern[pd].toLowerCase()) {
    return [file, pattern];
  }
  pattern = pattern.slice();
  pattern[pd] = file[fd];
  if (pd > fd) pattern = pattern.slice(pd);
  else if (fd > pd) file = file.slice(fd);
  return [file, pattern];
}

// Wildcards and '**' never take a hidden piece ('.x', and so '.', '..').
function isHidden(piece) {
  return piece.charCodeAt(0) === CHAR_DOT;
}

function matchParts(file, fi, pattern, pi) {
  for (; fi < file.length && pi < pattern.length; fi++, pi++) {
    const p = pattern[pi];
    if (p === GLOBSTAR) return matchGlobstar(file, fi, pattern, pi);
    const piece = file[fi];
    if (typeof p === 'string' ? p !== piece : !p.test(piece)) return false;
  }
  if (pi === pattern.length) {
    // The path may end in one extra empty piece (a trailing slash).
    return fi === file.length || (fi === file.length - 1 && file[fi] === '');
  }
  return false;
}

// pattern[pi] is '**'. The part after the last '**' (the tail) must match
// the end of the path; the parts between globstars are then looked for in
// order. Like Node, once there are two or more globstars, nothing from the
// end of the last section to the end of the path (tail included) may be
// hidden: 'a/**/b/**/.c' never matches.
function matchGlobstar(file, fi, pattern, pi) {
  const last = pattern.lastIndexOf(GLOBSTAR);
  const tail = pattern.slice(last + 1);
  let tailLength = 0;
  if (tail.length > 0) {
    if (fi + tail.length > file.length) return false;
    const at = file.length - tail.length;
    if (matchParts(file, at, tail, 0)) {
      tailLength = tail.length;
    } else {
      // 'a/**/b' against 'a/x/b/': try again before the trailing empty piece.
      if (file[file.length - 1] !== '' || fi + tail.length === file.length ||
          !matchParts(file, at - 1, tail, 0)) {
        return false;
      }
      tailLength = tail.length + 1;
    }
  }

  const middle = pattern.slice(pi + 1, last);
  if (middle.length === 0) {
    // One globstar: it takes what lies between, which must be something
    // unless the tail matched, and nothing hidden.
    let sawSome = tailLength > 0;
    for (let k = fi; k < file.length - tailLength; k++) {
      sawSome = true;
      if (isHidden(file[k])) return false;
    }
    return sawSome;
  }

  const sections = [[]];
  const before = [0];
  let count = 0;
  for (let k = 0; k < middle.length; k++) {
    if (middle[k] === GLOBSTAR) {
      before.push(count);
      sections.push([]);
    } else {
      sections[sections.length - 1].push(middle[k]);
      count++;
    }
  }
  // The last index each section is tried at (computed the way Node does).
  const limit = file.length - tailLength;
  const latest = sections.map((section, k) =>
    limit - (before[sections.length - 1 - k] + section.length));
  return matchSections(file, fi, sections, latest, 0, tailLength > 0) === true;
}

// Returns true, false, or null for "no match, and stop looking".
function matchSections(file, fi, sections, latest, si, sawSome) {
  if (si === sections.length) {
    for (let k = fi; k < file.length; k++) {
      sawSome = true;
      if (isHidden(file[k])) return false;
    }
    return sawSome;
  }
  const section = sections[si];
  for (; fi <= latest[si] && fi < file.length; fi++) {
    if (matchParts(file.slice(0, fi + section.length), fi, section, 0)) {
      const rest = matchSections(file, fi + section.length, sections, latest,
                                 si + 1, sawSome);
      if (rest !== false) return rest;
    }
    if (isHidden(file[fi])) return false;
  }
  return null;
}

// --- one segment -----------------------------------------------------------

const STAR = '[^/]*?';
const STAR_NONEMPTY = '[^/]+?';
const ONE_CHAR = '[^/]';
const NO_DOT = '(?!\\.)';
const NO_DOT_DIR = '(?!(?:^|/)\\.\\.?(?:$|/))'; // not '.' or '..'

function escapeRegExp(text) {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function escapeInClass(ch) {
  return /[\\\]^[-]/.test(ch) ? `\\${ch}` : ch;
}

// [source, isNegative, needsUnicode]
const posixClasses = {
  __proto__: null,
  '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', false, true],
  '[:alpha:]': ['\\p{L}\\p{Nl}', false, true],
  '[:ascii:]': ['\\x00-\\x7f', false, false],
  '[:blank:]': ['\\p{Zs}\\t', false, true],
  '[:cntrl:]': ['\\p{Cc}', false, true],
  '[:digit:]': ['\\p{Nd}', false, true],
  '[:graph:]': ['\\p{Z}\\p{C}', true, true],
  '[:lower:]': ['\\p{Ll}', false, true],
  '[:print:]': ['\\p{C}', false, true], // sic: Node's [[:print:]] is \p{C}
  '[:punct:]': ['\\p{P}', false, true],
  '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', false, true],
  '[:upper:]': ['\\p{Lu}', false, true],
  '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', false, true],
  '[:xdigit:]': ['A-Fa-f0-9', false, false],
};

// Parses the bracket expression opening at text[start]. Returns undefined
// when it does not close, else { source, end, magic, unicode }; a class of
// one plain character ('[a]') is not magic and stands for that character.
function parseClass(text, start) {
  const ranges = [];
  const negs = [];
  let negate = false;
  let unicode = false;
  let i = start + 1;
  let seenChar = false;
  let end = -1;
  for (; i < text.length; i++) {
    const c = text[i];
    if ((c === '!' || c === '^') && i === start + 1) {
      negate = true;
      continue;
    }
    if (c === ']' && seenChar) {
      end = i + 1;
      break;
    }
    seenChar = true;
    if (c === '[') {
      let named = false;
      for (const name in posixClasses) {
        if (text.startsWith(name, i)) {
          const [source, negative, u] = posixClasses[name];
          (negative ? negs : ranges).push(source);
          unicode = unicode || u;
          i += name.length - 1;
          named = true;
          break;
        }
      }
      if (named) continue;
    }
    if (text.startsWith('-]', i + 1)) {
      ranges.push(escapeInClass(c), '\\-');
      i += 1;
      continue;
    }
    if (text[i + 1] === '-' && i + 2 < text.length) {
      const to = text[i + 2];
      if (to > c) ranges.push(`${escapeInClass(c)}-${escapeInClass(to)}`);
      else if (to === c) ranges.push(escapeInClass(c));
      i += 2;
      continue;
    }
    ranges.push(escapeInClass(c));
  }
  if (end === -1) return undefined;
  if (ranges.length === 1 && negs.length === 0 && !negate &&
      /^\\?.$/u.test(ranges[0])) {
    const ch = ranges[0].length === 2 ? ranges[0][1] : ranges[0];
    return { source: escapeRegExp(ch), end, magic: false, unicode: false };
  }
  if (ranges.length === 0 && negs.length === 0) {
    return { source: '$.', end, magic: true, unicode: false };
  }
  const plain = `[${negate ? '^' : ''}${ranges.join('')}]`;
  const inverted = `[${negate ? '' : '^'}${negs.join('')}]`;
  let source;
  if (ranges.length > 0 && negs.length > 0) source = `(${plain}|${inverted})`;
  else source = ranges.length > 0 ? plain : inverted;
  return { source, end, magic: true, unicode };
}

// Where the group opening at text[open] (a '(') closes, or -1. Brackets
// inside are skipped.
function closingParen(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '[') {
      const cls = parseClass(text, i);
      if (cls !== undefined) {
        i = cls.end - 1;
        continue;
      }
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

// Splits an extglob body at its top-level '|'.
function splitAlternatives(body) {
  const out = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '[') {
      const cls = parseClass(body, i);
      if (cls !== undefined) {
        i = cls.end - 1;
        continue;
      }
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(from, i));
      from = i + 1;
    }
  }
  out.push(body.slice(from));
  return out;
}

// A segment is parsed into a small tree: a sequence node ({ type: null })
// holds text chunks and extglob nodes ({ type: '@' | '?' | '*' | '+' | '!' }),
// an extglob node holds one sequence node per alternative.
function globNode(type, parent) {
  return { type, parts: [], parent, index: parent === null ? 0 : parent.parts.length };
}

function parseSequence(text, node) {
  let chunk = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') {
      const cls = parseClass(text, i);
      if (cls !== undefined) {
        chunk += text.slice(i, cls.end);
        i = cls.end - 1;
        continue;
      }
    }
    if ((c === '!' || c === '?' || c === '+' || c === '*' || c === '@') &&
        text[i + 1] === '(') {
      const close = closingParen(text, i + 1);
      if (close !== -1) {
        if (chunk !== '') node.parts.push(chunk);
        chunk = '';
        const ext = globNode(c, node);
        node.parts.push(ext);
        const alts = splitAlternatives(text.slice(i + 2, close));
        for (let k = 0; k < alts.length; k++) {
          const alt = globNode(null, ext);
          ext.parts.push(alt);
          parseSequence(alts[k], alt);
        }
        // Node treats a negation whose last alternative ends without text
        // ('!()', '!(a|)', '!(@(a))') like '!()': anything but nothing.
        const lastAlt = ext.parts[ext.parts.length - 1];
        ext.empty = lastAlt.parts.length === 0 ||
          typeof lastAlt.parts[lastAlt.parts.length - 1] !== 'string';
        i = close;
        continue;
      }
    }
    chunk += c;
  }
  if (chunk !== '') node.parts.push(chunk);
  return node;
}

function cloneNode(node, parent) {
  const copy = globNode(node.type, parent);
  copy.empty = node.empty;
  for (let i = 0; i < node.parts.length; i++) {
    const part = node.parts[i];
    copy.parts.push(typeof part === 'string' ? part : cloneNode(part, copy));
  }
  return copy;
}

function collectNegations(node, out) {
  for (let i = 0; i < node.parts.length; i++) {
    const part = node.parts[i];
    if (typeof part === 'string') continue;
    if (part.type === '!') out.push(part);
    collectNegations(part, out);
  }
  return out;
}

// Nested groups are folded into their parent where that keeps the meaning
// (as Node does; it also keeps regular expressions like '*(*(a))' from
// backtracking forever). A group whose only content is another group takes
// its place ('@(x)' is x, '!(!(a))' is '@(a)', '?(*(a))' is '*(a)'); an
// alternative that is just a group of a compatible kind contributes that
// group's alternatives ('*(a|+(b))' is '*(a|b)', '+(?(a))' is '+(a|)').
const usurpedBy = {
  __proto__: null,
  '!': { __proto__: null, '!': '@' },
  '?': { __proto__: null, '*': '*', '+': '*' },
};
const adopts = {
  __proto__: null, '!': '@', '?': '?@', '@': '@', '*': '*+?@', '+': '+@',
};
const adoptsWithEmpty = { __proto__: null, '!': '?', '@': '?', '+': '?*' };

function soleGroup(alt) {
  return alt.parts.length === 1 && typeof alt.parts[0] !== 'string' ?
    alt.parts[0] : undefined;
}

function simplifyGroups(node) {
  for (let i = 0; i < node.parts.length; i++) {
    const part = node.parts[i];
    if (typeof part !== 'string') simplifyGroups(part);
  }
  if (node.type === null) return;
  for (;;) {
    const adopted = adoptAlternatives(node);
    const only = node.parts.length === 1 ? soleGroup(node.parts[0]) : undefined;
    if (only !== undefined && node.type === '@') {
      node.type = only.type;
      node.empty = only.empty;
    } else if (only !== undefined && usurpedBy[node.type] !== undefined &&
               usurpedBy[node.type][only.type] !== undefined) {
      node.type = usurpedBy[node.type][only.type];
    } else if (adopted) {
      continue;
    } else {
      return;
    }
    node.parts = only.parts;
    for (let k = 0; k < node.parts.length; k++) {
      node.parts[k].parent = node;
      node.parts[k].index = 0;
    }
  }
}

// Replaces alternatives that are just a group of a kind `node` can take in
// by that group's alternatives. Returns whether anything changed.
function adoptAlternatives(node) {
  const alts = [];
  let changed = false;
  for (let i = 0; i < node.parts.length; i++) {
    const alt = node.parts[i];
    const child = soleGroup(alt);
    const withEmpty = child !== undefined && adoptsWithEmpty[node.type] !== undefined &&
      adoptsWithEmpty[node.type].includes(child.type);
    if (child !== undefined && (withEmpty || adopts[node.type].includes(child.type))) {
      for (let k = 0; k < child.parts.length; k++) alts.push(child.parts[k]);
      if (withEmpty) alts.push(globNode(null, node));
      changed = true;
    } else {
      alts.push(alt);
    }
  }
  node.parts = alts;
  for (let k = 0; k < alts.length; k++) {
    alts[k].parent = node;
    alts[k].index = 0;
  }
  return changed;
}

// '!(a)b' must not match 'ab': each alternative of a negation is extended
// by whatever follows the negation in the enclosing sequences. `negs` lists
// the negations in pattern order, including those absorbed by
// simplifyGroups(), which are walked up from where they were.
function fillNegations(negs) {
  while (negs.length > 0) {
    const neg = negs.pop();
    if (neg.type !== '!') continue;
    let child = neg;
    let parent = neg.parent;
    while (parent !== null) {
      if (parent.type === null) {
        for (let i = child.index + 1; i < parent.parts.length; i++) {
          const follow = parent.parts[i];
          for (let k = 0; k < neg.parts.length; k++) {
            const alt = neg.parts[k];
            alt.parts.push(typeof follow === 'string' ? follow : cloneNode(follow, alt));
          }
        }
      }
      child = parent;
      parent = parent.parent;
    }
  }
}

function isStartNode(node) {
  const parent = node.parent;
  if (parent === null) return true;
  if (!isStartNode(parent)) return false;
  if (parent.type !== null) return true; // every alternative starts its group
  // Only negations may come before it.
  for (let i = 0; i < node.index; i++) {
    const before = parent.parts[i];
    if (typeof before === 'string' || before.type !== '!') return false;
  }
  return true;
}

function isEndNode(node) {
  const parent = node.parent;
  if (parent === null || parent.type === '!') return true;
  if (!isEndNode(parent)) return false;
  if (node.type === null) return true;
  return node.index === parent.parts.length - 1;
}

// Regular-expression source for a chunk of plain glob text.
function chunkSource(chunk, noEmpty, state) {
  let source = '';
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i];
    if (c === '*') {
      while (chunk[i + 1] === '*') i++; // '**' inside a segment is '*'
      source += noEmpty && /^\*+$/.test(chunk) ? STAR_NONEMPTY : STAR;
      state.magic = true;
    } else if (c === '?') {
      source += ONE_CHAR;
      state.magic = true;
    } else if (c === '[') {
      const cls = parseClass(chunk, i);
      if (cls === undefined) {
        source += '\\[';
      } else {
        source += cls.source;
        state.magic = state.magic || cls.magic;
        state.unicode = state.unicode || cls.unicode;
        i = cls.end - 1;
      }
    } else {
      source += escapeRegExp(c);
    }
  }
  return source;
}

function sequenceSource(node, dot, state) {
  const start = isStartNode(node);
  const noEmpty = start && isEndNode(node) &&
    node.parts.every((part) => typeof part === 'string');
  let source = '';
  for (let i = 0; i < node.parts.length; i++) {
    const part = node.parts[i];
    source += typeof part === 'string' ?
      chunkSource(part, noEmpty, state) : extglobSource(part, dot, state);
  }
  let guard = '';
  const first = node.parts[0];
  if (start && typeof first === 'string' &&
      !(node.parts.length === 1 && (first === '.' || first === '..'))) {
    // A wildcard up front must not match a leading dot ('.*' may match
    // one, but not '.' or '..').
    const opensPattern = (ch) => ch === '[' || ch === '.';
    if ((dot && opensPattern(source[0])) ||
        (source.startsWith('\\.') && opensPattern(source[2])) ||
        (source.startsWith('\\.\\.') && opensPattern(source[4]))) {
      guard = NO_DOT_DIR;
    } else if (!dot && opensPattern(source[0])) {
      guard = NO_DOT;
    }
  }
  const end = node.parent !== null && node.parent.type === '!' && isEndNode(node) ?
    '(?:$|\\/)' : '';
  return `${guard}${source}${end}`;
}

function alternativesSource(ext, dot, state) {
  const whole = isStartNode(ext) && isEndNode(ext);
  const sources = [];
  for (let i = 0; i < ext.parts.length; i++) {
    const source = sequenceSource(ext.parts[i], dot, state);
    if (!whole || source !== '') sources.push(source);
  }
  return sources.join('|');
}

function extglobSource(ext, dot, state) {
  state.magic = true;
  const start = isStartNode(ext);
  if (ext.type === '!' && ext.empty) {
    // '!()' is anything but nothing.
    return `${start && !dot ? NO_DOT : ''}${STAR_NONEMPTY}`;
  }
  let body = alternativesSource(ext, dot, state);
  if (body === '' && ext.parent.parent === null && ext.parent.parts.length === 1) {
    state.literal = true; // an empty group that is the whole segment
  }
  const repeated = ext.type === '*' || ext.type === '+';
  let dotted = '';
  if (repeated && !dot) {
    // Only the first repetition is kept from starting with a dot.
    dotted = alternativesSource(ext, true, state);
    if (dotted === body) dotted = '';
  }
  if (dotted !== '') body = `(?:${body})(?:${dotted})*?`;
  switch (ext.type) {
    case '!':
      return `(?:(?!(?:${body}))${start && !dot ? NO_DOT : ''}${STAR})`;
    case '@':
      return `(?:${body})`;
    case '?':
      return `(?:${body})?`;
    case '+':
      return dotted !== '' ? `(?:${body})` : `(?:${body})+`;
    default: // '*'
      return dotted !== '' ? `(?:${body})?` : `(?:${body})*`;
  }
}

// Text of a segment without wildcards: '[x]' stands for x.
function literalText(seg) {
  let out = '';
  for (let i = 0; i < seg.length; i++) {
    if (seg[i] === '[') {
      const cls = parseClass(seg, i);
      if (cls !== undefined && !cls.magic) {
        out += seg[cls.end - 2];
        i = cls.end - 1;
        continue;
      }
    }
    out += seg[i];
  }
  return out;
}

// A segment's matcher: its text when it has no wildcard, else a RegExp.
function compileSegment(seg, nocase) {
  if (seg === '') return '';
  if (/^\*+$/.test(seg)) seg = '*'; // '***' is '*'
  const root = parseSequence(seg, globNode(null, null));
  const negs = collectNegations(root, []);
  simplifyGroups(root);
  fillNegations(negs);
  const state = { magic: false, unicode: false, literal: false };
  const source = sequenceSource(root, false, state);
  if (state.literal) return seg; // '@()' alone matches itself only
  if (!state.magic) return literalText(seg);
  let flags = nocase ? 'i' : '';
  if (state.unicode) flags += 'u';
  return new RegExp(`^${source}$`, flags);
}

// ---------------------------------------------------------------------------
// Brace expansion, as the shell does it: 'a{b,c}d' -> abd acd, '{1..3}' ->
// 1 2 3. Unbalanced or comma-less braces stay literal.

// The first '{' and the '}' that closes it; for unbalanced input, the
// innermost complete pair. Returns undefined when there is no pair.
function findBraces(str) {
  const opens = [];
  let best;
  for (let i = 0; i < str.length; i++) {
    const c = str[i];
    if (c === '{') {
      opens.push(i);
    } else if (c === '}' && opens.length > 0) {
      const open = opens.pop();
      if (opens.length === 0) return { open, close: i };
      if (best === undefined || open < best.open) best = { open, close: i };
    }
  }
  return best;
}

// Splits at commas that are not inside nested braces.
function splitTopCommas(body) {
  const out = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      out.push(body.slice(from, i));
      from = i + 1;
    }
  }
  out.push(body.slice(from));
  return out;
}

// Stand-ins for braces that must stay literal while expanding.
const OPEN_MARK = '\u0000\u0001';
const CLOSE_MARK = '\u0000\u0002';

function expandSequence(body) {
  let m = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  const alpha = m === null;
  if (alpha) m = /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
  if (m === null) return undefined;
  const x = alpha ? m[1].charCodeAt(0) : parseInt(m[1], 10);
  const y = alpha ? m[2].charCodeAt(0) : parseInt(m[2], 10);
  let step = m[3] === undefined ? 1 : Math.abs(parseInt(m[3], 10)) || 1;
  const width = Math.max(m[1].length, m[2].length);
  const padded = !alpha && (/^-?0\d/.test(m[1]) || /^-?0\d/.test(m[2]));
  if (y < x) step = -step;
  const out = [];
  for (let v = x; step > 0 ? v <= y : v >= y; v += step) {
    let text;
    if (alpha) {
      text = String.fromCharCode(v);
      if (text === '\\') text = '';
    } else {
      text = String(v);
      if (padded && text.length < width) {
        const zeros = '0'.repeat(width - text.length);
        text = v < 0 ? `-${zeros}${text.slice(1)}` : `${zeros}${text}`;
      }
    }
    out.push(text);
    if (out.length > 100000) break;
  }
  return out;
}

function expandPart(str, top) {
  const pair = findBraces(str);
  if (pair === undefined) return [str];
  const pre = str.slice(0, pair.open);
  const body = str.slice(pair.open + 1, pair.close);
  const rest = str.slice(pair.close + 1);
  const posts = rest.length > 0 ? expandPart(rest, false) : [''];
  if (pre.endsWith('$')) {
    return posts.map((post) => `${pre}{${body}}${post}`);
  }
  let options = expandSequence(body);
  const sequence = options !== undefined;
  if (!sequence) {
    if (!body.includes(',')) {
      // '{a},b}': the first pair is literal but a later '}' may close an
      // option list that starts at the same '{'.
      if (/,(?!,).*\}/.test(rest)) {
        return expandPart(`${pre}{${body}${CLOSE_MARK}${rest}`, top);
      }
      return [str];
    }
    let pieces = splitTopCommas(body);
    if (pieces.length === 1) {
      // 'x{{a,b}}y' -> 'x{a}y', 'x{b}y'
      pieces = expandPart(pieces[0], false).map((p) => `{${p}}`);
      if (pieces.length === 1) return posts.map((post) => `${pre}${pieces[0]}${post}`);
      options = pieces;
    } else {
      options = [];
      for (let i = 0; i < pieces.length; i++) {
        const sub = expandPart(pieces[i], false);
        for (let k = 0; k < sub.length; k++) options.push(sub[k]);
      }
    }
  }
  const out = [];
  for (let i = 0; i < options.length; i++) {
    for (let k = 0; k < posts.length; k++) {
      const expansion = `${pre}${options[i]}${posts[k]}`;
      if (!top || sequence || expansion) out.push(expansion);
    }
  }
  return out;
}

function expandBraces(pattern) {
  if (!/\{(?:(?!\{).)*\}/.test(pattern)) return [pattern];
  let str = pattern;
  if (str.startsWith('{}')) str = `${OPEN_MARK}${CLOSE_MARK}${str.slice(2)}`;
  return expandPart(str, true).map((s) =>
    s.split(OPEN_MARK).join('{').split(CLOSE_MARK).join('}'));
}

module.exports = posix;
