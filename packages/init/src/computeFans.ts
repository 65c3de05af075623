import { validateOptions, validateShape } from '@nninit/internal';
import type { Layout } from './InitOptions.js';
import { fans } from './internal/fans.js';
import { torchShape, validateLayout } from './internal/layout.js';

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
 * fanIn and fanOut of a dense or conv weight. In the default `'torch'` layout the shape is
 * `[fanOut, fanIn, ...receptiveField]` (PyTorch's, and the course notebook's `W[l]` of shape
 * `(n_l, n_{l−1})`):
 *
 * fanIn = shape[1]·∏shape[2:],  fanOut = shape[0]·∏shape[2:]
 *
 * (PyTorch's `torch.nn.init._calculate_fan_in_and_fan_out`, value for value). With
 * `{ layout: 'keras' }` the shape is `[...receptiveField, in, out]` (Keras, TensorFlow.js, Flax):
 *
 * fanIn = shape[−2]·∏shape[:−2],  fanOut = shape[−1]·∏shape[:−2]
 *
 * (Keras's `compute_fans` in `keras/src/initializers/random_initializers.py` for rank ≥ 2; tfjs's
 * `computeFans` agrees for ranks 2 to 5 and takes √size for both above). Rank 0 and 1 are
 * errors in both layouts, where Keras returns 1 or shape[0]: a bias has no fans, and a
 * fan-scaled bias is a mistake worth an error. Zero dimensions give zero fans here; the scaled
 * initializers reject a zero fan.
 *
 * @example
 * ```ts
 * computeFans([256, 128]);                        // { fanIn: 128, fanOut: 256 }  a dense layer 128 → 256
 * computeFans([64, 32, 3, 3]);                    // { fanIn: 288, fanOut: 576 }  a 3×3 conv, 32 → 64 channels
 * computeFans([3, 3, 32, 64], { layout: 'keras' }); // { fanIn: 288, fanOut: 576 }  the same conv in Keras
 * ```
 * @throws RangeError for fewer than 2 dimensions (as PyTorch), a negative or fractional
 *   dimension, an unknown layout or option key; TypeError if shape is not an array of numbers.
 */
export function computeFans(shape: readonly number[], options?: { readonly layout?: Layout | undefined }): Fans {
  const fn = 'computeFans';
  const o = validateOptions(fn, options, ['layout']);
  const layout = validateLayout(fn, o['layout']);
  if (layout === 'torch') return fans(fn, shape);
  // Validated as given, so a bad dimension is named by its index in the caller's shape.
  validateShape(fn, 'shape', shape);
  return fans(fn, torchShape(shape));
}
