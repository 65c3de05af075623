import type { DataOf, DType } from '../DType.js';
import { allocate, checkDType } from '../internal/checkDType.js';
import { format } from '../internal/format.js';
import { Tensor } from '../Tensor.js';

/**
 * The n×m identity-like matrix: 1 where row = column, 0 elsewhere (`m` defaults to `n`, `dtype`
 * to 'float64'), as numpy's `np.eye(n, m)`.
 *
 * @example
 * ```ts
 * eye(2, 3).toArray(); // [[1, 0, 0], [0, 1, 0]]
 * ```
 * @throws TypeError if `n` or `m` is not a number or `dtype` is unknown.
 * @throws RangeError if `n` or `m` is not a non-negative integer.
 */
export function eye<D extends DType = 'float64'>(n: number, m?: number, dtype?: D): Tensor<D> {
  const cols = m ?? n;
  for (const [param, value] of [
    ['n', n],
    ['m', cols],
  ] as const) {
    if (typeof value !== 'number')
      throw new TypeError(`eye: ${param} must be a non-negative integer, got ${format(value)}`);
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`eye: ${param} must be a non-negative integer, got ${value}`);
    }
  }
  const data = allocate(checkDType('eye', 'dtype', dtype ?? 'float64'), n * cols);
  for (let i = 0; i < Math.min(n, cols); i++) data[i * cols + i] = 1;
  return new Tensor(data as DataOf<D>, [n, cols]);
}
