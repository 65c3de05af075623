import * as fc from 'fast-check';

const STEPS = 10_000;

/**
 * Integers in [min, max] spread evenly on a log scale (as many between 1 and 10 as between
 * 100 and 1000), shrinking towards `min`: layer widths and fans span orders of magnitude, and a
 * uniform draw on [1, 4096] would almost never give a fan below 100.
 *
 * @example
 * fc.sample(logUniformInteger(1, 4096), { seed: 1, numRuns: 3 }); // [1925, 4062, 1681]
 */
export function logUniformInteger(min: number, max: number): fc.Arbitrary<number> {
  const ratio = max / min;
  return fc
    .integer({ min: 0, max: STEPS })
    .map((t) => Math.min(max, Math.max(min, Math.round(min * ratio ** (t / STEPS)))));
}
