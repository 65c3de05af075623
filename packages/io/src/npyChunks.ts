import { npyParts, type WriteNpyOptions } from './internal/npyWrite.js';
import type { NdArray } from './NdArray.js';

/**
 * The bytes of {@link writeNpy}'s file as two chunks, the header and the data, without joining
 * them: in native byte order and C order the data chunk is a view of `array.data`, so writing it
 * to a stream or a file (`writeChunks` of `@nninit/io/node`) costs no copy.
 *
 * @example
 * ```ts
 * const [header, data] = npyChunks({ dtype: 'float64', shape: [], data: new Float64Array([1]) });
 * header.length; // 128
 * data.length;   // 8
 * ```
 * @throws The errors of {@link writeNpy}, named `npyChunks`.
 */
export function npyChunks(array: NdArray, options?: WriteNpyOptions): [Uint8Array, Uint8Array] {
  return npyParts('npyChunks', array, options);
}
