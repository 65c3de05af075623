import type { Initialization } from '@nninit/init';
import type { RandomSource } from '@nninit/rng';
import type { DType } from '@nninit/tensor';
import type { Activation, OutputActivation } from './Activation.js';

/**
 * Options of {@link MLP}: its own file, so the private option resolver and the class both
 * depend on it without depending on each other.
 *
 * @example
 * ```ts
 * const options: MLPOptions = { sizes: [2, 10, 5, 1], output: 'sigmoid', initialization: 'he', rng: new RandomState(3) };
 * ```
 */
export interface MLPOptions<D extends DType = 'float64'> {
  /** Layer widths, inputs first: [2, 10, 5, 1] is the notebook's network. At least 2 entries. */
  sizes: readonly number[];
  /** How weights start: one for every layer, or one per layer (see @nninit/init). */
  initialization: Initialization | readonly Initialization[];
  /** Hidden layers' activation: one for all, or one per hidden layer. Default 'relu'. */
  activation?: Activation | readonly Activation[];
  /** The output layer's activation. Default 'linear'. */
  output?: OutputActivation;
  /** Source of random initializations, consumed layer after layer (as the notebook's numpy). */
  rng?: RandomSource;
  /** Every bias starts at this value. Default 0. */
  bias?: number;
  /** Element type of parameters and activations. Default 'float64'. */
  dtype?: D;
}
