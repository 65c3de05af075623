import { fail, type NumberDomain, validateNumber, validateOptions } from '@nninit/internal';
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

/**
 * A public function's options object: @nninit/internal's `validateOptions` (unknown keys are
 * RangeErrors suggesting the nearest), and no key set to `null`. Defaults are taken with `??`,
 * which would read an explicit `null` as "use the default"; `null` is the wrong kind of value for
 * every option, so it is a TypeError instead of a silent default.
 */
export function validateOptionsObject<T extends object>(
  fn: string,
  options: T | undefined,
  keys: readonly (keyof T & string)[],
): Partial<T> {
  const o = validateOptions(fn, options, keys);
  for (const [key, value] of Object.entries(o)) {
    if (value === null) throw fail(TypeError, fn, key, 'a value, or left out for its default', value);
  }
  return o;
}
