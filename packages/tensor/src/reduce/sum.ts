import type { DType } from '../DType.js';
import { reduceSum } from '../internal/reduceSum.js';
import type { Tensor } from '../Tensor.js';
import type { ReduceOptions } from './ReduceOptions.js';

/**
 * Sum of the elements, over everything or along `options.axis`.
 *
 * Σᵢ xᵢ, accumulated in float64 and rounded once to x's dtype: pairwise over a contiguous run
 * (the last axis, or everything), error O(log n·ε); along an earlier axis, row by row
 * (contiguous reads), error O(n·ε) in float64 — below float32 resolution for n < 2²⁹.
 * The sum of no elements is 0. Returns a tensor (0-d without an axis: use `.item()`).
 *
 * @example
 * ```ts
 * const x = tensor([[1, 2, 3], [4, 5, 6]]);
 * sum(x).item();                  // 21
 * sum(x, { axis: 0 }).toArray();  // [5, 7, 9]
 * sum(x, { axis: -1, keepDims: true }).toArray(); // [[6], [15]]
 * ```
 * @throws TypeError if x or out is not a tensor, an option has the wrong type, or out's dtype differs.
 * @throws RangeError if the axis is out of range, out has the wrong shape or overlaps x.
 */
export function sum<D extends DType>(x: Tensor<D>, options?: ReduceOptions<D>): Tensor<D> {
  return reduceSum('sum', x, options, false);
}
