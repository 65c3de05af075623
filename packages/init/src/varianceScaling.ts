import { initializerFunction } from './internal/initializerFunction.js';

/**
 * Keras's `VarianceScaling`: with v = scale/fan, fan = fanIn, fanOut or (fanIn + fanOut)/2
 * (`mode`, default 'fan_in'), and `scale` > 0 (default 1):
 *
 * - `'truncated_normal'` (default): N(0, σ²) truncated to [−2σ, 2σ], σ = √v / 0.87962566103423978
 *   (the std of N(0, 1) truncated to ±2), so the variance is v — the correction tfjs forgets;
 * - `'normal'` (Keras: `'untruncated_normal'`, also accepted): N(0, v);
 * - `'uniform'`: U[−√(3v), √(3v)).
 *
 * Keras's he_normal = `{ scale: 2 }`, glorot_normal = `{ mode: 'fan_avg' }`, lecun_normal = the
 * defaults. Registry name `'variance_scaling'`.
 *
 * Reference: keras.initializers.VarianceScaling; jax.nn.initializers.variance_scaling;
 * Klambauer et al. 2017 (SNN) for the truncated LeCun case.
 *
 * @example
 * ```ts
 * const w = varianceScaling([100, 50], { scale: 2, seed: 0 });      // Keras's he_normal
 * w.data.every((x) => Math.abs(x) <= 2 * Math.sqrt(2 / 50) / 0.87962566103423978); // true
 * ```
 */
export const varianceScaling = initializerFunction('varianceScaling', 'variance_scaling');
