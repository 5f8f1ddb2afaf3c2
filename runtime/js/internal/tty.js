'use strict';

// How many colors a terminal supports, judged from the environment the way
// Node does (FORCE_COLOR, NO_COLOR, NODE_DISABLE_COLORS, TERM, COLORTERM, CI
// variables...). Returns a bit depth: 1, 4, 8 or 24.

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

const termColors = {
  __proto__: null,
  eterm: COLORS_16,
  cons25: COLORS_16,
  console: COLORS_16,
  cygwin: COLORS_16,
  dtterm: COLORS_16,
  gnome: COLORS_16,
  hurd: COLORS_16,
  jfbterm: COLORS_16,
  konsole: COLORS_16,
  kterm: COLORS_16,
  mlterm: COLORS_16,
  mosh: COLORS_16m,
  putty: COLORS_16,
  st: COLORS_16,
  'rxvt-unicode-24bit': COLORS_16m,
  terminator: COLORS_16m,
  'xterm-kitty': COLORS_16m,
};

const ciColors = [
  ['APPVEYOR', COLORS_256],
  ['BUILDKITE', COLORS_256],
  ['CIRCLECI', COLORS_16m],
  ['DRONE', COLORS_256],
  ['GITEA_ACTIONS', COLORS_16m],
  ['GITHUB_ACTIONS', COLORS_16m],
  ['GITLAB_CI', COLORS_256],
  ['TRAVIS', COLORS_256],
];

const termPatterns = [
  /ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/, /^vt220/,
];

const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const isSet = (value) => value !== undefined && value !== '';

let warnedIgnored = false;
function warnIgnoredNoColor(env) {
  if (warnedIgnored) return;
  const names = [];
  if (isSet(env.NODE_DISABLE_COLORS)) names.push('NODE_DISABLE_COLORS');
  if (isSet(env.NO_COLOR)) names.push('NO_COLOR');
  if (names.length === 0) return;
  warnedIgnored = true;
  process.emitWarning(
    `The '${names.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    const force = env.FORCE_COLOR;
    if (force === '' || force === '1' || force === 'true') {
      warnIgnoredNoColor(env);
      return COLORS_16;
    }
    if (force === '2') {
      warnIgnoredNoColor(env);
      return COLORS_256;
    }
    if (force === '3') {
      warnIgnoredNoColor(env);
      return COLORS_16m;
    }
    return COLORS_2;
  }
  if (isSet(env.NODE_DISABLE_COLORS) || isSet(env.NO_COLOR) || env.TERM === 'dumb') return COLORS_2;
  if (env.TMUX) return COLORS_16m;
  if (has(env, 'TF_BUILD') && has(env, 'AGENT_NAME')) return COLORS_16;
  if (has(env, 'CI')) {
    for (const [name, depth] of ciColors) {
      if (has(env, name)) return depth;
    }
    return env.CI_NAME === 'codeship' ? COLORS_256 : COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? COLORS_256 : COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/truecolor/.test(env.TERM)) return COLORS_16m;
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = env.TERM.toLowerCase();
    if (termColors[term]) return termColors[term];
    if (termPatterns.some((pattern) => pattern.test(term))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    require('internal/validators').validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
