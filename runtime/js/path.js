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

// The root as dirname() and parse() see it: its length (0 when none), and
// whether the whole path is that root. A UNC root takes the one separator
// after the share; device paths get no special treatment here.
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
        // Windows keeps one working directory per drive in the environment
        // variables '=C:', '=D:', ...; fall back to the drive's root when the
        // process's own directory is on another drive.
        const env = typeof process === 'object' && process !== null ?
          process.env : undefined;
        path = (env && env[`=${device}`]) || currentDirectory();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
             path.charCodeAt(2) === CHAR_BACKSLASH)) {
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
// Node answers with minimatch, configured so that a backslash in the pattern
// is a path separator (never an escape), a leading '!' or '#' is an ordinary
// character, and '.'/'..'/empty segments are folded away on both sides before
// matching. What is supported here:
//   *  ?  [abc] [a-z] [!x] [^x] [[:alpha:]] ...   within one segment
//   **                                            any number of segments
//   {a,b} {1..10} {a..e} {01..10..2}              brace expansion
//   @(a|b) ?(a|b) *(a|b) +(a|b) !(a|b)            extended globs
// Like minimatch, wildcards never match a leading '.' of a segment (a
// pattern must spell the dot out), and never match '.' or '..'.

const GLOBSTAR = Symbol('globstar');

function globMatch(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  pattern = pattern.replace(/\\/g, '/');
  if (windows) path = path.replace(/\\/g, '/');
  if (pattern === '') return path === '';
  // Node makes matching case-insensitive on the hosts whose file systems
  // usually are (literal segments still compare exactly).
  const platform = typeof process === 'object' && process !== null ?
    process.platform : undefined;
  const nocase = platform === 'win32' || platform === 'darwin';

  const file = foldSegments(splitGlobPath(path, windows), windows);
  const alternatives = expandBraces(pattern);
  for (let i = 0; i < alternatives.length; i++) {
    const compiled = compileGlob(alternatives[i], windows, nocase);
    const [f, p] = alignDrives(file, compiled, windows);
    if (matchParts(f, 0, p, 0)) return true;
  }
  return false;
}

// Splits at runs of '/'. On win32 a leading '//name' keeps both empty
// pieces, so that UNC paths stay distinguishable.
function splitGlobPath(path, windows) {
  const pieces = path.split(/\/+/);
  if (windows && /^\/\/[^/]/.test(path)) pieces.unshift('');
  return pieces;
}

// Removes empty and '.' pieces between the first and the last one, and
// cancels 'name/..' pairs, until nothing changes. With `isPattern`, '**'
// does not count as a name.
function foldSegments(parts, keepDrives) {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 1; i < parts.length - 1; i++) {
      const piece = parts[i];
      if (piece !== '' && piece !== '.') continue;
      if (i === 1 && piece === '' && parts[0] === '') continue; // '//' opening
      parts.splice(i, 1);
      i--;
      changed = true;
    }
    if (parts.length === 2 && parts[0] === '.' &&
        (parts[1] === '.' || parts[1] === '')) {
      parts.pop();
      changed = true;
    }
    for (let i = 1; i < parts.length; i++) {
      if (parts[i] !== '..') continue;
      const before = parts[i - 1];
      if (before === '' || before === '.' || before === '..' || before === '**' ||
          (keepDrives && /^[a-z]:$/i.test(before))) {
        continue;
      }
      parts.splice(i - 1, 2);
      i = i >= 2 ? i - 2 : 0;
      changed = true;
    }
  }
  return parts.length === 0 ? [''] : parts;
}

function compileGlob(pattern, windows, nocase) {
  const pieces = foldSegments(splitGlobPath(pattern, windows), false);
  const compiled = [];
  // On win32 the opening of '//?/C:/...' or '//server/share/...', and a
  // leading 'C:' piece, are taken literally.
  let literal = 0;
  if (windows) {
    const magicText = /[?*[\]]|[+@!]\(/;
    if (pieces[0] === '' && pieces[1] === '' && pieces.length > 3 &&
        (pieces[2] === '?' || !magicText.test(pieces[2])) &&
        !magicText.test(pieces[3])) {
      literal = 4;
    } else if (/^[a-z]:/i.test(pieces[0])) {
      literal = 1;
    }
  }
  for (let i = 0; i < literal; i++) compiled.push(pieces[i]);
  for (let i = literal; i < pieces.length; i++) {
    const piece = pieces[i];
    if (piece === '**') {
      // Consecutive '**' act as one.
      if (compiled[compiled.length - 1] !== GLOBSTAR) compiled.push(GLOBSTAR);
      continue;
    }
    compiled.push(compileSegment(piece, nocase));
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

function hiddenSegment(piece) {
  return piece.charCodeAt(0) === CHAR_DOT;
}

function matchParts(file, fi, pattern, pi) {
  while (fi < file.length && pi < pattern.length) {
    const p = pattern[pi];
    if (p === GLOBSTAR) {
      if (pi === pattern.length - 1) {
        // A trailing '**' takes everything left, unless it is hidden.
        for (let k = fi; k < file.length; k++) {
          if (hiddenSegment(file[k])) return false;
        }
        return true;
      }
      for (let k = fi; k < file.length; k++) {
        if (matchParts(file, k, pattern, pi + 1)) return true;
        if (hiddenSegment(file[k])) break;
      }
      return false;
    }
    const piece = file[fi];
    if (typeof p === 'string' ? p !== piece : !p.test(piece)) return false;
    fi++;
    pi++;
  }
  if (pi === pattern.length) {
    // A path may end in one extra empty piece (a trailing slash).
    return fi === file.length || (fi === file.length - 1 && file[fi] === '');
  }
  return false;
}

function escapeRegExp(text) {
  return text.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
}

const posixClasses = {
  __proto__: null,
  alnum: ['\\p{L}\\p{Nl}\\p{Nd}', false],
  alpha: ['\\p{L}\\p{Nl}', false],
  ascii: ['\\x00-\\x7f', false],
  blank: ['\\p{Zs}\\t', false],
  cntrl: ['\\p{Cc}', false],
  digit: ['\\p{Nd}', false],
  graph: ['\\p{Z}\\p{C}', true],
  lower: ['\\p{Ll}', false],
  print: ['\\p{C}', true],
  punct: ['\\p{P}', false],
  space: ['\\p{Z}\\t\\r\\n\\v\\f', false],
  upper: ['\\p{Lu}', false],
  word: ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', false],
  xdigit: ['A-Fa-f0-9', false],
};

// Parses the bracket expression opening at seg[start]. Returns undefined if
// it is not one (no closing ']'), else { source, end, literal }: `literal`
// is set when it stands for exactly one character ('[a]', '[.]').
function parseClass(seg, start) {
  let i = start + 1;
  let negate = false;
  if (seg[i] === '!' || seg[i] === '^') {
    negate = true;
    i++;
  }
  const items = [];
  const negItems = [];
  let singles = 0;
  let only = '';
  let first = true;
  for (; i < seg.length; i++) {
    const c = seg[i];
    if (c === ']' && !first) {
      if (!negate && singles === 1) {
        return { literal: only, end: i + 1 };
      }
      let body = items.join('');
      let source;
      if (negItems.length > 0) {
        // [[:graph:]] and [[:print:]] are "anything but ...".
        const notAny = `(?![${negItems.join('')}])`;
        source = body.length > 0 ?
          `(?:${notAny}[^]|[${body}])` : `${notAny}[^]`;
        if (negate) source = `(?!${source})[^]`;
      } else if (body.length === 0) {
        source = negate ? '[^]' : '$.';
      } else {
        source = negate ? `[^${body}]` : `[${body}]`;
      }
      return { source, end: i + 1 };
    }
    first = false;
    if (c === '[' && seg[i + 1] === ':') {
      const close = seg.indexOf(':]', i + 2);
      if (close !== -1) {
        const entry = posixClasses[seg.slice(i + 2, close)];
        if (entry !== undefined) {
          (entry[1] ? negItems : items).push(entry[0]);
          i = close + 1;
          singles += 2;
          continue;
        }
      }
    }
    if (seg[i + 1] === '-' && seg[i + 2] !== undefined && seg[i + 2] !== ']') {
      const from = c;
      const to = seg[i + 2];
      if (to < from) {
        items.push('$.');
      } else {
        items.push(`${escapeRegExp(from)}-${escapeRegExp(to)}`);
      }
      singles += 2;
      i += 2;
      continue;
    }
    items.push(escapeRegExp(c));
    singles++;
    only = c;
  }
  return undefined;
}

// Where the extglob group opening at seg[open] (a '(') closes, or -1.
function closingParen(seg, open) {
  let depth = 0;
  for (let i = open; i < seg.length; i++) {
    const c = seg[i];
    if (c === '[') {
      const cls = parseClass(seg, i);
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

// Translates seg[from, to) into regular-expression source. Returns
// { source, magic }. With `atStart` (the text opens a segment), a wildcard
// in first position must not match a dot: a hidden name needs the dot
// spelled out, as in '.*' or '@(.a|b)'.
function translate(seg, from, to, atStart) {
  let source = '';
  let magic = false;
  const noDot = '(?!\\.)';
  for (let i = from; i < to; i++) {
    const c = seg[i];
    const first = atStart && i === from;
    if ((c === '@' || c === '?' || c === '*' || c === '+' || c === '!') &&
        seg[i + 1] === '(') {
      const close = closingParen(seg, i + 1);
      if (close !== -1 && close < to) {
        const alts = splitAlternatives(seg.slice(i + 2, close)).map((alt) =>
          translate(alt, 0, alt.length, first && c !== '!').source);
        const group = `(?:${alts.join('|')})`;
        magic = true;
        if (c === '!') {
          const rest = translate(seg, close + 1, to, false).source;
          source += `${first ? noDot : ''}(?:(?!${group}${rest}$)[^/]*?)`;
        } else {
          source += c === '@' ? group : `${group}${c}`;
        }
        i = close;
        continue;
      }
    }
    if (c === '*') {
      while (seg[i + 1] === '*') i++;
      source += `${first ? noDot : ''}[^/]*?`;
      magic = true;
    } else if (c === '?') {
      source += `${first ? noDot : ''}[^/]`;
      magic = true;
    } else if (c === '[') {
      const cls = parseClass(seg, i);
      if (cls === undefined) {
        source += '\\[';
      } else if (cls.literal !== undefined) {
        source += escapeRegExp(cls.literal);
        i = cls.end - 1;
      } else {
        source += `${first ? noDot : ''}${cls.source}`;
        magic = true;
        i = cls.end - 1;
      }
    } else {
      source += escapeRegExp(c);
    }
  }
  return { source, magic };
}

// Literal text of a segment without magic: single-character classes
// ('[.]') stand for their character.
function literalText(seg) {
  let out = '';
  for (let i = 0; i < seg.length; i++) {
    if (seg[i] === '[') {
      const cls = parseClass(seg, i);
      if (cls !== undefined && cls.literal !== undefined) {
        out += cls.literal;
        i = cls.end - 1;
        continue;
      }
    }
    out += seg[i];
  }
  return out;
}

function compileSegment(seg, nocase) {
  const { source, magic } = translate(seg, 0, seg.length, true);
  if (!magic) return literalText(seg);
  // A lone '*' needs at least one character; no wildcard matches '.' or '..'.
  const needsChar = seg === '*' ? '(?=[^])' : '';
  return new RegExp(`^(?!\\.{1,2}$)${needsChar}${source}$`, nocase ? 'iu' : 'u');
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
