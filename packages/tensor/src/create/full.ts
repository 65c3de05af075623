import type { DataOf, DType } from '../DType.js';
import { allocate, checkDType } from '../internal/checkDType.js';
import { checkShape } from '../internal/checkShape.js';
import { format } from '../internal/format.js';
import { Tensor } from '../Tensor.js';

/**
 * A tensor of the given shape with every element equal to `value` (rounded to float32 when
 * `dtype` is 'float32'). `dtype` defaults to 'float64', like {@link tensor}.
 *
 * @example
 * ```ts
 * full([2, 2], 7).toArray(); // [[7, 7], [7, 7]]
 * ```
 * @throws TypeError if `value` is not a number or `dtype` is unknown.
 * @throws RangeError if a dimension is not a non-negative integer.
 */
export function full<D extends DType = 'float64'>(shape: readonly number[], value: number, dtype?: D): Tensor<D> {
  const size = checkShape('full', 'shape', shape);
  if (typeof value !== 'number') throw new TypeError(`full: value must be a number, got ${format(value)}`);
  const data = allocate(checkDType('full', 'dtype', dtype ?? 'float64'), size);
  if (!Object.is(value, 0)) data.fill(value);
  return new Tensor(data as DataOf<D>, shape);
}
