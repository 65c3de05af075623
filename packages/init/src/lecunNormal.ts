import type { DType, Tensor } from '@nninit/tensor';
import type { NoParameters } from './InitializerParameters.js';
import type { InitOptions } from './InitOptions.js';
import { generate } from './internal/generate.js';

/**
 * LeCun normal initialization: i.i.d. N(0, σ²) with σ = 1/√fanIn = √(1/fanIn); the
 * initialization SELU networks assume.
 *
 * Untruncated (Keras's and JAX's `lecun_normal` are truncated: use {@link varianceScaling} with
 * its defaults). Registry name `'lecun_normal'`.
 *
 * Reference: LeCun, Bottou, Orr & Müller 1998, "Efficient BackProp", §4.6.
 *
 * @example
 * ```ts
 * lecunNormal([10, 4], { seed: 0 }).size; // 40, σ = √(1/4) = 0.5
 * ```
 */
export function lecunNormal<D extends DType = 'float32'>(
  shape: readonly number[],
  options?: NoParameters & InitOptions<D>,
): Tensor<D> {
  return generate<D>('lecunNormal', shape, 'lecun_normal', options);
}
