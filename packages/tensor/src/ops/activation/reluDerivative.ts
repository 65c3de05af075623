import type { DType } from '../../DType.js';
import { type UnaryKernel, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernel: UnaryKernel = (o, x, n) => {
  const n4 = n - (n & 3);
  let i = 0;
  for (; i < n4; i += 4) {
    {
      const v = x[i]!;
      o[i] = v > 0 ? 1 : v <= 0 ? 0 : v;
    }
    {
      const v = x[i + 1]!;
      o[i + 1] = v > 0 ? 1 : v <= 0 ? 0 : v;
    }
    {
      const v = x[i + 2]!;
      o[i + 2] = v > 0 ? 1 : v <= 0 ? 0 : v;
    }
    {
      const v = x[i + 3]!;
      o[i + 3] = v > 0 ? 1 : v <= 0 ? 0 : v;
    }
  }
  for (; i < n; i++) {
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
