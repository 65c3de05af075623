import { fail, formatChoices } from '@nninit/internal';

/**
 * Argument checks shared by the public entry points. Every message reads
 * `${fn}: ${param} must be ${condition}, got ${value}`; a wrong kind of value is a TypeError, a
 * value outside its domain a RangeError. Messages are built by @nninit/internal's `fail`.
 * Defaults replace `undefined` only: 0 is never "unset", and null is a TypeError.
 */

/** A number, finite unless `allowInfinite`; `fallback` when undefined. */
export function numberParam(
  fn: string,
  param: string,
  value: unknown,
  fallback?: number,
  allowInfinite = false,
): number {
  // undefined means the default; null is a value of the wrong kind, not "unset".
  const v = value === undefined ? fallback : value;
  if (typeof v !== 'number') throw fail(TypeError, fn, param, 'a number', v);
  if (Number.isNaN(v) || (!allowInfinite && !Number.isFinite(v))) {
    throw fail(RangeError, fn, param, allowInfinite ? 'a number, not NaN' : 'finite', v);
  }
  return v;
}

/** A finite number ≥ 0. */
export function nonNegativeParam(fn: string, param: string, value: unknown, fallback?: number): number {
  const v = numberParam(fn, param, value, fallback);
  if (v < 0) throw fail(RangeError, fn, param, 'non-negative', v);
  return v;
}

/** A finite number > 0. */
export function positiveParam(fn: string, param: string, value: unknown, fallback?: number): number {
  const v = numberParam(fn, param, value, fallback);
  if (!(v > 0)) throw fail(RangeError, fn, param, 'positive', v);
  return v;
}

/** A positive safe integer. */
export function positiveIntegerParam(fn: string, param: string, value: unknown, fallback?: number): number {
  const v = numberParam(fn, param, value, fallback);
  if (!Number.isSafeInteger(v) || v < 1) throw fail(RangeError, fn, param, 'a positive integer', v);
  return v;
}

/** One of a list of strings; `fallback` when undefined (required when there is none). */
export function choiceParam<T extends string>(
  fn: string,
  param: string,
  value: unknown,
  choices: readonly T[],
  fallback?: T,
): T {
  const v = value === undefined ? fallback : value;
  if (typeof v !== 'string') throw fail(TypeError, fn, param, `one of ${formatChoices(choices)}`, v);
  if (!(choices as readonly string[]).includes(v)) {
    throw fail(RangeError, fn, param, `one of ${formatChoices(choices)}`, v);
  }
  return v as T;
}

/** low < high (or low ≤ high with `allowEqual`) for a pair of bounds already known to be numbers. */
export function validateOrdered(
  fn: string,
  lowName: string,
  low: number,
  highName: string,
  high: number,
  allowEqual = false,
): void {
  if (allowEqual ? !(low <= high) : !(low < high))
    throw new RangeError(
      `${fn}: ${lowName} must be ${allowEqual ? 'at most' : 'less than'} ${highName}, got ${lowName} = ${low}, ${highName} = ${high}`,
    );
}
