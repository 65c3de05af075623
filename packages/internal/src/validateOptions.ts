import { fail } from './fail.js';
import { formatChoices } from './formatValue.js';
import { didYouMean } from './nearest.js';

/**
 * Validates an options argument at a public entry point: `undefined` reads as `{}`; anything
 * but a plain object (null, a number, an array, a function) is a TypeError; a key outside
 * `keys` is a RangeError that lists the keys and suggests the nearest ({@link nearest}). An
 * unknown key is an error whatever its value, `undefined` included: a misspelled option must
 * never be silently ignored.
 *
 * `param` names the object in messages: `'options'`, or a nested path such as
 * `'options.optimizer'`.
 *
 * @example
 * ```ts
 * validateOptions('train', { batchsize: 10 }, ['batchSize', 'epochs']);
 * // RangeError: train: each key of options must be one of "batchSize", "epochs",
 * //   got "batchsize" (did you mean "batchSize"?)
 * ```
 */
export function validateOptions<T extends object>(
  fn: string,
  options: T | undefined,
  keys: readonly (keyof T & string)[],
  param = 'options',
): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw fail(TypeError, fn, param, 'an object or undefined', options);
  }
  // for…in with an own-property test visits exactly Object.keys(options) but allocates nothing:
  // matmul and the reductions call this in every training step.
  for (const key in options) {
    if (Object.hasOwn(options, key) && !(keys as readonly string[]).includes(key)) {
      throw new RangeError(
        `${fn}: each key of ${param} must be one of ${formatChoices(keys)}, got ${JSON.stringify(key)}${didYouMean(key, keys)}`,
      );
    }
  }
  return options;
}
