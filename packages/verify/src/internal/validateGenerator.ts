import { fail, formatValue } from '@nninit/internal';
import * as fc from 'fast-check';

/** The most elements a conformance shape may have: 10⁷ float64 values, 80 MB per case. */
export const MAX_SHAPE_SIZE = 10_000_000;

/**
 * Validates a shape at a public entry point: a non-empty array of positive safe integers with at
 * most 10⁷ elements in all. Returns a message condition, or undefined when the shape is fine.
 */
export function shapeProblem(shape: unknown): string | undefined {
  const condition = `a non-empty array of positive integers with at most ${MAX_SHAPE_SIZE} elements in all`;
  if (!Array.isArray(shape) || shape.length === 0) return condition;
  let size = 1;
  for (const d of shape) {
    if (!(typeof d === 'number' && Number.isSafeInteger(d) && d >= 1)) return condition;
    size *= d;
  }
  return size <= MAX_SHAPE_SIZE ? undefined : condition;
}

/** Validates a sampler seed: a safe integer. */
export function seedProblem(seed: unknown): string | undefined {
  return typeof seed === 'number' && Number.isSafeInteger(seed) ? undefined : 'a safe integer';
}

/**
 * Validates an option that generates values (the shapes or seeds of checkConformance): a
 * fast-check Arbitrary, or a non-empty array of values, each checked by `problem`, which becomes
 * `fc.constantFrom(...values)`. Anything else is a TypeError, a bad listed value a RangeError
 * naming its index: fast-check's own error for a value it cannot use never reaches the caller.
 * Values an Arbitrary generates are checked later, by {@link validateGenerated}.
 *
 * @example
 * validateGenerator('checkConformance', 'options.shapes', [[0, 5]], shapeProblem);
 * // RangeError: checkConformance: options.shapes[0] must be a non-empty array of positive integers …, got [0,5]
 */
export function validateGenerator<T>(
  fn: string,
  param: string,
  value: unknown,
  problem: (v: unknown) => string | undefined,
): fc.Arbitrary<T> | undefined {
  if (value === undefined) return undefined;
  if (value instanceof fc.Arbitrary) return value as fc.Arbitrary<T>;
  if (!Array.isArray(value) || value.length === 0) {
    throw fail(TypeError, fn, param, 'a fast-check Arbitrary or a non-empty array of values', value);
  }
  value.forEach((v, i) => {
    const condition = problem(v);
    if (condition !== undefined) throw fail(RangeError, fn, `${param}[${i}]`, condition, v);
  });
  return fc.constantFrom(...(value as T[]));
}

/** Checks a value an Arbitrary option generated: a RangeError naming the option and the value. */
export function validateGenerated(
  fn: string,
  param: string,
  value: unknown,
  problem: (v: unknown) => string | undefined,
): void {
  const condition = problem(value);
  if (condition !== undefined) {
    throw new RangeError(`${fn}: each value ${param} generates must be ${condition}, got ${formatValue(value)}`);
  }
}
