import type { DataOf, DType } from '../DType.js';
import { allocate, checkDType } from '../internal/checkDType.js';
import { checkShape } from '../internal/checkShape.js';
import { Tensor } from '../Tensor.js';

/**
 * A tensor of the given shape filled with 0. `dtype` defaults to 'float64', like {@link tensor}.
 *
 * @example
 * ```ts
 * zeros([2, 3], 'float32').toArray(); // [[0, 0, 0], [0, 0, 0]]
 * ```
 * @throws TypeError if `dtype` is unknown.
 * @throws RangeError if a dimension is not a non-negative integer.
 */
export function zeros<D extends DType = 'float64'>(shape: readonly number[], dtype?: D): Tensor<D> {
  const size = checkShape('zeros', 'shape', shape);
  return new Tensor(allocate(checkDType('zeros', 'dtype', dtype ?? 'float64'), size) as DataOf<D>, shape);
}
