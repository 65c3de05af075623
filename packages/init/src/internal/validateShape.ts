import { fail, formatValue } from '@nninit/internal';

/**
 * Validates a shape given at a public entry point (an array of non-negative safe integers) and
 * returns its size: the product of its dimensions, 1 for the empty shape.
 */
export function validateShape(fn: string, shape: unknown): number {
  if (!Array.isArray(shape)) {
    throw fail(TypeError, fn, 'shape', 'an array of non-negative integers', shape);
  }
  let size = 1;
  for (let i = 0; i < shape.length; i++) {
    const d: unknown = shape[i];
    if (typeof d !== 'number') throw fail(TypeError, fn, `shape[${i}]`, 'a non-negative integer', d);
    if (!Number.isSafeInteger(d) || d < 0) throw fail(RangeError, fn, `shape[${i}]`, 'a non-negative integer', d);
    size *= d;
  }
  if (!Number.isSafeInteger(size))
    throw new RangeError(`${fn}: shape must have a size below 2^53, got ${formatValue(shape)}`);
  return size;
}

/** Requires a rank from `min` to `max` (inclusive), naming what the initializer needs. */
export function validateRank(fn: string, shape: readonly number[], min: number, max: number, why: string): void {
  if (shape.length < min || shape.length > max) {
    const range = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new RangeError(`${fn}: shape must have ${range} dimensions (${why}), got ${formatValue(shape)}`);
  }
}
