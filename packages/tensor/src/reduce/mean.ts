import type { DType } from '../DType.js';
import { reduceSum } from '../internal/reduceSum.js';
import type { Tensor } from '../Tensor.js';
import type { ReduceOptions } from './ReduceOptions.js';

/**
 * Arithmetic mean of the elements, over everything or along `options.axis`.
 *
 * x̄ = (1/n)·Σᵢ xᵢ, summed in float64 as {@link sum} does and rounded once to x's dtype. The
 * mean of no elements (0/0) is a RangeError, as min's and max's are, not numpy's silent NaN.
 * Returns a tensor (0-d without an axis).
 *
 * @example
 * ```ts
 * const x = tensor([[1, 2, 3], [4, 5, 6]]);
 * mean(x).item();                 // 3.5
 * mean(x, { axis: 1 }).toArray(); // [2, 5]
 * ```
 * @throws TypeError if x or out is not a tensor, an option has the wrong type, or out's dtype differs.
 * @throws RangeError if the reduced axis is empty (and results are due), the axis is out of
 *   range, an option key is unknown, or out has the wrong shape or overlaps x.
 */
export function mean<D extends DType>(x: Tensor<D>, options?: ReduceOptions<D>): Tensor<D> {
  return reduceSum('mean', x, options, true);
}
