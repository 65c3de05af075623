import type { DType } from '../../DType.js';
import { leakyReluKernel32 } from '../../internal/unaryKernels32.js';
import { leakyReluKernel64 } from '../../internal/unaryKernels64.js';
import { type UnaryKernels, unaryOp } from '../../internal/unaryOp.js';
import { validateAlpha } from '../../internal/validateAlpha.js';
import type { Tensor } from '../../Tensor.js';

const kernels: UnaryKernels = { float32: leakyReluKernel32, float64: leakyReluKernel64 };

/**
 * Leaky rectified linear unit (Maas, Hannun & Ng 2013): a small slope α instead of 0 for
 * negative inputs, so units never stop receiving gradient. α defaults to 0.01 (the paper's
 * value and PyTorch's `negative_slope`; Keras uses 0.3).
 *
 * leakyRelu(x) = x if x > 0, else α·x, elementwise, computed in float64 and rounded once to x's
 * dtype. With `out` (x's shape and dtype; it may be x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * leakyRelu(tensor([-100, 0, 2])).toArray();      // [-1, 0, 2]
 * leakyRelu(tensor([-100, 2]), 0.2).toArray();    // [-20, 2]
 * ```
 * @see Maas, Hannun & Ng, "Rectifier nonlinearities improve neural network acoustic models", ICML 2013.
 * @throws TypeError if x or out is not a tensor, alpha is not a number, or out has another dtype.
 * @throws RangeError if alpha is not finite, does not fit x's dtype, or (leakyRelu, |alpha| > 1)
 *   would take alpha·x beyond it; or out has another shape or partially overlaps x.
 */
export function leakyRelu<D extends DType>(x: Tensor<D>, alpha?: number, out?: Tensor<D>): Tensor<D> {
  return unaryOp('leakyRelu', x, out, kernels, validateAlpha('leakyRelu', alpha ?? 0.01, x, true));
}
