import type { DType, Tensor } from '@nninit/tensor';
import type { TruncatedNormalParameters } from './InitializerParameters.js';
import type { InitOptions } from './InitOptions.js';
import { generate } from './internal/generate.js';

/**
 * Truncated normal initialization: i.i.d. N(mean, std²) conditioned on [mean + a·std,
 * mean + b·std], drawn by exact rejection (never clipped). `mean` 0, `std` > 0 default 1, `a`
 * −2 and `b` 2 in units of std (as Keras's `TruncatedNormal`; either may be infinite).
 *
 * Unlike PyTorch's `trunc_normal_`, whose a and b are absolute values. std is the parent
 * normal's: the variance is std²·(1 − (bφ(b) − aφ(a))/Z − ((φ(a) − φ(b))/Z)²),
 * Z = Φ(b) − Φ(a); 0.7737·std² for ±2. Registry name `'truncated_normal'`.
 *
 * Reference: Johnson, Kotz & Balakrishnan 1994, "Continuous Univariate Distributions", vol. 1,
 * §10.1 (moments of the truncated normal).
 *
 * @example
 * ```ts
 * const w = truncatedNormal([1000], { std: 0.1, seed: 0 });
 * w.data.every((x) => Math.abs(x) <= 0.2); // true
 * ```
 */
export function truncatedNormal<D extends DType = 'float32'>(
  shape: readonly number[],
  options?: TruncatedNormalParameters & InitOptions<D>,
): Tensor<D> {
  return generate<D>('truncatedNormal', shape, 'truncated_normal', options);
}
