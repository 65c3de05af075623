import type { DataOf, DType } from '../DType.js';
import { allocate, checkDType } from '../internal/checkDType.js';
import { checkShape } from '../internal/checkShape.js';
import { Tensor } from '../Tensor.js';

/**
 * A tensor of the given shape filled with 1. `dtype` defaults to 'float64', like {@link tensor}.
 *
 * @example
 * ```ts
 * ones([3]).toArray(); // [1, 1, 1]
 * ```
 * @throws TypeError if `dtype` is unknown.
 * @throws RangeError if a dimension is not a non-negative integer.
 */
export function ones<D extends DType = 'float64'>(shape: readonly number[], dtype?: D): Tensor<D> {
  const size = checkShape('ones', 'shape', shape);
  const data = allocate(checkDType('ones', 'dtype', dtype ?? 'float64'), size);
  data.fill(1);
  return new Tensor(data as DataOf<D>, shape);
}
