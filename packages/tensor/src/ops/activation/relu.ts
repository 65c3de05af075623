import type { DType } from '../../DType.js';
import { type UnaryKernel, unaryOp } from '../../internal/unaryOp.js';
import type { Tensor } from '../../Tensor.js';

const kernel: UnaryKernel = (o, x, n) => {
  const n4 = n - (n & 3);
  let i = 0;
  for (; i < n4; i += 4) {
    {
      const v = x[i]!;
      o[i] = v < 0 ? 0 : v;
    }
    {
      const v = x[i + 1]!;
      o[i + 1] = v < 0 ? 0 : v;
    }
    {
      const v = x[i + 2]!;
      o[i + 2] = v < 0 ? 0 : v;
    }
    {
      const v = x[i + 3]!;
      o[i + 3] = v < 0 ? 0 : v;
    }
  }
  for (; i < n; i++) {
    const v = x[i]!;
    o[i] = v < 0 ? 0 : v;
  }
};

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
  return unaryOp('relu', x, out, kernel);
}
