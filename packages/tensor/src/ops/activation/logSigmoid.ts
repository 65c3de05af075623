import type { DType } from '../../DType.js';
import { logSigmoidKernel32 } from '../../internal/unaryKernels32.js';
import { logSigmoidKernel64 } from '../../internal/unaryKernels64.js';
import { type UnaryKernels, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernels: UnaryKernels = { float32: logSigmoidKernel32, float64: logSigmoidKernel64 };

/**
 * Logarithm of the sigmoid, numerically stable for losses (binary cross-entropy from logits): ln σ(x) = −softplus(−x) = min(x, 0) − ln(1 + e^(−|x|)), finite for every finite x (ln σ(−1000) = −1000, not −∞).
 *
 * ln σ(x) = −softplus(−x) = min(x, 0) − ln(1 + e^(−|x|)), elementwise, computed in float64 and rounded once to x's dtype. With `out`
 * (x's shape and dtype; it may be x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * logSigmoid(tensor([0, -1000, 1000])).toArray(); // [-0.6931471805599453, -1000, 0]
 * ```
 * @throws TypeError if x or out is not a tensor, or out has another dtype.
 * @throws RangeError if out has another shape or partially overlaps x.
 */
export function logSigmoid<D extends DType>(x: Tensor<D>, out?: Tensor<D>): Tensor<D> {
  return unaryOp('logSigmoid', x, out, kernels);
}
