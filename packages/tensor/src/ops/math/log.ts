import type { DType } from '../../DType.js';
import { type UnaryKernel, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernel: UnaryKernel = (o, x, n) => {
  for (let i = 0; i < n; i++) {
    o[i] = Math.log(x[i]!);
  }
};

/**
 * Elementwise natural logarithm (−∞ at 0, NaN below).
 *
 * yᵢ = ln xᵢ, elementwise, computed in float64 and rounded once to x's dtype. With `out`
 * (x's shape and dtype; it may be x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * log(tensor([1, Math.E])).toArray(); // [0, 1]
 * ```
 * @throws TypeError if x or out is not a tensor, or out has another dtype.
 * @throws RangeError if out has another shape or partially overlaps x.
 */
export function log<D extends DType>(x: Tensor<D>, out?: Tensor<D>): Tensor<D> {
  return unaryOp('log', x, out, kernel);
}
