import type { Histogram } from './Snapshot.js';

/**
 * A histogram of `values` in `bins` equal bins over [min, max] (widened to a unit interval
 * around a constant), the maximum counted in the last bin.
 */
export function histogram(values: ArrayLike<number>, bins: number): Histogram {
  let lo = Infinity,
    hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi > lo)) {
    const c = Number.isFinite(lo) ? lo : 0;
    const half = Math.max(Math.abs(c) * 0.1, 1e-3);
    lo = c - half;
    hi = c + half;
  }
  const counts = new Float64Array(bins);
  const scale = bins / (hi - lo);
  for (let i = 0; i < values.length; i++) {
    const k = Math.min(bins - 1, Math.floor(((values[i] as number) - lo) * scale));
    counts[k] = (counts[k] as number) + 1;
  }
  return { lo, hi, counts, total: values.length };
}
