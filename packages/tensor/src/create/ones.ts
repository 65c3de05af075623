import { validateDType, validateShape } from '@nninit/internal';
import type { DataOf, DType } from '../DType.js';
import { allocateData } from '../internal/allocateData.js';
import { Tensor } from '../Tensor.js';

/**
 * A tensor of the given shape filled with 1. `dtype` defaults to 'float64', like {@link tensor}.
 *
 * @example
 * ```ts
 * ones([3]).toArray(); // [1, 1, 1]
 * ```
 * @throws TypeError if `dtype` is not a string (`null` included) or a dimension not a number.
 * @throws RangeError if `dtype` is another string, a dimension is not a non-negative integer, or
 *   the tensor would need more than 4 GiB.
 */
export function ones<D extends DType = 'float64'>(shape: readonly number[], dtype?: D): Tensor<D> {
  const size = validateShape('ones', 'shape', shape);
  const data = allocateData('ones', validateDType('ones', 'dtype', dtype, 'float64'), shape, size);
  data.fill(1);
  return new Tensor(data as DataOf<D>, shape);
}
