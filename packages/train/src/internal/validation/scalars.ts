import { fail, type NumberDomain, validateNumber } from '@nninit/internal';
import type { RandomSource } from '@nninit/rng';

/**
 * Argument checks shared by the public entry points, thin wrappers over @nninit/internal so every
 * message reads `${fn}: ${param} must be ${condition}, got ${value}` with the value rendered by
 * `formatValue`; RangeError for a value outside its domain, TypeError for a value of the wrong kind.
 */

/** `value` is an integer ≥ `min` (a safe integer). */
export function validateInteger(fn: string, param: string, value: unknown, min: number): number {
  return validateNumber(fn, param, value, { integer: true, min });
}

/** `value` is a finite number in [min, max] (or [min, max) when `maxOpen`). */
export function validateReal(
  fn: string,
  param: string,
  value: unknown,
  min?: number,
  max?: number,
  maxOpen = false,
): number {
  const domain: NumberDomain = {
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : maxOpen ? { lessThan: max } : { max }),
  };
  return validateNumber(fn, param, value, domain);
}

/** `value` is a finite number > 0. */
export function validatePositive(fn: string, param: string, value: unknown): number {
  return validateNumber(fn, param, value, { moreThan: 0 });
}

/** `value` is a boolean. */
export function validateBoolean(fn: string, param: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw fail(TypeError, fn, param, 'a boolean', value);
  return value;
}

/** `value` implements {@link RandomSource} (fillUniform and fillNormal). */
export function validateRandomSource(fn: string, param: string, value: unknown): RandomSource {
  const source = value as Partial<RandomSource> | null | undefined;
  if (
    source === null ||
    typeof source !== 'object' ||
    typeof source.fillUniform !== 'function' ||
    typeof source.fillNormal !== 'function'
  ) {
    throw fail(TypeError, fn, param, 'a RandomSource (e.g. philox(seed) or new RandomState(seed))', value);
  }
  return source as RandomSource;
}
