import type { ArrayData, ArrayDType, NdArray } from '@nninit/io';
import fc from 'fast-check';
import { halfToFloatBits } from '../../src/internal/float16.js';

export const ALL_DTYPES: readonly ArrayDType[] = [
  'float16',
  'bfloat16',
  'float32',
  'float64',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
];
export const NUMPY_DTYPES = ALL_DTYPES.filter((d) => d !== 'bfloat16');

/** Bytes per element of each dtype, written out here rather than taken from the code under test. */
export const BYTES: Record<ArrayDType, number> = {
  float16: 2,
  bfloat16: 2,
  float32: 4,
  float64: 8,
  int8: 1,
  int16: 2,
  int32: 4,
  int64: 8,
  uint8: 1,
  uint16: 2,
  uint32: 4,
  uint64: 8,
};

const TYPES = {
  float32: Float32Array,
  float64: Float64Array,
  int8: Int8Array,
  int16: Int16Array,
  int32: Int32Array,
  int64: BigInt64Array,
  uint8: Uint8Array,
  uint16: Uint16Array,
  uint32: Uint32Array,
  uint64: BigUint64Array,
} as const;

/**
 * An array of `dtype` and `shape` whose elements are arbitrary bit patterns (NaN payloads,
 * subnormals, ±0, extremes); float16 and bfloat16 elements are exact widenings of arbitrary
 * 16-bit patterns, so every value is representable in the file's dtype.
 */
export function arrayOf(dtype: ArrayDType, shape: readonly number[]): fc.Arbitrary<NdArray> {
  const n = shape.reduce((a, b) => a * b, 1);
  return fc.uint8Array({ minLength: n * BYTES[dtype], maxLength: n * BYTES[dtype] }).map((raw) => {
    let data: ArrayData;
    if (dtype === 'float16' || dtype === 'bfloat16') {
      const view = new DataView(raw.buffer);
      const bits = new Uint32Array(n);
      for (let i = 0; i < n; i++) {
        const h = view.getUint16(2 * i, true);
        bits[i] = dtype === 'float16' ? halfToFloatBits(h) : (h << 16) >>> 0;
      }
      data = new Float32Array(bits.buffer);
    } else {
      data = new TYPES[dtype](raw.buffer, 0, n);
    }
    return { dtype, shape: [...shape], data } as NdArray;
  });
}

export const shapeArb = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 4 });

export function ndArray(dtypes: readonly ArrayDType[]): fc.Arbitrary<NdArray> {
  return fc.tuple(fc.constantFrom(...dtypes), shapeArb).chain(([d, s]) => arrayOf(d, s));
}

/** Names of arrays: ASCII identifiers, dotted paths, unicode, and prototype keys. */
export const nameArb = fc.oneof(
  fc.stringMatching(/^[a-z_][a-z0-9_.]{0,12}$/),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'çà/日本', 'a"b\\c', ' '),
);
