import type { DType } from '../DType.js';
import { reduceExtremum } from '../internal/reduceExtremum.js';
import type { Tensor } from '../Tensor.js';
import type { ReduceOptions } from './ReduceOptions.js';

/**
 * The smallest element, over everything or along `options.axis`; NaN propagates (numpy
 * `min`). Exact in either dtype. Returns a tensor (0-d without an axis: use `.item()`).
 *
 * min(x) = minᵢ xᵢ
 *
 * @example
 * ```ts
 * const x = tensor([[1, 2, 3], [4, 5, 6]]);
 * min(x).item();                 // 1
 * min(x, { axis: 1 }).toArray(); // [1, 4]
 * ```
 * @throws TypeError if x or out is not a tensor, an option has the wrong type, or out's dtype differs.
 * @throws RangeError if the reduced axis is empty (no identity), the axis is out of range, or out
 *   has the wrong shape or overlaps x.
 */
export function min<D extends DType>(x: Tensor<D>, options?: ReduceOptions<D>): Tensor<D> {
  return reduceExtremum('min', x, options, false);
}
