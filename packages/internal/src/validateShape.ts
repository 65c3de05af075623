import { fail } from './fail.js';
import { formatValue } from './formatValue.js';

/**
 * Validates a shape given at a public entry point, an array of non-negative safe integers, and
 * returns its size: the product of its dimensions, 1 for the empty shape of a 0-d tensor. A
 * non-array or a non-number dimension is a TypeError; a negative, fractional or unsafe one, or
 * a size of 2⁵³ or more, a RangeError.
 *
 * @example
 * ```ts
 * validateShape('zeros', 'shape', [2, 3]); // 6
 * validateShape('zeros', 'shape', [2, -1]);
 * // RangeError: zeros: shape[1] must be a non-negative integer, got -1
 * ```
 */
export function validateShape(fn: string, param: string, shape: unknown): number {
  if (!Array.isArray(shape)) throw fail(TypeError, fn, param, 'an array of non-negative integers', shape);
  let size = 1;
  for (let i = 0; i < shape.length; i++) {
    const d: unknown = shape[i];
    if (typeof d !== 'number') throw fail(TypeError, fn, `${param}[${i}]`, 'a non-negative integer', d);
    if (!Number.isSafeInteger(d) || d < 0) throw fail(RangeError, fn, `${param}[${i}]`, 'a non-negative integer', d);
    size *= d;
  }
  if (!Number.isSafeInteger(size)) {
    throw new RangeError(`${fn}: ${param} must have a size below 2^53, got ${formatValue(shape)}`);
  }
  return size;
}
