import type { DType } from '../../DType.js';
import { seluKernel32 } from '../../internal/unaryKernels32.js';
import { seluKernel64 } from '../../internal/unaryKernels64.js';
import { type UnaryKernels, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernels: UnaryKernels = { float32: seluKernel32, float64: seluKernel64 };

/**
 * Scaled exponential linear unit (Klambauer et al. 2017), with λ ≈ 1.0507 and α ≈ 1.6733 from the paper (eq. 2), so that activations self-normalise to mean 0, variance 1 under LeCun-normal weights.
 *
 * selu(x) = λ·x if x > 0, else λ·α·(eˣ − 1), elementwise, computed in float64 and rounded once to x's dtype. With `out`
 * (x's shape and dtype; it may be x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * selu(tensor([0, 1, -1000])).toArray(); // [0, 1.0507009873554805, -1.7580993408473768]
 * ```
 * @see Klambauer, Unterthiner, Mayr & Hochreiter, "Self-Normalizing Neural Networks", NeurIPS 2017, eq. 2.
 * @throws TypeError if x or out is not a tensor, or out has another dtype.
 * @throws RangeError if out has another shape or partially overlaps x.
 */
export function selu<D extends DType>(x: Tensor<D>, out?: Tensor<D>): Tensor<D> {
  return unaryOp('selu', x, out, kernels);
}
