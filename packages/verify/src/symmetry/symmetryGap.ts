import { fail } from '@nninit/internal';
import { validateOneOf } from '../internal/validateOneOf.js';

/**
 * A weight matrix as plain data: row-major values and a shape (a Tensor fits structurally).
 *
 * @example
 * const m: WeightMatrix = { data: new Float32Array(6), shape: [2, 3] }; // symmetryGap(m) = 0
 */
export interface WeightMatrix {
  readonly data: ArrayLike<number>;
  readonly shape: readonly number[];
}

/**
 * How far the rows (or columns) of a weight matrix are from being identical: the largest
 * difference between two units in any coordinate,
 *   gap_rows(W) = max_j (max_i W[i, j] − min_i W[i, j]),
 * and symmetrically for columns. It is exactly 0 when every unit is the same (the symmetric
 * state that zero or constant initialization puts a layer in and gradient descent never leaves),
 * and > 0 as soon as one weight differs. For W of shape [fanOut, fanIn] (PyTorch), rows are the
 * units' incoming weights and columns the previous layer's units' outgoing weights; a rank-1
 * shape (a bias) is one column, higher ranks flatten to [shape[0], ∏rest].
 *
 * Reference: the symmetry-breaking argument of Goodfellow, Bengio & Courville, Deep Learning
 * (2016) §8.4; the deeplearning.ai "Initialization" notebook (zeros keep every unit identical).
 *
 * @param axis - 'rows' (default) or 'columns'
 * @example
 * symmetryGap({ data: [1, 2, 1, 2], shape: [2, 2] }); // 0
 * symmetryGap({ data: [1, 2, 1, 2.5], shape: [2, 2] }, 'rows'); // 0.5
 */
export function symmetryGap(matrix: WeightMatrix, axis: 'rows' | 'columns' = 'rows'): number {
  const fn = 'symmetryGap';
  if (typeof matrix !== 'object' || matrix === null)
    throw fail(TypeError, fn, 'matrix', 'an object { data, shape }', matrix);
  const { data, shape } = matrix;
  if (!Array.isArray(shape) || shape.length === 0 || !shape.every((d) => Number.isInteger(d) && d >= 0)) {
    throw fail(TypeError, fn, 'matrix.shape', 'a non-empty array of non-negative integers', shape);
  }
  if (typeof data !== 'object' || data === null || typeof data.length !== 'number')
    throw fail(TypeError, fn, 'matrix.data', 'an array-like of numbers', data);
  const rows = shape[0]!;
  const columns = shape.slice(1).reduce((p, d) => p * d, 1);
  if (data.length !== rows * columns)
    throw fail(RangeError, fn, 'matrix.data.length', `${rows * columns} (the product of the shape)`, data.length);
  const by = validateOneOf(fn, 'axis', axis, ['rows', 'columns'], 'rows');
  const [units, coordinates] = by === 'rows' ? [rows, columns] : [columns, rows];
  const at =
    by === 'rows'
      ? (unit: number, c: number) => data[unit * columns + c]!
      : (unit: number, c: number) => data[c * columns + unit]!;
  let gap = 0;
  for (let c = 0; c < coordinates; c++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let u = 0; u < units; u++) {
      const v = at(u, c);
      if (!Number.isFinite(v)) throw fail(RangeError, fn, 'matrix.data', 'finite numbers (no NaN or ±Infinity)', v);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (units > 0 && hi - lo > gap) gap = hi - lo;
  }
  return gap;
}
