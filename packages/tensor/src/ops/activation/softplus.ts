import type { DType } from '../../DType.js';
import { type UnaryKernel, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernel: UnaryKernel = (o, x, n) => {
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    o[i] = Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)));
  }
};

/**
 * Softplus, numerically stable: written as max(x, 0) + ln(1 + e^(−|x|)), so e^x never overflows and softplus(1000) = 1000. Its derivative is {@link sigmoid}.
 *
 * softplus(x) = ln(1 + eˣ) = max(x, 0) + ln(1 + e^(−|x|)), elementwise, computed in float64 and rounded once to x's dtype. With `out`
 * (x's shape and dtype; it may be x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * softplus(tensor([0, 1000, -1000])).toArray(); // [0.6931471805599453, 1000, 0]
 * ```
 * @throws TypeError if x or out is not a tensor, or out has another dtype.
 * @throws RangeError if out has another shape or partially overlaps x.
 */
export function softplus<D extends DType>(x: Tensor<D>, out?: Tensor<D>): Tensor<D> {
  return unaryOp('softplus', x, out, kernel);
}
