import type { DType } from '../../DType.js';
import { leakyReluDerivativeKernel32 } from '../../internal/unaryKernels32.js';
import { leakyReluDerivativeKernel64 } from '../../internal/unaryKernels64.js';
import { type UnaryKernels, unaryOp } from '../../internal/unaryOp.js';
import { validateAlpha } from '../../internal/validateAlpha.js';
import type { Tensor } from '../../Tensor.js';

const kernels: UnaryKernels = { float32: leakyReluDerivativeKernel32, float64: leakyReluDerivativeKernel64 };

/**
 * Derivative of {@link leakyRelu} at the pre-activation x (α at x = 0, as PyTorch; NaN
 * propagates); α defaults to 0.01.
 *
 * leakyRelu′(x) = 1 if x > 0, else α, elementwise. With `out` (x's shape and dtype; it may be
 * x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * leakyReluDerivative(tensor([-1, 0, 2])).toArray(); // [0.01, 0.01, 1]
 * ```
 * @throws TypeError if x or out is not a tensor, alpha is not a number, or out has another dtype.
 * @throws RangeError if alpha is not finite, does not fit x's dtype, or (leakyRelu, |alpha| > 1)
 *   would take alpha·x beyond it; or out has another shape or partially overlaps x.
 */
export function leakyReluDerivative<D extends DType>(x: Tensor<D>, alpha?: number, out?: Tensor<D>): Tensor<D> {
  return unaryOp('leakyReluDerivative', x, out, kernels, validateAlpha('leakyReluDerivative', alpha ?? 0.01, x, false));
}
