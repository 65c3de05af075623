import type { DType } from '../../DType.js';
import { seluDerivativeKernel32 } from '../../internal/unaryKernels32.js';
import { seluDerivativeKernel64 } from '../../internal/unaryKernels64.js';
import { type UnaryKernels, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernels: UnaryKernels = { float32: seluDerivativeKernel32, float64: seluDerivativeKernel64 };

/**
 * Derivative of {@link selu} at the pre-activation x (the left branch at x = 0, λ·α, as PyTorch).
 *
 * selu′(x) = λ if x > 0, else λ·α·eˣ, elementwise, computed in float64 and rounded once to x's dtype. With `out`
 * (x's shape and dtype; it may be x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * seluDerivative(tensor([1, 0])).toArray(); // [1.0507009873554805, 1.7580993408473768]
 * ```
 * @see Klambauer et al., NeurIPS 2017.
 * @throws TypeError if x or out is not a tensor, or out has another dtype.
 * @throws RangeError if out has another shape or partially overlaps x.
 */
export function seluDerivative<D extends DType>(x: Tensor<D>, out?: Tensor<D>): Tensor<D> {
  return unaryOp('seluDerivative', x, out, kernels);
}
