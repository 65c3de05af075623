import type { DType, Tensor } from '@nninit/tensor';
import type { UniformParameters } from './InitializerParameters.js';
import type { InitOptions } from './InitOptions.js';
import { generate } from './internal/generate.js';

/**
 * Uniform initialization: i.i.d. U[low, high), defaults 0 and 1 (PyTorch's `uniform_`; Keras's
 * `RandomUniform` defaults to ±0.05). 0 is a bound like any other (tfjs replaces a 0 bound by
 * its default). Values are in [low, high) in the output type. Registry name `'uniform'`.
 *
 * Reference: torch.nn.init.uniform_.
 *
 * @example
 * ```ts
 * const w = randomUniform([1000], { low: 0, high: 0.5, seed: 0 });
 * w.data.every((x) => x >= 0 && x < 0.5); // true
 * ```
 */
export function randomUniform<D extends DType = 'float32'>(
  shape: readonly number[],
  options?: UniformParameters & InitOptions<D>,
): Tensor<D> {
  return generate<D>('randomUniform', shape, 'uniform', options);
}
