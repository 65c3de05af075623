import type { DType } from '../../DType.js';
import { type UnaryKernel, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernel: UnaryKernel = (o, x, n) => {
  const n4 = n - (n & 3);
  let i = 0;
  for (; i < n4; i += 4) {
    o[i] = Math.abs(x[i]!);
    o[i + 1] = Math.abs(x[i + 1]!);
    o[i + 2] = Math.abs(x[i + 2]!);
    o[i + 3] = Math.abs(x[i + 3]!);
  }
  for (; i < n; i++) {
    o[i] = Math.abs(x[i]!);
  }
};

/**
 * Elementwise absolute value.
 *
 * yᵢ = |xᵢ|, elementwise, computed in float64 and rounded once to x's dtype. With `out`
 * (x's shape and dtype; it may be x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * abs(tensor([-1.5, 2])).toArray(); // [1.5, 2]
 * ```
 * @throws TypeError if x or out is not a tensor, or out has another dtype.
 * @throws RangeError if out has another shape or partially overlaps x.
 */
export function abs<D extends DType>(x: Tensor<D>, out?: Tensor<D>): Tensor<D> {
  return unaryOp('abs', x, out, kernel);
}
