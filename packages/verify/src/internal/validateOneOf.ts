import { fail } from '@nninit/internal';

/**
 * Validates an enumerated option: a TypeError if it is not a string, a RangeError if it is not
 * one of `allowed`; `undefined` gives `fallback`.
 *
 * @example
 * validateOneOf('ksTest', 'options.alternative', undefined, ['two-sided', 'less', 'greater'], 'two-sided'); // 'two-sided'
 */
export function validateOneOf<T extends string>(
  fn: string,
  param: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  const condition = `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`;
  if (typeof value !== 'string') throw fail(TypeError, fn, param, condition, value);
  if (!(allowed as readonly string[]).includes(value)) throw fail(RangeError, fn, param, condition, value);
  return value as T;
}
