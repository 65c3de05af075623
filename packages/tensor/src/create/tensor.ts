import { fail, formatValue, validateDType, validateShape } from '@nninit/internal';
import type { DataOf, DType, NestedArray } from '../DType.js';
import { allocateData } from '../internal/allocateData.js';
import { formatShape } from '../internal/format.js';
import { validateFloat32Range } from '../internal/validateStorable.js';
import { Tensor } from '../Tensor.js';

/**
 * Creates a tensor from a number, nested arrays of numbers, or a typed array, copying the data.
 *
 * - A `Float32Array` gives a float32 tensor and a `Float64Array` a float64 one; asking for the
 *   other dtype is a TypeError (convert explicitly with `Tensor.astype`).
 * - Numbers and nested arrays default to **float64**: JavaScript numbers are float64, so the
 *   tensor holds exactly what was written (`tensor([0.1]).get(0) === 0.1`), as numpy's
 *   `np.array` does. Pass `'float32'` for speed; initializers choose their own dtype.
 * - Elements are copied as written, NaN and ±Infinity included; but a finite number that
 *   float32 cannot hold (beyond ±3.4028234663852886e38) is refused rather than stored as ±Infinity.
 * - `shape` defaults to the nesting (or `[length]` for a typed array, `[]` for a number); when
 *   given it must have the same size, and the data is read row-major.
 *
 * @example
 * ```ts
 * tensor([[1, 2, 3], [4, 5, 6]]).shape;        // [2, 3]
 * tensor([1, 2, 3, 4], [2, 2], 'float32').dtype; // 'float32'
 * tensor(new Float32Array([1, 2]), [2, 1]).toArray(); // [[1], [2]]
 * ```
 * @throws TypeError for data of the wrong kind, a non-number element, or a dtype that
 *   contradicts a typed array.
 * @throws RangeError for ragged nesting, an invalid shape, a shape whose size differs from
 *   the number of elements, an unknown dtype name, a finite element that float32 would round to
 *   ±Infinity, or data that would need more than 4 GiB.
 */
export function tensor(data: Float32Array, shape?: readonly number[], dtype?: 'float32'): Tensor<'float32'>;
export function tensor(data: Float64Array, shape?: readonly number[], dtype?: 'float64'): Tensor<'float64'>;
export function tensor<D extends DType = 'float64'>(
  data: NestedArray | readonly NestedArray[],
  shape?: readonly number[],
  dtype?: D,
): Tensor<D>;
export function tensor(data: unknown, shape?: readonly number[], dtype?: DType): Tensor {
  const fn = 'tensor';
  if (dtype !== undefined) validateDType(fn, 'dtype', dtype);
  if (shape !== undefined) validateShape(fn, 'shape', shape);
  if (data instanceof Float32Array || data instanceof Float64Array) {
    const own: DType = data instanceof Float32Array ? 'float32' : 'float64';
    if (dtype !== undefined && dtype !== own) {
      throw fail(TypeError, fn, 'dtype', `"${own}" (the dtype of ${formatValue(data)})`, dtype);
    }
    const dims = shape ?? [data.length];
    validateSize(fn, dims, data.length);
    const copy = allocateData(fn, own, dims, data.length);
    copy.set(data);
    return new Tensor(copy, dims);
  }
  if (typeof data !== 'number' && !Array.isArray(data)) {
    throw new TypeError(
      `${fn}: data must be a number, a nested array of numbers, a Float32Array or a Float64Array, got ${formatValue(data)}`,
    );
  }
  const nested = inferShape(data);
  const size = nested.reduce((p, d) => p * d, 1);
  const dims = shape ?? nested;
  validateSize(fn, dims, size);
  // Every element is checked before the typed array is allocated: a call that fails allocates
  // nothing (a sparse `new Array(1e8)` is refused at its first hole, not after 800 MB).
  validateNested(data, nested, 0, 'data', (dtype ?? 'float64') === 'float32');
  const out = allocateData(fn, dtype ?? 'float64', nested, size);
  copyNested(data, nested, 0, out, 0);
  return new Tensor(out as DataOf<DType>, dims);
}

function validateSize(fn: string, shape: readonly number[], count: number): void {
  const size = shape.reduce((p, d) => p * d, 1);
  if (size !== count) {
    throw new RangeError(`${fn}: shape must have size ${count} (the number of elements), got ${formatShape(shape)}`);
  }
}

/** The shape implied by the first element at every level of nesting. */
function inferShape(data: unknown): number[] {
  const shape: number[] = [];
  let level = data;
  while (Array.isArray(level)) {
    shape.push(level.length);
    if (level.length === 0) break;
    level = level[0];
  }
  return shape;
}

/** Checks every level of `data` against `shape` and every element (a number; within float32's range for float32). */
function validateNested(data: unknown, shape: readonly number[], axis: number, path: string, float32: boolean): void {
  if (axis === shape.length) {
    if (typeof data !== 'number') throw new TypeError(`tensor: ${path} must be a number, got ${formatValue(data)}`);
    if (float32) validateFloat32Range('tensor', path, data);
    return;
  }
  const n = shape[axis] as number;
  if (!Array.isArray(data) || data.length !== n) {
    const got = Array.isArray(data) ? `length ${data.length}` : formatValue(data);
    throw new RangeError(`tensor: ${path} must be an array of length ${n} (ragged nesting), got ${got}`);
  }
  for (let i = 0; i < n; i++) validateNested(data[i], shape, axis + 1, `${path}[${i}]`, float32);
}

/** Copies validated `data` row-major into `out`; returns the next offset. */
function copyNested(
  data: unknown,
  shape: readonly number[],
  axis: number,
  out: Float32Array | Float64Array,
  offset: number,
): number {
  if (axis === shape.length) {
    out[offset] = data as number;
    return offset + 1;
  }
  const rows = data as unknown[];
  for (let i = 0; i < rows.length; i++) offset = copyNested(rows[i], shape, axis + 1, out, offset);
  return offset;
}
