import type { DType } from '../../DType.js';
import { tanhDerivativeKernel32 } from '../../internal/unaryKernels32.js';
import { tanhDerivativeKernel64 } from '../../internal/unaryKernels64.js';
import { type UnaryKernels, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernels: UnaryKernels = { float32: tanhDerivativeKernel32, float64: tanhDerivativeKernel64 };

/**
 * Derivative of {@link tanh} at the pre-activation x, computed as sech²x = 4e^(−2|x|)/(1 + e^(−2|x|))²
 * rather than 1 − tanh²x, which cancels to 0 (or loses all relative accuracy) once tanh x rounds
 * near 1.
 *
 * tanh′(x) = 1 − tanh²(x) = sech²(x), elementwise, computed in float64 and rounded once to x's dtype. With `out`
 * (x's shape and dtype; it may be x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * tanhDerivative(tensor([0, 1000])).toArray(); // [1, 0]
 * ```
 * @throws TypeError if x or out is not a tensor, or out has another dtype.
 * @throws RangeError if out has another shape or partially overlaps x.
 */
export function tanhDerivative<D extends DType>(x: Tensor<D>, out?: Tensor<D>): Tensor<D> {
  return unaryOp('tanhDerivative', x, out, kernels);
}
