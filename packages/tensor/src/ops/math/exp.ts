import type { DType } from '../../DType.js';
import { expKernel32 } from '../../internal/unaryKernels32.js';
import { expKernel64 } from '../../internal/unaryKernels64.js';
import { type UnaryKernels, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernels: UnaryKernels = { float32: expKernel32, float64: expKernel64 };

/**
 * Elementwise natural exponential.
 *
 * yᵢ = e^xᵢ, elementwise, computed in float64 and rounded once to x's dtype. With `out`
 * (x's shape and dtype; it may be x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * exp(tensor([0, 1])).toArray(); // [1, 2.718281828459045]
 * ```
 * @throws TypeError if x or out is not a tensor, or out has another dtype.
 * @throws RangeError if out has another shape or partially overlaps x.
 */
export function exp<D extends DType>(x: Tensor<D>, out?: Tensor<D>): Tensor<D> {
  return unaryOp('exp', x, out, kernels);
}
