import type { DType } from '../../DType.js';
import { sigmoidKernel32 } from '../../internal/unaryKernels32.js';
import { sigmoidKernel64 } from '../../internal/unaryKernels64.js';
import { type UnaryKernels, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernels: UnaryKernels = { float32: sigmoidKernel32, float64: sigmoidKernel64 };

/**
 * Logistic sigmoid, stable for large |x|: e^(−x) is only evaluated for x ≥ 0 and eˣ for x < 0, so nothing overflows and σ(−1000) is 0, not NaN.
 *
 * σ(x) = 1 / (1 + e^(−x)) = eˣ / (1 + eˣ), elementwise, computed in float64 and rounded once to x's dtype. With `out`
 * (x's shape and dtype; it may be x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * sigmoid(tensor([-1000, 0, 1000])).toArray(); // [0, 0.5, 1]
 * ```
 * @throws TypeError if x or out is not a tensor, or out has another dtype.
 * @throws RangeError if out has another shape or partially overlaps x.
 */
export function sigmoid<D extends DType>(x: Tensor<D>, out?: Tensor<D>): Tensor<D> {
  return unaryOp('sigmoid', x, out, kernels);
}
