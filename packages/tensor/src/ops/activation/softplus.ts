import type { DType } from '../../DType.js';
import { softplusKernel32 } from '../../internal/unaryKernels32.js';
import { softplusKernel64 } from '../../internal/unaryKernels64.js';
import { type UnaryKernels, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernels: UnaryKernels = { float32: softplusKernel32, float64: softplusKernel64 };

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
  return unaryOp('softplus', x, out, kernels);
}
