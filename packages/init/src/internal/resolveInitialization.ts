import { didYouMean, fail, formatChoices, formatValue, validateOptions } from '@nninit/internal';
import type { Definition, Params } from './Definition.js';
import { ALL_NAMES, BY_NAME } from './registry.js';

/** Keys of the options object that are not initializer parameters. */
export const OPTION_KEYS: readonly string[] = ['rng', 'seed', 'dtype'];

/**
 * Turns `initialization` (a name or `{ name, ...parameters }`) and the parameters in `options`
 * into a definition and one parameter record. A parameter whose value is undefined counts as
 * absent. An unknown name is a RangeError naming the valid ones and the nearest; an unknown key
 * — of the initialization object or of the options, whatever its value — is a RangeError listing
 * the keys allowed there (the options' own keys, `extraOptionKeys` and the initializer's
 * parameters) with the nearest; a parameter given both in the object and in options is a
 * TypeError, whatever the two values.
 */
export function resolveInitialization(
  fn: string,
  initialization: unknown,
  options: unknown,
  extraOptionKeys: readonly string[] = [],
): { definition: Definition; params: Params } {
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
  const definition = BY_NAME.get(name);
  if (definition === undefined) {
    throw new RangeError(
      `${fn}: ${param} must be one of ${formatChoices(ALL_NAMES)}, got ${JSON.stringify(name)}${didYouMean(name, ALL_NAMES)}`,
    );
  }
  const parameters = Object.keys(definition.parameters);
  const optionKeys = [...OPTION_KEYS, ...extraOptionKeys, ...parameters];
  const o = validateOptions(fn, options as Record<string, unknown> | undefined, optionKeys);
  const inlineKeys = ['name', ...parameters];
  for (const key of Object.keys(inline)) {
    if (!parameters.includes(key)) {
      throw new RangeError(
        `${fn}: each key of initialization must be one of ${formatChoices(inlineKeys)} for ${JSON.stringify(definition.name)}, got ${JSON.stringify(key)}${didYouMean(key, inlineKeys)}`,
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
  return { definition, params };
}
