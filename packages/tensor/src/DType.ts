/**
 * The element types a {@link Tensor} can hold. Both are IEEE 754 binary floating point:
 * `float32` (24-bit significand, stored in a `Float32Array`) and `float64` (53-bit significand,
 * stored in a `Float64Array`).
 *
 * @example
 * ```ts
 * const d: DType = 'float32';
 * ```
 */
export type DType = 'float32' | 'float64';

/**
 * The typed array that stores a tensor of dtype `D`: `Float32Array` for `'float32'`,
 * `Float64Array` for `'float64'`.
 *
 * @example
 * ```ts
 * const data: DataOf<'float32'> = new Float32Array(4);
 * ```
 */
export type DataOf<D extends DType> = D extends 'float32'
  ? Float32Array
  : D extends 'float64'
    ? Float64Array
    : Float32Array | Float64Array;

/**
 * A nested array of numbers as `Tensor.toArray()` returns it and `tensor()` accepts it: a number
 * for a 0-d tensor, an array of numbers for 1-d, an array of arrays for 2-d, and so on.
 *
 * @example
 * ```ts
 * const rows: NestedArray = [[1, 2], [3, 4]];
 * ```
 */
export type NestedArray = number | NestedArray[];
