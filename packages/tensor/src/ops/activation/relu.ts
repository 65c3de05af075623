import type { DType } from '../../DType.js';
import { reluKernel32 } from '../../internal/unaryKernels32.js';
import { reluKernel64 } from '../../internal/unaryKernels64.js';
import { type UnaryKernels, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernels: UnaryKernels = { float32: reluKernel32, float64: reluKernel64 };

/**
 * Rectified linear unit (Nair & Hinton 2010). NaN propagates (a diverging network stays visible).
 *
 * relu(x) = max(0, x), elementwise, computed in float64 and rounded once to x's dtype. With `out`
 * (x's shape and dtype; it may be x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * relu(tensor([-1, 0, 2])).toArray(); // [0, 0, 2]
 * ```
 * @see Nair & Hinton, "Rectified linear units improve restricted Boltzmann machines", ICML 2010.
 * @throws TypeError if x or out is not a tensor, or out has another dtype.
 * @throws RangeError if out has another shape or partially overlaps x.
 */
export function relu<D extends DType>(x: Tensor<D>, out?: Tensor<D>): Tensor<D> {
  return unaryOp('relu', x, out, kernels);
}
