import { fail } from '@nninit/internal';

/**
 * Validates a numeric parameter at a public entry point: a TypeError if it is not a number, a
 * RangeError if it is NaN, infinite (unless allowed) or fails `inDomain`.
 *
 * @example
 * validateInDomain('normal', 'std', 0.5, 'a positive finite number', (s) => s > 0); // 0.5
 * validateInDomain('normal', 'std', -1, 'a positive finite number', (s) => s > 0); // throws RangeError
 */
export function validateInDomain(
  fn: string,
  param: string,
  value: unknown,
  condition: string,
  inDomain: (x: number) => boolean = () => true,
  allowInfinite = false,
): number {
  if (typeof value !== 'number') throw fail(TypeError, fn, param, condition, value);
  const finiteEnough = allowInfinite ? !Number.isNaN(value) : Number.isFinite(value);
  if (!finiteEnough || !inDomain(value)) throw fail(RangeError, fn, param, condition, value);
  return value;
}
