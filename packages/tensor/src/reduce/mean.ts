import type { DType } from '../DType.js';
import type { Tensor } from '../Tensor.js';
import { reduceLayout } from '../internal/reduceLayout.js';
import type { ReduceOptions } from './ReduceOptions.js';
import { scratch } from '../internal/scratch.js';
import { sumRun } from '../internal/sumRun.js';

/**
 * Arithmetic mean of the elements, over everything or along `options.axis`.
 *
 * x̄ = (1/n)·Σᵢ xᵢ, summed in float64 as {@link sum} does and rounded once to x's dtype. The
 * mean of no elements is NaN (0/0), as in numpy. Returns a tensor (0-d without an axis).
 *
 * @example
 * ```ts
 * const x = tensor([[1, 2, 3], [4, 5, 6]]);
 * mean(x).item();                 // 3.5
 * mean(x, { axis: 1 }).toArray(); // [2, 5]
 * ```
 * @throws TypeError if x or out is not a tensor, an option has the wrong type, or out's dtype differs.
 * @throws RangeError if the axis is out of range, out has the wrong shape or overlaps x.
 */
export function mean<D extends DType>(x: Tensor<D>, options?: ReduceOptions<D>): Tensor<D> {
  const { x: t, out, outer, len, inner } = reduceLayout('mean', x, options);
  const src = t.data, dst = out.data;
  if (inner === 1) {
    for (let o = 0; o < outer; o++) dst[o] = sumRun(src, o * len, 1, len) / len;
    return out;
  }
  const acc = scratch(inner);
  for (let o = 0; o < outer; o++) {
    acc.fill(0, 0, inner);
    for (let p = 0, q = o * len * inner; p < len; p++) {
      for (let j = 0; j < inner; j++, q++) acc[j] = acc[j]! + src[q]!;
    }
    for (let j = 0; j < inner; j++) dst[o * inner + j] = acc[j]! / len;
  }
  return out;
}
