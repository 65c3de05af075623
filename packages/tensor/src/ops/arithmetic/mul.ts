import type { DType } from '../../DType.js';
import { type BinaryKernels, binaryOp } from '../../internal/binaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernels: BinaryKernels = {
  vv: (o, oo, x, xo, xs0, y, yo, ys0, n0, n1) => {
    for (let i = 0; i < n0; i++, oo += n1, xo += xs0, yo += ys0) {
      let j = 0;
      for (; j + 3 < n1; j += 4) {
        o[oo + j] = x[xo + j]! * y[yo + j]!;
        o[oo + j + 1] = x[xo + j + 1]! * y[yo + j + 1]!;
        o[oo + j + 2] = x[xo + j + 2]! * y[yo + j + 2]!;
        o[oo + j + 3] = x[xo + j + 3]! * y[yo + j + 3]!;
      }
      for (; j < n1; j++) o[oo + j] = x[xo + j]! * y[yo + j]!;
    }
  },
  vs: (o, oo, x, xo, xs0, y, yo, ys0, n0, n1) => {
    for (let i = 0; i < n0; i++, oo += n1, xo += xs0, yo += ys0) {
      const b = y[yo]!;
      let j = 0;
      for (; j + 3 < n1; j += 4) {
        o[oo + j] = x[xo + j]! * b;
        o[oo + j + 1] = x[xo + j + 1]! * b;
        o[oo + j + 2] = x[xo + j + 2]! * b;
        o[oo + j + 3] = x[xo + j + 3]! * b;
      }
      for (; j < n1; j++) o[oo + j] = x[xo + j]! * b;
    }
  },
  sv: (o, oo, x, xo, xs0, y, yo, ys0, n0, n1) => {
    for (let i = 0; i < n0; i++, oo += n1, xo += xs0, yo += ys0) {
      const a = x[xo]!;
      let j = 0;
      for (; j + 3 < n1; j += 4) {
        o[oo + j] = a * y[yo + j]!;
        o[oo + j + 1] = a * y[yo + j + 1]!;
        o[oo + j + 2] = a * y[yo + j + 2]!;
        o[oo + j + 3] = a * y[yo + j + 3]!;
      }
      for (; j < n1; j++) o[oo + j] = a * y[yo + j]!;
    }
  },
};

/**
 * Elementwise (Hadamard) product with numpy broadcasting; with a number it scales.
 *
 * cᵢ = aᵢ · bᵢ, where a and b are tensors of one dtype (or one of them a number, rounded to that
 * dtype as numpy does); shapes broadcast as in numpy. Computed in float64 and rounded once.
 * With `out` (the broadcast shape and dtype; it may be `a` or `b` itself) nothing is allocated.
 *
 * @example
 * ```ts
 * mul(tensor([1, 2, 3]), 2).toArray(); // [2, 4, 6]
 * ```
 * @throws TypeError if an operand is not a tensor or number, both are numbers, dtypes differ,
 *   or `out` has another dtype.
 * @throws RangeError if the shapes do not broadcast, `out` has another shape, or `out`
 *   partially overlaps an operand.
 */
export function mul<D extends DType>(a: Tensor<D> | number, b: Tensor<D> | number, out?: Tensor<D>): Tensor<D> {
  return binaryOp('mul', a, b, out, kernels);
}
