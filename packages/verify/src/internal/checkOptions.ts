import { fail } from './fail.js';

/**
 * Validates an options argument: `undefined` becomes `{}`, anything that is not a plain object
 * (null, a number, an array, a function) is a TypeError.
 *
 * @example
 * checkOptions('ksTest', undefined); // {}
 */
export function checkOptions<T extends object>(fn: string, options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw fail(TypeError, fn, 'options', 'an object or undefined', options);
  }
  return options;
}
