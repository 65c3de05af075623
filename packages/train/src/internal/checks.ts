import type { RandomSource } from '@nninit/rng';

/**
 * Argument checks shared by the public entry points. Every message reads
 * `${fn}: ${param} must be ${condition}, got ${value}`; RangeError for a value outside its
 * domain, TypeError for a value of the wrong kind.
 */

/** A short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') {
    const name = (value.constructor as { name?: string } | undefined)?.name ?? 'object';
    return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
  }
  return String(value);
}

/** `value` is an integer ≥ `min` (a safe integer). */
export function checkInteger(fn: string, param: string, value: unknown, min: number): number {
  if (typeof value !== 'number') throw new TypeError(`${fn}: ${param} must be a number, got ${describe(value)}`);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${fn}: ${param} must be an integer ≥ ${min}, got ${value}`);
  }
  return value;
}

/** `value` is a finite number in [min, max] (or [min, max) when `maxOpen`). */
export function checkNumber(
  fn: string,
  param: string,
  value: unknown,
  min = -Infinity,
  max = Infinity,
  maxOpen = false,
): number {
  if (typeof value !== 'number') throw new TypeError(`${fn}: ${param} must be a number, got ${describe(value)}`);
  const ok = Number.isFinite(value) && value >= min && (maxOpen ? value < max : value <= max);
  if (!ok) {
    const range =
      min === -Infinity && max === Infinity
        ? 'finite'
        : max === Infinity
          ? `a finite number ≥ ${min}`
          : `in [${min}, ${max}${maxOpen ? ')' : ']'}`;
    throw new RangeError(`${fn}: ${param} must be ${range}, got ${value}`);
  }
  return value;
}

/** `value` is a finite number > 0. */
export function checkPositive(fn: string, param: string, value: unknown): number {
  if (typeof value !== 'number') throw new TypeError(`${fn}: ${param} must be a number, got ${describe(value)}`);
  if (!(Number.isFinite(value) && value > 0)) {
    throw new RangeError(`${fn}: ${param} must be a positive finite number, got ${value}`);
  }
  return value;
}

/** `value` is a boolean. */
export function checkBoolean(fn: string, param: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new TypeError(`${fn}: ${param} must be a boolean, got ${describe(value)}`);
  return value;
}

/** `value` is an options object (or undefined, read as `{}`). */
export function checkOptions<T extends object>(fn: string, value: T | undefined): Partial<T> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${fn}: options must be an object, got ${describe(value)}`);
  }
  return value;
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
    throw new TypeError(
      `${fn}: ${param} must be a RandomSource (e.g. philox(seed) or new RandomState(seed)), got ${describe(value)}`,
    );
  }
  return source as RandomSource;
}

/** `value` is 'float32' or 'float64'. */
export function checkDType<D extends 'float32' | 'float64'>(fn: string, value: unknown): D {
  if (value !== 'float32' && value !== 'float64') {
    // A string outside the two names is a value outside the domain; anything else the wrong kind.
    const ErrorClass = typeof value === 'string' ? RangeError : TypeError;
    throw new ErrorClass(`${fn}: dtype must be 'float32' or 'float64', got ${describe(value)}`);
  }
  return value as D;
}
