import type { DType } from '../../DType.js';
import type { Tensor } from '../../Tensor.js';
import { unaryOp, type UnaryKernel } from '../../internal/unaryOp.js';

const kernel: UnaryKernel = (o, x, n) => {
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    o[i] = v > 0 ? 1 : v <= 0 ? 0 : v;
  }
};

/**
 * Derivative of {@link relu} at the pre-activation x, with the usual convention 0 at x = 0 (as PyTorch); NaN propagates.
 *
 * relu′(x) = 1 if x > 0, else 0, elementwise, computed in float64 and rounded once to x's dtype. With `out`
 * (x's shape and dtype; it may be x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * reluDerivative(tensor([-1, 0, 2])).toArray(); // [0, 0, 1]
 * ```
 * @throws TypeError if x or out is not a tensor, or out has another dtype.
 * @throws RangeError if out has another shape or partially overlaps x.
 */
export function reluDerivative<D extends DType>(x: Tensor<D>, out?: Tensor<D>): Tensor<D> {
  return unaryOp('reluDerivative', x, out, kernel);
}
