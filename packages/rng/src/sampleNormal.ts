import { checkFinite, checkFloatArray } from './checks.js';
import { chunked } from './chunked.js';
import type { RandomSource } from './RandomSource.js';

/**
 * Fills `out` with draws from N(mean, std²): x = mean + std·z with z from `source.fillNormal`,
 * computed in float64 and rounded once (so float32 and float64 outputs agree to float32 rounding).
 * With mean 0 the value is exactly std·z, as numpy's `randn(...) * std`.
 *
 * @example
 * ```ts
 * const w = new Float64Array(2);
 * sampleNormal(new RandomState(3), w, 0, Math.sqrt(2 / 2)); // [1.7886284734303186, 0.43650985051198943]
 * ```
 */
export function sampleNormal(source: RandomSource, out: Float32Array | Float64Array, mean: number, std: number): void {
  checkFloatArray('sampleNormal', 'out', out);
  checkFinite('sampleNormal', 'mean', mean);
  checkFinite('sampleNormal', 'std', std);
  if (std < 0) throw new RangeError(`sampleNormal: std must be non-negative, got ${std}`);
  chunked(out, (chunk) => source.fillNormal(chunk), mean === 0 ? (z) => std * z : (z) => mean + std * z);
}
