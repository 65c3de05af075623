import { validateDType, validateShape } from '@nninit/internal';
import type { DataOf, DType } from '../DType.js';
import { allocateData } from '../internal/allocateData.js';
import { Tensor } from '../Tensor.js';

/**
 * A tensor of the given shape filled with 0. `dtype` defaults to 'float64', like {@link tensor}.
 *
 * @example
 * ```ts
 * zeros([2, 3], 'float32').toArray(); // [[0, 0, 0], [0, 0, 0]]
 * ```
 * @throws TypeError if `dtype` is not a string (`null` included) or a dimension not a number.
 * @throws RangeError if `dtype` is another string, a dimension is not a non-negative integer, or
 *   the tensor would need more than 4 GiB.
 */
export function zeros<D extends DType = 'float64'>(shape: readonly number[], dtype?: D): Tensor<D> {
  const size = validateShape('zeros', 'shape', shape);
  const type = validateDType('zeros', 'dtype', dtype, 'float64') as D;
  return new Tensor(allocateData('zeros', type, shape, size) as DataOf<D>, shape);
}
