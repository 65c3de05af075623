import { largestNormal } from './internal/sampling/largestNormal.js';
import { runPlan } from './internal/sampling/runPlan.js';
import { normalSamplingPlan } from './internal/sampling/SamplingPlan.js';
import type { RandomSource } from './RandomSource.js';

/**
 * Fills `out` with draws from N(mean, std²): x = mean + std·z with z from the source's normal
 * stream, computed in float64 and rounded once (so float32 and float64 outputs agree to float32
 * rounding). With mean 0 the value is exactly std·z, as numpy's `randn(...) * std`. A
 * {@link PhiloxSource} is filled directly (the scaling inside its fill loop); other sources
 * through `fillNormal`, in float64 chunks; either way the stream advances by `out.length`.
 *
 * @example
 * ```ts
 * const w = new Float64Array(2);
 * sampleNormal(new RandomState(3), w, 0, Math.sqrt(2 / 2)); // [1.7886284734303186, 0.43650985051198943]
 * ```
 */
export function sampleNormal(source: RandomSource, out: Float32Array | Float64Array, mean: number, std: number): void {
  runPlan('sampleNormal', source, out, normalSamplingPlan('sampleNormal', out, mean, std, largestNormal(source)));
}
