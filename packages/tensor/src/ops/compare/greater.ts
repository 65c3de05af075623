import type { DType } from '../../DType.js';
import type { Tensor } from '../../Tensor.js';
import { binaryOp, type BinaryKernel } from '../../internal/binaryOp.js';

const kernel: BinaryKernel = (o, oo, x, xo, xs0, xs1, y, yo, ys0, ys1, n0, n1) => {
  for (let i = 0; i < n0; i++, xo += xs0, yo += ys0) {
    for (let j = 0, xp = xo, yp = yo; j < n1; j++, xp += xs1, yp += ys1) o[oo++] = x[xp]! > y[yp]! ? 1 : 0;
  }
};

/**
 * Elementwise a > b as a mask: 1 where true, 0 where false, in the operands' dtype.
 *
 * cᵢ = [aᵢ > bᵢ], where a and b are tensors of one dtype (or one of them a number, rounded to that
 * dtype as numpy does); shapes broadcast as in numpy. Computed in float64 and rounded once.
 * With `out` (the broadcast shape and dtype; it may be `a` or `b` itself) nothing is allocated.
 *
 * @example
 * ```ts
 * greater(tensor([1, 2, 3]), 2).toArray(); // [0, 0, 1]
 * ```
 * @throws TypeError if an operand is not a tensor or number, both are numbers, dtypes differ,
 *   or `out` has another dtype.
 * @throws RangeError if the shapes do not broadcast, `out` has another shape, or `out`
 *   partially overlaps an operand.
 */
export function greater<D extends DType>(a: Tensor<D> | number, b: Tensor<D> | number, out?: Tensor<D>): Tensor<D> {
  return binaryOp('greater', a, b, out, kernel);
}
