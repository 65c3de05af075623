/**
 * The element types nninit reads and writes in `.npy`, `.npz` and safetensors files, named as
 * numpy names them (`np.dtype(name)`), with `bfloat16` from ml_dtypes:
 *
 * | dtype | numpy `descr` | safetensors | in memory |
 * | --- | --- | --- | --- |
 * | `float16` | `<f2` | `F16` | `Float32Array` (every half is exactly a float32) |
 * | `bfloat16` | (none) | `BF16` | `Float32Array` (exact) |
 * | `float32` | `<f4` | `F32` | `Float32Array` |
 * | `float64` | `<f8` | `F64` | `Float64Array` |
 * | `int8` … `int32` | `|i1` `<i2` `<i4` | `I8` `I16` `I32` | `Int8Array` … `Int32Array` |
 * | `int64` | `<i8` | `I64` | `BigInt64Array` |
 * | `uint8` … `uint32` | `|u1` `<u2` `<u4` | `U8` `U16` `U32` | `Uint8Array` … `Uint32Array` |
 * | `uint64` | `<u8` | `U64` | `BigUint64Array` |
 *
 * @example
 * ```ts
 * const d: ArrayDType = 'bfloat16';
 * ```
 */
export type ArrayDType =
  | 'float16'
  | 'bfloat16'
  | 'float32'
  | 'float64'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64';

/**
 * The typed array that holds an {@link NdArray} of dtype `D` in memory (see {@link ArrayDType}).
 *
 * @example
 * ```ts
 * const data: ArrayDataOf<'int64'> = new BigInt64Array(2);
 * ```
 */
export type ArrayDataOf<D extends ArrayDType> = D extends 'float16' | 'bfloat16' | 'float32'
  ? Float32Array
  : D extends 'float64'
    ? Float64Array
    : D extends 'int8'
      ? Int8Array
      : D extends 'int16'
        ? Int16Array
        : D extends 'int32'
          ? Int32Array
          : D extends 'int64'
            ? BigInt64Array
            : D extends 'uint8'
              ? Uint8Array
              : D extends 'uint16'
                ? Uint16Array
                : D extends 'uint32'
                  ? Uint32Array
                  : D extends 'uint64'
                    ? BigUint64Array
                    : ArrayData;

/** Any typed array an {@link NdArray} may hold. */
export type ArrayData =
  | Float32Array
  | Float64Array
  | Int8Array
  | Int16Array
  | Int32Array
  | BigInt64Array
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | BigUint64Array;

/**
 * An array as the file formats store it: a dtype, a shape and the elements in row-major (C)
 * order, whatever order the file used. A plain record, so integer arrays (which a
 * `@nninit/tensor` Tensor cannot hold) read losslessly; {@link toTensor} turns a floating-point
 * one into a Tensor.
 *
 * @example
 * ```ts
 * const a: NdArray = { dtype: 'int32', shape: [2, 2], data: new Int32Array([1, 2, 3, 4]) };
 * ```
 */
export interface NdArray<D extends ArrayDType = ArrayDType> {
  readonly dtype: D;
  /** Dimensions, outermost first; `[]` for a 0-d array (one element). */
  readonly shape: readonly number[];
  /** `prod(shape)` elements, row-major. */
  readonly data: ArrayDataOf<D>;
}

/**
 * One array to write with a streaming writer ({@link npzChunks}, {@link safetensorsChunks}): its
 * name, dtype and shape up front, and its data either given or produced on demand, so only one
 * array at a time need be in memory. `data` may return a promise.
 *
 * @example
 * ```ts
 * const source: ArraySource = { name: 'w', dtype: 'float32', shape: [2], data: () => new Float32Array(2) };
 * ```
 */
export interface ArraySource<D extends ArrayDType = ArrayDType> {
  readonly name: string;
  readonly dtype: D;
  readonly shape: readonly number[];
  readonly data: ArrayDataOf<D> | (() => ArrayDataOf<D> | Promise<ArrayDataOf<D>>);
}

/**
 * One array to write with {@link safetensorsChunks} in consecutive pieces rather than whole: its
 * name, dtype and shape up front, and `chunks()`, called when the array's turn comes, giving
 * typed arrays of the dtype's in-memory type whose elements, in order, are the array's in C
 * order (any lengths, summing to the shape's size). Each piece is handed on before the next is
 * asked for, so with a consumer that writes each chunk before asking for the next
 * (`writeChunks`), a producer may refill one buffer: a tensor larger than memory streams
 * through a buffer of one piece.
 *
 * @example
 * ```ts
 * const rows: ArrayStreamSource = {
 *   name: 'w', dtype: 'float32', shape: [4096, 16384],
 *   chunks: function* () { const buf = new Float32Array(256 * 16384); for (let r = 0; r < 4096; r += 256) yield fill(buf, r); },
 * };
 * ```
 */
export interface ArrayStreamSource<D extends ArrayDType = ArrayDType> {
  readonly name: string;
  readonly dtype: D;
  readonly shape: readonly number[];
  readonly chunks: () => AsyncIterable<ArrayDataOf<D>> | Iterable<ArrayDataOf<D>>;
}
