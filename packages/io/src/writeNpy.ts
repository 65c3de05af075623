import { npyBytes } from './internal/npyBytes.js';
import type { WriteNpyOptions } from './internal/npyWrite.js';
import type { NdArray } from './NdArray.js';

export type { WriteNpyOptions } from './internal/npyWrite.js';

/**
 * Writes an array as a `.npy` file, byte for byte what numpy's `np.save` writes for the same
 * array (numpy ≥ 1.25: its header, with 21 − digits spaces of room for growth, padded so the
 * data starts at a multiple of 64 bytes). Options choose the version, the byte order and
 * Fortran order; every read option of numpy round-trips.
 *
 * @example
 * ```ts
 * const bytes = writeNpy({ dtype: 'float32', shape: [2], data: new Float32Array([1, 2]) });
 * bytes.length; // 136: a 128-byte header, then 8 bytes of data
 * ```
 * @throws TypeError or RangeError for an invalid array (unknown dtype, a typed array that is not
 *   the dtype's, a length that is not the shape's size), an unknown option, or bfloat16 (which
 *   numpy has no dtype for).
 */
export function writeNpy(array: NdArray, options?: WriteNpyOptions): Uint8Array {
  return npyBytes('writeNpy', array, options);
}
