import type { DType } from '../../DType.js';
import { reluDerivativeKernel32 } from '../../internal/unaryKernels32.js';
import { reluDerivativeKernel64 } from '../../internal/unaryKernels64.js';
import { type UnaryKernels, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernels: UnaryKernels = { float32: reluDerivativeKernel32, float64: reluDerivativeKernel64 };

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
  return unaryOp('reluDerivative', x, out, kernels);
}
