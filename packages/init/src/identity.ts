import type { DType, Tensor } from '@nninit/tensor';
import type { GainParameters } from './InitializerParameters.js';
import type { InitOptions } from './InitOptions.js';
import { generate } from './internal/generate.js';

/**
 * Identity initialization of a 2-D weight: gain on the main diagonal, 0 elsewhere, any aspect
 * ratio. `gain` > 0 default 1. Deterministic: needs no rng. Registry names `'identity'`, `'eye'`.
 *
 * Reference: torch.nn.init.eye_; keras.initializers.Identity; Le, Jaitly & Hinton 2015
 * (IRNN: identity recurrent weights).
 *
 * @example
 * ```ts
 * identity([2, 3], { gain: 2 }).toArray(); // [[2, 0, 0], [0, 2, 0]]
 * ```
 */
export function identity<D extends DType = 'float32'>(
  shape: readonly number[],
  options?: GainParameters & InitOptions<D>,
): Tensor<D> {
  return generate<D>('identity', shape, 'identity', options);
}
