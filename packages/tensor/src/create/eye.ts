import { validateDType, validateNumber } from '@nninit/internal';
import type { DataOf, DType } from '../DType.js';
import { allocateData } from '../internal/allocateData.js';
import { Tensor } from '../Tensor.js';

/**
 * The n×m identity-like matrix: 1 where row = column, 0 elsewhere (`m` defaults to `n`, `dtype`
 * to 'float64'), as numpy's `np.eye(n, m)`.
 *
 * @example
 * ```ts
 * eye(2, 3).toArray(); // [[1, 0, 0], [0, 1, 0]]
 * ```
 * @throws TypeError if `n` or `m` is not a number or `dtype` is not a string (`null` included).
 * @throws RangeError if `n` or `m` is not a non-negative integer, `dtype` is another string, or
 *   the matrix would need more than 4 GiB.
 */
export function eye<D extends DType = 'float64'>(n: number, m?: number, dtype?: D): Tensor<D> {
  validateNumber('eye', 'n', n, { integer: true, min: 0 });
  const cols = m === undefined ? n : validateNumber('eye', 'm', m, { integer: true, min: 0 });
  const type = validateDType('eye', 'dtype', dtype, 'float64') as D;
  const data = allocateData('eye', type, [n, cols], n * cols);
  for (let i = 0; i < Math.min(n, cols); i++) data[i * cols + i] = 1;
  return new Tensor(data as DataOf<D>, [n, cols]);
}
