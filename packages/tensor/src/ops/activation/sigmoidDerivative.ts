import type { DType } from '../../DType.js';
import { sigmoidDerivativeKernel32 } from '../../internal/unaryKernels32.js';
import { sigmoidDerivativeKernel64 } from '../../internal/unaryKernels64.js';
import { type UnaryKernels, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernels: UnaryKernels = { float32: sigmoidDerivativeKernel32, float64: sigmoidDerivativeKernel64 };

/**
 * Derivative of {@link sigmoid} at the pre-activation x, computed as σ(|x|)·σ(−|x|) so it is accurate (not 0 − 0) for large |x|.
 *
 * σ′(x) = σ(x)·(1 − σ(x)) = e^(−|x|) / (1 + e^(−|x|))², elementwise, computed in float64 and rounded once to x's dtype. With `out`
 * (x's shape and dtype; it may be x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * sigmoidDerivative(tensor([0, 1000])).toArray(); // [0.25, 0]
 * ```
 * @throws TypeError if x or out is not a tensor, or out has another dtype.
 * @throws RangeError if out has another shape or partially overlaps x.
 */
export function sigmoidDerivative<D extends DType>(x: Tensor<D>, out?: Tensor<D>): Tensor<D> {
  return unaryOp('sigmoidDerivative', x, out, kernels);
}
