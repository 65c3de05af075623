import { didYouMean, fail, formatChoices, formatValue, nearest, validateOptions } from '@nninit/internal';
import type { Definition, Params } from './Definition.js';
import type { Dialect } from './dialects/Dialect.js';
import { BY_SPELLING, DIALECT_SPELLINGS } from './dialects/dialectRegistry.js';
import { keyHint } from './dialects/keyHint.js';
import { dialectDefinition, translateDialect } from './dialects/translateDialect.js';
import { ALL_NAMES, BY_NAME } from './registry.js';

/** Keys of the options object that are not initializer parameters, accepted by every call. */
export const OPTION_KEYS: readonly string[] = ['rng', 'seed', 'dtype', 'layout'];

/**
 * Turns `initialization` (a name or `{ name, ...parameters }`) and the parameters in `options`
 * into a definition and one parameter record. A parameter whose value is undefined counts as
 * absent. A dialect spelling (PyTorch's `kaiming_normal_`, Keras's `RandomNormal`, tfjs's
 * `heNormal`) takes exactly its framework's parameter names and is translated here into its
 * canonical definition's parameters (see `translateDialect`). An unknown name is a RangeError naming
 * the valid ones and the nearest (with its framework, for a dialect spelling); an unknown key — of
 * the initialization object or of the options, whatever its value — is a RangeError listing the
 * keys allowed there (the options' own keys, `extraOptionKeys` and the initializer's parameters)
 * with the nearest, or with the spelling that takes it (`a` on `truncated_normal`); a parameter
 * given both in the object and in options is a TypeError, whatever the two values. Returns the
 * translated definition and parameters, and also the caller's own `spelling` and `given`
 * parameters (its names, before translation), which an adapter stores to rebuild the call.
 */
export function resolveInitialization(
  fn: string,
  initialization: unknown,
  options: unknown,
  extraOptionKeys: readonly string[] = [],
): { definition: Definition; params: Params; spelling: string; given: Params } {
  let name: unknown = initialization,
    param = 'initialization';
  let inline: Record<string, unknown> = {};
  if (initialization !== null && typeof initialization === 'object' && !Array.isArray(initialization)) {
    ({ name, ...inline } = initialization as Record<string, unknown>);
    param = 'initialization.name';
  }
  if (typeof name !== 'string') {
    const kind =
      param === 'initialization'
        ? 'an initializer name (a string) or { name, ...parameters }'
        : 'an initializer name (a string)';
    throw fail(TypeError, fn, param, kind, name);
  }
  const canonical = BY_NAME.get(name);
  const entry = canonical === undefined ? BY_SPELLING.get(name) : undefined;
  const definition = canonical ?? (entry === undefined ? undefined : BY_NAME.get(entry.canonical));
  if (definition === undefined) throw unknownName(fn, param, name);
  const parameters = Object.keys((entry ?? definition).parameters);
  const label =
    entry === undefined ? JSON.stringify(definition.name) : `${JSON.stringify(entry.spelling)} (${entry.framework})`;
  const optionKeys = [...OPTION_KEYS, ...extraOptionKeys, ...parameters];
  if (options !== null && typeof options === 'object' && !Array.isArray(options)) {
    for (const key of Object.keys(options)) {
      const hint = optionKeys.includes(key) ? '' : keyHint(key, definition, entry);
      if (hint !== '')
        throw new RangeError(
          `${fn}: each key of options must be one of ${formatChoices(optionKeys)} for ${label}, got ${JSON.stringify(key)}${hint}`,
        );
    }
  }
  const o = validateOptions(fn, options as Record<string, unknown> | undefined, optionKeys);
  const inlineKeys = ['name', ...parameters];
  for (const key of Object.keys(inline)) {
    if (!parameters.includes(key)) {
      const hint = keyHint(key, definition, entry);
      throw new RangeError(
        `${fn}: each key of initialization must be one of ${formatChoices(inlineKeys)} for ${label}, got ${JSON.stringify(key)}${hint === '' ? didYouMean(key, inlineKeys) : hint}`,
      );
    }
  }
  const params: Record<string, unknown> = {};
  for (const key of parameters) {
    const a = inline[key],
      b = o[key];
    if (a !== undefined && b !== undefined) {
      throw new TypeError(
        `${fn}: ${key} must be given once, in the initialization object or in options, got ${formatValue(a)} and ${formatValue(b)}`,
      );
    }
    if (a !== undefined || b !== undefined) params[key] = a !== undefined ? a : b;
  }
  if (entry === undefined) return { definition, params, spelling: name, given: params };
  return {
    definition: dialectDefinition(entry, definition),
    params: translateDialect(fn, entry, params),
    spelling: name,
    given: params,
  };
}

/**
 * An unknown name: the valid ones (nninit's, then the dialect spellings) and the nearest of all.
 * The nearest ignores case and underscores, so it may stand for several spellings of different
 * frameworks ("he_normal", "HeNormal", "heNormal"): all of them are offered, each with its
 * framework, since they need not draw the same distribution.
 */
function unknownName(fn: string, param: string, name: string): RangeError {
  const all = [...ALL_NAMES, ...DIALECT_SPELLINGS];
  const guess = nearest(name, all);
  const key = (word: string): string => word.toLowerCase().replace(/[_-]/g, '');
  const same = guess === undefined ? [] : all.filter((n) => key(n) === key(guess));
  const describe = (spelling: string): string => {
    const dialect: Dialect | undefined = BY_SPELLING.get(spelling);
    if (dialect !== undefined)
      return `${JSON.stringify(spelling)} (${dialect.framework}'s, translated to ${JSON.stringify(dialect.canonical)})`;
    return same.length === 1 ? JSON.stringify(spelling) : `${JSON.stringify(spelling)} (nninit's)`;
  };
  const hint = same.length === 0 ? '' : ` (did you mean ${same.map(describe).join(' or ')}?)`;
  return new RangeError(
    `${fn}: ${param} must be one of ${formatChoices(ALL_NAMES)}, or a PyTorch, Keras or TensorFlow.js spelling: ${formatChoices(DIALECT_SPELLINGS)}, got ${JSON.stringify(name)}${hint}`,
  );
}
