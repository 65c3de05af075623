import { formatValue } from '@nninit/internal';

/** Requires a rank from `min` to `max` (inclusive), naming what the initializer needs. */
export function validateRank(fn: string, shape: readonly number[], min: number, max: number, why: string): void {
  if (shape.length < min || shape.length > max) {
    const range = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new RangeError(`${fn}: shape must have ${range} dimensions (${why}), got ${formatValue(shape)}`);
  }
}
