import type { Definition, Params } from './Definition.js';
import { format, formatChoices } from './format.js';
import { nearest } from './nearest.js';
import { ALL_NAMES, BY_NAME } from './registry.js';

/** Keys of the options object that are not initializer parameters. @internal */
export const OPTION_KEYS: readonly string[] = ['rng', 'seed', 'dtype'];

/**
 * Turns `initialization` (a name or `{ name, ...parameters }`) and the parameters in `options`
 * into a definition and one parameter record. Keys whose value is undefined count as absent.
 * An unknown name or parameter is a RangeError naming the valid ones and the nearest; a parameter
 * given both in the object and in options is a TypeError, whatever the two values.
 * @internal
 */
export function resolveInitialization(
  fn: string,
  initialization: unknown,
  options: unknown,
): { definition: Definition; params: Params } {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError(`${fn}: options must be an object, got ${format(options)}`);
  }
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
    throw new TypeError(`${fn}: ${param} must be ${kind}, got ${format(name)}`);
  }
  const definition = BY_NAME.get(name);
  if (definition === undefined) {
    throw new RangeError(
      `${fn}: ${param} must be one of ${formatChoices(ALL_NAMES)}, got ${format(name)} (did you mean ${format(nearest(name, ALL_NAMES))}?)`,
    );
  }
  const params: Record<string, unknown> = {};
  const add = (key: string, value: unknown): void => {
    if (value === undefined) return;
    if (!definition.parameters.includes(key)) throw unknownParameter(fn, definition, key);
    if (key in params)
      throw new TypeError(
        `${fn}: ${key} must be given once, in the initialization object or in options, got ${format(params[key])} and ${format(value)}`,
      );
    params[key] = value;
  };
  for (const [key, value] of Object.entries(inline)) add(key, value);
  for (const [key, value] of Object.entries((options ?? {}) as Record<string, unknown>)) {
    if (!OPTION_KEYS.includes(key)) add(key, value);
  }
  return { definition, params };
}

function unknownParameter(fn: string, definition: Definition, key: string): RangeError {
  const { name, parameters } = definition;
  if (parameters.length === 0) {
    return new RangeError(
      `${fn}: parameters must be absent for ${format(name)} (it takes none; options are ${OPTION_KEYS.join(', ')}), got ${format(key)}`,
    );
  }
  return new RangeError(
    `${fn}: parameter must be one of ${formatChoices(parameters)} for ${format(name)} (or an option: ${OPTION_KEYS.join(', ')}), got ${format(key)} (did you mean ${format(nearest(key, parameters))}?)`,
  );
}
