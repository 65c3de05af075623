import type { DType } from '../../DType.js';
import { type UnaryKernel, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernel: UnaryKernel = (o, x, n) => {
  const n4 = n - (n & 3);
  let i = 0;
  for (; i < n4; i += 4) {
    o[i] = Math.sqrt(x[i]!);
    o[i + 1] = Math.sqrt(x[i + 1]!);
    o[i + 2] = Math.sqrt(x[i + 2]!);
    o[i + 3] = Math.sqrt(x[i + 3]!);
  }
  for (; i < n; i++) {
    o[i] = Math.sqrt(x[i]!);
  }
};

/**
 * Elementwise square root (NaN below 0); correctly rounded in float32 too.
 *
 * yᵢ = √xᵢ, elementwise, computed in float64 and rounded once to x's dtype. With `out`
 * (x's shape and dtype; it may be x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * sqrt(tensor([4, 9])).toArray(); // [2, 3]
 * ```
 * @throws TypeError if x or out is not a tensor, or out has another dtype.
 * @throws RangeError if out has another shape or partially overlaps x.
 */
export function sqrt<D extends DType>(x: Tensor<D>, out?: Tensor<D>): Tensor<D> {
  return unaryOp('sqrt', x, out, kernel);
}
