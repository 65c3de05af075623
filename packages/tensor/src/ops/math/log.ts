import type { DType } from '../../DType.js';
import { logKernel32 } from '../../internal/unaryKernels32.js';
import { logKernel64 } from '../../internal/unaryKernels64.js';
import { type UnaryKernels, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernels: UnaryKernels = { float32: logKernel32, float64: logKernel64 };

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
  return unaryOp('log', x, out, kernels);
}
