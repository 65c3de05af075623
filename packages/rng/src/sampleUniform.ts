import { checkFloatArray, checkInterval } from './checks.js';
import { chunked } from './chunked.js';
import { innerBound } from './innerBound.js';
import { largestBelow } from './largestBelow.js';
import type { RandomSource } from './RandomSource.js';

/**
 * Fills `out` with draws from U[low, high): x = low + (high − low)·u with u from
 * `source.fillUniform` (53 bits), computed in float64 and rounded once. Rounding can carry
 * low + (high − low)·u up to `high` itself; such values are replaced by the largest value of the
 * output type below `high`, so the interval stays half-open as documented (and, for float32
 * output, values below `low` by rounding are raised to the smallest float32 ≥ low).
 *
 * @example
 * ```ts
 * const w = new Float32Array(3);
 * sampleUniform(philox(0), w, -0.5, 0.5); // three values in [−0.5, 0.5)
 * ```
 */
export function sampleUniform(source: RandomSource, out: Float32Array | Float64Array, low: number, high: number): void {
  checkFloatArray('sampleUniform', 'out', out);
  checkInterval('sampleUniform', low, high, false);
  const width = high - low;
  if (!Number.isFinite(width)) {
    throw new RangeError(`sampleUniform: high − low must be finite, got ${high} − ${low}`);
  }
  const single = out instanceof Float32Array;
  const top = largestBelow(high, single);
  const bottom = innerBound(low, single, -1);
  chunked(out, (chunk) => source.fillUniform(chunk), (u) => Math.max(Math.min(low + width * u, top), bottom));
}
