import { runPlan } from './internal/sampling/runPlan.js';
import { uniformSamplingPlan } from './internal/sampling/SamplingPlan.js';
import type { RandomSource } from './RandomSource.js';

/**
 * Fills `out` with draws from U[low, high): x = low + (high − low)·u with u the source's 53-bit
 * uniform, computed in float64 and rounded once. Rounding can carry low + (high − low)·u up to
 * `high` itself; such values are replaced by the largest value of the output type below `high`,
 * so the interval stays half-open as documented (and, for float32 output, values below `low` by
 * rounding are raised to the smallest float32 ≥ low).
 *
 * @example
 * ```ts
 * const w = new Float32Array(3);
 * sampleUniform(philox(0), w, -0.5, 0.5); // three values in [−0.5, 0.5)
 * ```
 */
export function sampleUniform(source: RandomSource, out: Float32Array | Float64Array, low: number, high: number): void {
  runPlan('sampleUniform', source, out, uniformSamplingPlan('sampleUniform', out, low, high));
}
