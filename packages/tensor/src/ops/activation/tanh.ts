import type { DType } from '../../DType.js';
import { tanhKernel32 } from '../../internal/unaryKernels32.js';
import { tanhKernel64 } from '../../internal/unaryKernels64.js';
import { type UnaryKernels, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernels: UnaryKernels = { float32: tanhKernel32, float64: tanhKernel64 };

/**
 * Hyperbolic tangent (saturates to ±1 without overflow).
 *
 * tanh(x) = (eˣ − e^(−x)) / (eˣ + e^(−x)), elementwise, computed in float64 and rounded once to x's dtype. With `out`
 * (x's shape and dtype; it may be x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * tanh(tensor([0, 1000])).toArray(); // [0, 1]
 * ```
 * @throws TypeError if x or out is not a tensor, or out has another dtype.
 * @throws RangeError if out has another shape or partially overlaps x.
 */
export function tanh<D extends DType>(x: Tensor<D>, out?: Tensor<D>): Tensor<D> {
  return unaryOp('tanh', x, out, kernels);
}
