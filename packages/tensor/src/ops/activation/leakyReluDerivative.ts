import type { DType } from '../../DType.js';
import { type UnaryKernel, unaryOp } from '../../internal/unaryOp.js';
import { validateAlpha } from '../../internal/validateAlpha.js';
import type { Tensor } from '../../Tensor.js';

const kernel: UnaryKernel = (o, x, n, alpha) => {
  const n4 = n - (n & 3);
  let i = 0;
  for (; i < n4; i += 4) {
    {
      const v = x[i]!;
      o[i] = v > 0 ? 1 : v <= 0 ? alpha : v;
    }
    {
      const v = x[i + 1]!;
      o[i + 1] = v > 0 ? 1 : v <= 0 ? alpha : v;
    }
    {
      const v = x[i + 2]!;
      o[i + 2] = v > 0 ? 1 : v <= 0 ? alpha : v;
    }
    {
      const v = x[i + 3]!;
      o[i + 3] = v > 0 ? 1 : v <= 0 ? alpha : v;
    }
  }
  for (; i < n; i++) {
    const v = x[i]!;
    o[i] = v > 0 ? 1 : v <= 0 ? alpha : v;
  }
};

/**
 * Derivative of {@link leakyRelu} at the pre-activation x (α at x = 0, as PyTorch; NaN
 * propagates); α defaults to 0.01.
 *
 * leakyRelu′(x) = 1 if x > 0, else α, elementwise. With `out` (x's shape and dtype; it may be
 * x itself) nothing is allocated.
 *
 * @example
 * ```ts
 * leakyReluDerivative(tensor([-1, 0, 2])).toArray(); // [0.01, 0.01, 1]
 * ```
 * @throws TypeError if x or out is not a tensor, alpha is not a number, or out has another dtype.
 * @throws RangeError if alpha is not finite, does not fit x's dtype, or (leakyRelu, |alpha| > 1)
 *   would take alpha·x beyond it; or out has another shape or partially overlaps x.
 */
export function leakyReluDerivative<D extends DType>(x: Tensor<D>, alpha?: number, out?: Tensor<D>): Tensor<D> {
  return unaryOp('leakyReluDerivative', x, out, kernel, validateAlpha('leakyReluDerivative', alpha ?? 0.01, x, false));
}
