import { validateDType, validateShape } from '@nninit/internal';
import type { DataOf, DType } from '../DType.js';
import { allocateData } from '../internal/allocateData.js';
import { validateStorable } from '../internal/validateStorable.js';
import { Tensor } from '../Tensor.js';

/**
 * A tensor of the given shape with every element equal to `value` (rounded to float32 when
 * `dtype` is 'float32'). `dtype` defaults to 'float64', like {@link tensor}. `value` must be
 * finite and, for float32, within float32's range: a fill that would silently be NaN or
 * ±Infinity is refused (write such values into `data` explicitly if you mean them).
 *
 * @example
 * ```ts
 * full([2, 2], 7).toArray(); // [[7, 7], [7, 7]]
 * ```
 * @throws TypeError if `value` is not a number, `dtype` not a string (`null` included) or a
 *   dimension not a number.
 * @throws RangeError if `value` is not finite or (float32) beyond ±3.4028234663852886e38,
 *   `dtype` is another string, a dimension is not a non-negative integer, or the tensor would
 *   need more than 4 GiB.
 */
export function full<D extends DType = 'float64'>(shape: readonly number[], value: number, dtype?: D): Tensor<D> {
  const size = validateShape('full', 'shape', shape);
  const type = validateDType('full', 'dtype', dtype, 'float64');
  validateStorable('full', 'value', value, type);
  const data = allocateData('full', type, shape, size);
  if (!Object.is(value, 0)) data.fill(value);
  return new Tensor(data as DataOf<D>, shape);
}
