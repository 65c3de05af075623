import { formatValue, validateDType, validateShape } from '@nninit/internal';
import type { DataOf, DType, NestedArray } from './DType.js';
import { allocateData } from './internal/allocateData.js';
import { formatShape } from './internal/format.js';
import { FLOAT32_MAX, validateFloat32Range } from './internal/validateStorable.js';

/**
 * An n-dimensional array of `float32` or `float64` numbers, stored row-major (C order) and
 * contiguously in one typed array: the element at index (i₀, …, iₙ₋₁) of a tensor of shape
 * (d₀, …, dₙ₋₁) is `data[((i₀·d₁ + i₁)·d₂ + …)·dₙ₋₁ + iₙ₋₁]`.
 *
 * `shape` is frozen and `data` is exposed so kernels and initializers can fill it directly.
 * The constructor adopts `data` without copying (a view); {@link tensor} copies. A tensor's
 * dtype is the dtype of its typed array, so the two can never disagree.
 *
 * @example
 * ```ts
 * const t = new Tensor(new Float32Array([1, 2, 3, 4, 5, 6]), [2, 3]);
 * t.get(1, 2);           // 6
 * t.reshape([3, 2]).toArray(); // [[1, 2], [3, 4], [5, 6]]
 * ```
 */
export class Tensor<D extends DType = DType> {
  /** Dimensions, outermost first; `[]` for a 0-d (scalar) tensor. Frozen. */
  readonly shape: readonly number[];
  /** `'float32'` or `'float64'`, the element type of `data`. */
  readonly dtype: D;
  /** The elements, row-major and contiguous; `data.length === size`. */
  readonly data: DataOf<D>;
  /** Number of elements: the product of `shape` (1 for a 0-d tensor). */
  readonly size: number;

  /**
   * Wraps `data` (not copied) as a tensor of the given shape (default `[data.length]`).
   * @throws TypeError if `data` is not a Float32Array or Float64Array.
   * @throws RangeError if a dimension is not a non-negative integer or the shape's size differs
   *   from `data.length`.
   */
  constructor(data: DataOf<D>, shape?: readonly number[]) {
    let dtype: DType;
    if (data instanceof Float32Array) dtype = 'float32';
    else if (data instanceof Float64Array) dtype = 'float64';
    else throw new TypeError(`Tensor: data must be a Float32Array or a Float64Array, got ${formatValue(data)}`);
    const dims = shape ?? [data.length];
    const size = validateShape('Tensor', 'shape', dims);
    if (size !== data.length) {
      throw new RangeError(
        `Tensor: data.length must equal the size ${size} of shape ${formatShape(dims)}, got ${data.length}`,
      );
    }
    this.shape = Object.freeze(dims.slice());
    this.dtype = dtype as D;
    this.data = data;
    this.size = size;
  }

  /** Number of dimensions (`shape.length`). */
  get rank(): number {
    return this.shape.length;
  }

  /**
   * The element at `index` (one integer per dimension, each in [0, dim)).
   * @throws RangeError on a wrong number of indices or an index out of range.
   */
  get(...index: number[]): number {
    return this.data[this.offset('Tensor.get', index)] as number;
  }

  /**
   * Writes `value` at `index` (one integer per dimension) and returns this tensor.
   * @throws RangeError on a wrong number of indices or an index out of range.
   * @throws TypeError if `value` is not a number.
   * @throws RangeError if `value` is finite but float32 would round it to ±Infinity (a float32
   *   tensor); NaN and ±Infinity are stored as given.
   */
  set(index: readonly number[], value: number): this {
    const offset = this.offset('Tensor.set', index);
    if (typeof value !== 'number') throw new TypeError(`Tensor.set: value must be a number, got ${formatValue(value)}`);
    if (this.dtype === 'float32') validateFloat32Range('Tensor.set', 'value', value);
    this.data[offset] = value;
    return this;
  }

  /**
   * The same elements under another shape, sharing `data` (no copy). One dimension may be `-1`:
   * it is inferred from the size.
   * @throws RangeError if the new shape's size differs or a dimension is invalid.
   */
  reshape(shape: readonly number[]): Tensor<D> {
    const fn = 'Tensor.reshape';
    if (!Array.isArray(shape))
      throw new TypeError(`${fn}: shape must be an array of integers, got ${formatValue(shape)}`);
    const inferred = shape.indexOf(-1);
    let dims = shape;
    if (inferred >= 0 && shape.indexOf(-1, inferred + 1) < 0) {
      let known = 1;
      for (let i = 0; i < shape.length; i++) if (i !== inferred) known *= shape[i] as number;
      const rest = known === 0 ? 0 : this.size / known;
      if (Number.isInteger(rest)) dims = shape.map((d, i) => (i === inferred ? rest : d));
    }
    const size = validateShape(fn, 'shape', dims);
    if (size !== this.size) {
      throw new RangeError(
        `${fn}: shape must have the size ${this.size} of ${formatShape(this.shape)}, got ${formatShape(shape)}`,
      );
    }
    return new Tensor(this.data, dims);
  }

  /** The elements as nested arrays (a number for a 0-d tensor). */
  toArray(): NestedArray {
    const { shape, data } = this;
    if (shape.length === 0) return data[0] as number;
    const build = (axis: number, offset: number, stride: number): NestedArray[] => {
      const n = shape[axis] as number;
      const inner = n === 0 ? 0 : stride / n;
      const rows: NestedArray[] = new Array<NestedArray>(n);
      for (let i = 0; i < n; i++) {
        rows[i] = axis === shape.length - 1 ? (data[offset + i] as number) : build(axis + 1, offset + i * inner, inner);
      }
      return rows;
    };
    return build(0, 0, this.size);
  }

  /**
   * The only element of a tensor of size 1, as a number.
   * @throws RangeError if `size !== 1`.
   */
  item(): number {
    if (this.size !== 1) {
      throw new RangeError(`Tensor.item: size must be 1, got ${this.size} (shape ${formatShape(this.shape)})`);
    }
    return this.data[0] as number;
  }

  /**
   * A copy with its own `data`.
   * @throws RangeError if the host cannot allocate the copy.
   */
  clone(): Tensor<D> {
    const data = allocateData('Tensor.clone', this.dtype, this.shape, this.size);
    data.set(this.data);
    return new Tensor(data, this.shape);
  }

  /**
   * A copy converted to `dtype` (float64 → float32 rounds to nearest); the one explicit
   * conversion, since ops never convert silently.
   * A finite float64 element that float32 would round to ±Infinity is refused, not converted.
   * @throws TypeError if `dtype` is not a string (`null` included).
   * @throws RangeError if `dtype` is another string, a finite element is beyond float32's range
   *   (converting to float32), or the host cannot allocate the copy.
   */
  astype<T extends DType>(dtype: T): Tensor<T> {
    const fn = 'Tensor.astype';
    const type = validateDType(fn, 'dtype', dtype) as T;
    if (type === 'float32' && this.dtype === 'float64') {
      const src = this.data;
      for (let i = 0; i < src.length; i++) {
        const v = src[i] as number;
        if (v > FLOAT32_MAX || v < -FLOAT32_MAX) validateFloat32Range(fn, `element ${i}`, v);
      }
    }
    const data = allocateData(fn, type, this.shape, this.size);
    data.set(this.data);
    return new Tensor(data as DataOf<T>, this.shape);
  }

  private offset(fn: string, index: readonly number[]): number {
    const { shape } = this;
    if (!Array.isArray(index) || index.length !== shape.length) {
      throw new RangeError(
        `${fn}: index must have ${shape.length} entries (one per dimension of ${formatShape(shape)}), got ${formatValue(index)}`,
      );
    }
    let offset = 0;
    for (let k = 0; k < shape.length; k++) {
      const i: unknown = index[k];
      const n = shape[k] as number;
      if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= n) {
        throw new RangeError(`${fn}: index[${k}] must be an integer in [0, ${n}), got ${formatValue(i)}`);
      }
      offset = offset * n + i;
    }
    return offset;
  }
}
