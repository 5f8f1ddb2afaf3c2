'use strict';

// util.parseArgs(): command-line option parsing with Node's semantics.
// The arguments are first split into tokens (option, positional,
// option-terminator), then stored as values, then defaults are filled in.

const { codes } = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
  validateUnion,
} = require('internal/validators');

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

function ownValue(object, key) {
  return hasOwn(object, key) ? object[key] : undefined;
}

// A property of one option's configuration, if the option is configured.
function optionProperty(options, name, key) {
  return hasOwn(options, name) ? ownValue(options[name], key) : undefined;
}

// The long name configured with `short`, or the short letter itself.
function longNameOf(short, options) {
  validateObject(options, 'options');
  for (const [name, config] of Object.entries(options)) {
    if (ownValue(config, 'short') === short) return name;
  }
  return short;
}

function takesString(options, name) {
  return optionProperty(options, name, 'type') === 'string';
}

// -f
function isLoneShort(arg) {
  return arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
}

// --foo (no '=' after the name's first character)
function isLoneLong(arg) {
  return arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
}

// --foo=bar
function isLongWithValue(arg) {
  return arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
}

function isShortCluster(arg) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
}

// An argument after an option that looks like an option itself.
function looksLikeOption(value) {
  return value != null && value.length > 1 && value[0] === '-';
}

function tokenize(args, options) {
  const tokens = [];
  const queue = args.slice();
  let index = -1;
  // Arguments produced by expanding a short-option cluster keep its index.
  let expandedLeft = 0;
  while (queue.length > 0) {
    const arg = queue.shift();
    const next = queue[0];
    if (expandedLeft > 0) expandedLeft--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of queue) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }

    if (isLoneShort(arg)) {
      const name = longNameOf(arg[1], options);
      let value;
      let inlineValue;
      if (takesString(options, name) && next != null) {
        value = queue.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }

    if (isShortCluster(arg)) {
      const first = longNameOf(arg[1], options);
      if (!takesString(options, first)) {
        // -abc is -a -b -c; a string option inside takes the rest: -abfFILE.
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          const name = longNameOf(arg[i], options);
          if (!takesString(options, name) || i === arg.length - 1) {
            expanded.push(`-${arg[i]}`);
          } else {
            expanded.push(`-${arg.slice(i)}`);
            break;
          }
        }
        queue.unshift(...expanded);
        expandedLeft = expanded.length;
        continue;
      }
      // -fVALUE
      tokens.push({ kind: 'option', name: first, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }

    if (isLoneLong(arg)) {
      const name = arg.slice(2);
      let value;
      let inlineValue;
      if (takesString(options, name) && next != null) {
        value = queue.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }

    if (isLongWithValue(arg)) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    const negated = config.allowNegative && name.startsWith('no-');
    if (!negated) throw new codes.ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    name = name.slice(3);
    if (!hasOwn(config.options, name) || optionProperty(config.options, name, 'type') !== 'boolean') {
      throw new codes.ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const short = optionProperty(config.options, name, 'short');
  const label = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionProperty(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${label} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${label}' does not take an argument`);
  }
}

function checkAmbiguousValue(token) {
  if (token.inlineValue || !looksLikeOption(token.value)) return;
  const example = token.rawName.startsWith('--') ?
    `'${token.rawName}=-XYZ'` :
    `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw new codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
    `Option '${token.rawName}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${token.rawName}'?\n` +
    `To specify an option argument starting with a dash use ${example}.`);
}

function store(token, options, values, allowNegative) {
  let name = token.name;
  let value = token.value;
  if (name === '__proto__') return;
  if (allowNegative && name.startsWith('no-') && value === undefined) {
    name = name.slice(3);
    token.name = name;
    value = false;
  }
  const stored = value ?? true;
  if (optionProperty(options, name, 'multiple')) {
    if (values[name]) values[name].push(stored);
    else values[name] = [stored];
  } else {
    values[name] = stored;
  }
}

function mainArgs() {
  return process.argv.slice(2);
}

function validateConfig(options) {
  for (const [name, config] of Object.entries(options)) {
    validateObject(config, `options.${name}`);
    const type = ownValue(config, 'type');
    validateUnion(type, `options.${name}.type`, ['string', 'boolean']);
    if (hasOwn(config, 'short')) {
      const short = config.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw new codes.ERR_INVALID_ARG_VALUE(`options.${name}.short`, short, 'must be a single character');
      }
    }
    const multiple = ownValue(config, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const defaultValue = ownValue(config, 'default');
    if (defaultValue !== undefined) {
      if (type === 'string') {
        (multiple ? validateStringArray : validateString)(defaultValue, `options.${name}.default`);
      } else if (type === 'boolean') {
        (multiple ? validateBooleanArray : validateBoolean)(defaultValue, `options.${name}.default`);
      }
    }
  }
}

function parseArgs(config = {}) {
  const args = ownValue(config, 'args') ?? mainArgs();
  const strict = ownValue(config, 'strict') ?? true;
  const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
  const returnTokens = ownValue(config, 'tokens') ?? false;
  const allowNegative = ownValue(config, 'allowNegative') ?? false;
  const options = ownValue(config, 'options') ?? { __proto__: null };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateConfig(options);

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  const usage = { options, allowPositionals, allowNegative };
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkUsage(usage, token);
        checkAmbiguousValue(token);
      }
      store(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new codes.ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, optionConfig] of Object.entries(options)) {
    const defaultValue = ownValue(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined && name !== '__proto__') {
      result.values[name] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };
