import { largestNormal } from './internal/sampling/largestNormal.js';
import { runPlan } from './internal/sampling/runPlan.js';
import { truncatedNormalSamplingPlan } from './internal/sampling/SamplingPlan.js';
import type { RandomSource } from './RandomSource.js';

/**
 * Fills `out` with draws from N(mean, std²) conditioned on [low, high] (absolute bounds, either
 * may be infinite): x = mean + std·z with z from the source's truncated normals on the
 * standardized bounds ((low − mean)/std, (high − mean)/std), computed in float64 and rounded
 * once. Exact rejection sampling, never clipping; the final value is clamped to [low, high] only
 * to undo the last rounding of mean + std·z (for float32 output, to the float32 values inside).
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
  source: RandomSource,
  out: Float32Array | Float64Array,
  mean: number,
  std: number,
  low: number,
  high: number,
): void {
  runPlan(
    'sampleTruncatedNormal',
    source,
    out,
    truncatedNormalSamplingPlan('sampleTruncatedNormal', out, mean, std, low, high, largestNormal(source)),
  );
}
