import { checkFinite, checkFloatArray, checkInterval } from './checks.js';
import { chunked } from './chunked.js';
import { innerBound } from './innerBound.js';
import type { RandomSource } from './RandomSource.js';

/**
 * Fills `out` with draws from N(mean, std²) conditioned on [low, high] (absolute bounds, either
 * may be infinite): x = mean + std·z with z from `source.fillTruncatedNormal` on the standardized
 * bounds ((low − mean)/std, (high − mean)/std), computed in float64 and rounded once. Exact
 * rejection sampling, never clipping; the final value is clamped to [low, high] only to undo the
 * last rounding of mean + std·z (for float32 output, to the float32 values inside [low, high]).
 *
 * Its variance is not std²: for bounds ±2·std it is 0.7737·std² (use verify's
 * `truncatedNormal(...).variance`, or divide std by 0.87962566103423978 as Keras does).
 *
 * @example
 * ```ts
 * const w = new Float64Array(1000);
 * sampleTruncatedNormal(philox(0), w, 0, 1, -2, 2); // every value in [−2, 2]
 * ```
 */
export function sampleTruncatedNormal(
  source: RandomSource, out: Float32Array | Float64Array,
  mean: number, std: number, low: number, high: number,
): void {
  checkFloatArray('sampleTruncatedNormal', 'out', out);
  checkFinite('sampleTruncatedNormal', 'mean', mean);
  checkFinite('sampleTruncatedNormal', 'std', std);
  if (!(std > 0)) throw new RangeError(`sampleTruncatedNormal: std must be positive, got ${std}`);
  checkInterval('sampleTruncatedNormal', low, high, true);
  const a = (low - mean) / std;
  const b = (high - mean) / std;
  if (!(a < b)) {
    throw new RangeError(`sampleTruncatedNormal: the interval must have width at float64 precision, got [${low}, ${high}] for std ${std}`);
  }
  const single = out instanceof Float32Array;
  const top = innerBound(high, single, 1);
  const bottom = innerBound(low, single, -1);
  chunked(
    out,
    (chunk) => source.fillTruncatedNormal(chunk, a, b),
    (z) => Math.min(Math.max(mean + std * z, bottom), top),
  );
}

