import { largestBelow } from './largestBelow.js';

/**
 * The value of the output type (float32 when `single`, else float64) nearest to `bound` on the
 * inside of an interval: the bound itself when representable, else the next value toward the
 * interval (side 1 for an upper bound, −1 for a lower one). Infinite bounds are returned as is.
 */
export function innerBound(bound: number, single: boolean, side: 1 | -1): number {
  if (!Number.isFinite(bound) || !single || Math.fround(bound) === bound) return bound;
  return side === 1 ? largestBelow(bound, true) : -largestBelow(-bound, true);
}
