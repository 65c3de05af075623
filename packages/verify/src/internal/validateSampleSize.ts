import { fail } from '@nninit/internal';

/**
 * Validates a sample-size parameter n of a KS distribution: a TypeError if it is not a number,
 * a RangeError unless it is an integer ≥ 1.
 *
 * @example
 * validateSampleSize('kstwoSf', 0); // RangeError: kstwoSf: n must be an integer >= 1, got 0
 */
export function validateSampleSize(fn: string, n: unknown): number {
  if (typeof n !== 'number') throw fail(TypeError, fn, 'n', 'an integer >= 1', n);
  if (!Number.isInteger(n) || n < 1) throw fail(RangeError, fn, 'n', 'an integer >= 1', n);
  return n;
}
