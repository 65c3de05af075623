import { fans } from './internal/fans.js';

/**
 * The fans of a weight shape: how many inputs feed one output unit (fanIn), and how many outputs
 * one input feeds (fanOut).
 * @example
 * ```ts
 * const fans: Fans = computeFans([256, 128]); // { fanIn: 128, fanOut: 256 }
 * ```
 */
export interface Fans {
  readonly fanIn: number;
  readonly fanOut: number;
}

/**
 * fanIn and fanOut of a dense or conv weight of shape `[fanOut, fanIn, ...receptiveField]`
 * (PyTorch's convention, and the course notebook's `W[l]` of shape `(n_l, n_{l−1})`):
 *
 * fanIn = shape[1]·∏shape[2:],  fanOut = shape[0]·∏shape[2:].
 *
 * PyTorch's `torch.nn.init._calculate_fan_in_and_fan_out`, value for value. Keras's layout is
 * the transpose (`[...kernel, in, out]`): transpose a Keras shape before calling this. Zero
 * dimensions give zero fans here; the scaled initializers reject a zero fan.
 *
 * @example
 * ```ts
 * computeFans([256, 128]);       // { fanIn: 128, fanOut: 256 }   a dense layer 128 → 256
 * computeFans([64, 32, 3, 3]);   // { fanIn: 288, fanOut: 576 }   a 3×3 conv, 32 → 64 channels
 * ```
 * @throws RangeError for fewer than 2 dimensions (as PyTorch) or a negative or fractional
 *   dimension; TypeError if shape is not an array of numbers.
 */
export function computeFans(shape: readonly number[]): Fans {
  return fans('computeFans', shape);
}
