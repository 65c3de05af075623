import { initializerFunction } from './internal/initializerFunction.js';

/**
 * He (Kaiming) normal initialization: i.i.d. N(0, σ²) with
 *
 * σ = gain/√fan = √(gain²/fan),  gain from `nonlinearity` ({@link calculateGain}, default relu: √2),
 * fan = fanIn (`mode: 'fan_in'`, default; preserves the forward variance) or fanOut ('fan_out';
 * preserves the backward variance).
 *
 * Untruncated, as in He et al. 2015 and PyTorch's `kaiming_normal_` (Keras's `he_normal` is
 * truncated: use {@link varianceScaling} with `scale: 2, distribution: 'truncated_normal'`). σ is
 * computed as √(gain²/fan) so that for relu it is numpy's `sqrt(2/fan)` to the last bit.
 * Registry names `'he_normal'`, `'he'`, `'kaiming_normal'`.
 *
 * Reference: He et al. 2015, "Delving deep into rectifiers", eq. 10 (fan_in), eq. 14 (fan_out),
 * eq. 15 (leaky ReLU).
 *
 * @example
 * ```ts
 * heNormal([2, 2], { rng: new RandomState(3), dtype: 'float64' }).toArray();
 * // [[1.7886284734303186, 0.43650985051198943], [0.09649746807200862, -1.8634927033644908]]
 * //   = np.random.seed(3); np.random.randn(2, 2) * np.sqrt(2 / 2)
 * ```
 */
export const heNormal = initializerFunction('heNormal', 'he_normal');
