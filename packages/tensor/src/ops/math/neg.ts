import type { DType } from '../../DType.js';
import type { Tensor } from '../../Tensor.js';
import { unaryOp, type UnaryKernel } from '../../internal/unaryOp.js';

const kernel: UnaryKernel = (o, x, n) => {
  for (let i = 0; i < n; i++) {
    o[i] = -x[i]!;
  }
};

/**
 * Elementwise negation.
 *
 * yᵢ = −xᵢ, elementwise, computed in float64 and rounded once to x's dtype. With `out`
 * (x's shape and dtype; it may be x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * neg(tensor([1, -2])).toArray(); // [-1, 2]
 * ```
 * @throws TypeError if x or out is not a tensor, or out has another dtype.
 * @throws RangeError if out has another shape or partially overlaps x.
 */
export function neg<D extends DType>(x: Tensor<D>, out?: Tensor<D>): Tensor<D> {
  return unaryOp('neg', x, out, kernel);
}
