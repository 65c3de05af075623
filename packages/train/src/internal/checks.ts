import { fail, formatValue, type NumberDomain, validateDType, validateNumber, validateOptions } from '@nninit/internal';
import type { RandomSource } from '@nninit/rng';

/**
 * Argument checks shared by the public entry points, thin wrappers over @nninit/internal so every
 * message reads `${fn}: ${param} must be ${condition}, got ${value}` with the value rendered by
 * `formatValue`; RangeError for a value outside its domain, TypeError for a value of the wrong kind.
 */

/** A value as error messages render it (@nninit/internal's `formatValue`). */
export const describe = formatValue;

/** `value` is an integer ≥ `min` (a safe integer). */
export function checkInteger(fn: string, param: string, value: unknown, min: number): number {
  return validateNumber(fn, param, value, { integer: true, min });
}

/** `value` is a finite number in [min, max] (or [min, max) when `maxOpen`). */
export function checkNumber(
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
export function checkPositive(fn: string, param: string, value: unknown): number {
  return validateNumber(fn, param, value, { moreThan: 0 });
}

/** `value` is a boolean. */
export function checkBoolean(fn: string, param: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw fail(TypeError, fn, param, 'a boolean', value);
  return value;
}

/**
 * `value` is an options object (or undefined, read as `{}`) whose keys are all in `keys`: a
 * misspelled key is a RangeError naming the nearest valid one, never silently ignored.
 */
export function checkOptions<T extends object>(
  fn: string,
  value: T | undefined,
  keys: readonly (keyof T & string)[],
  param = 'options',
): Partial<T> {
  return validateOptions(fn, value, keys, param);
}

/** `value` implements {@link RandomSource} (fillUniform and fillNormal). */
export function checkRandomSource(fn: string, param: string, value: unknown): RandomSource {
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

/** `value` is 'float32' or 'float64'. */
export function checkDType<D extends 'float32' | 'float64'>(fn: string, value: unknown): D {
  return validateDType(fn, 'dtype', value) as D;
}
