import type { DType, Tensor } from '@nninit/tensor';
import type { NormalParameters } from './InitializerParameters.js';
import type { InitOptions } from './InitOptions.js';
import { generate } from './internal/generate.js';

/**
 * Normal initialization: i.i.d. N(mean, std²), `mean` default 0, `std` ≥ 0 default 1 (PyTorch's
 * `normal_`; Keras's `RandomNormal` defaults to std 0.05). Registry name `'normal'`; the
 * article's `'random'` is N(0, scale²) with scale 0.01.
 *
 * Reference: torch.nn.init.normal_.
 *
 * @example
 * ```ts
 * randomNormal([3], { mean: 5, std: 0, seed: 1 }).toArray(); // [5, 5, 5]
 * ```
 */
export function randomNormal<D extends DType = 'float32'>(
  shape: readonly number[],
  options?: NormalParameters & InitOptions<D>,
): Tensor<D> {
  return generate<D>('randomNormal', shape, 'normal', options);
}
