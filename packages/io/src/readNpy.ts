import { validateOptions } from '@nninit/internal';
import { readNpyBytes } from './internal/npyRead.js';
import { toBytes } from './internal/source.js';
import { validateMaxHeaderSize } from './internal/validateMaxHeaderSize.js';
import type { NdArray } from './NdArray.js';

/** Options of {@link readNpy} and {@link openNpy}. */
export interface ReadNpyOptions {
  /**
   * The longest header accepted, in bytes; default 10,000, numpy's `max_header_size`. A longer
   * header is refused before it is read: numpy guards its `literal_eval` the same way.
   */
  readonly maxHeaderSize?: number;
}

/**
 * Reads a `.npy` file held in memory: format versions 1.0, 2.0 and 3.0, little- or big-endian,
 * C or Fortran order, 0-d arrays, dtypes float16/32/64 and (u)int8…64 (see {@link ArrayDType}).
 * The result is always C order and host byte order; float16 widens to float32 exactly.
 *
 * The format is numpy's (numpy/lib/_format_impl.py): the magic `\x93NUMPY`, a version, a header
 * length, a Python dict literal `{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }`
 * (parsed by a small strict parser, never evaluated), then the raw elements. Object arrays are
 * pickles and are refused; nothing is ever unpickled.
 *
 * @example
 * ```ts
 * const a = readNpy(bytes); // { dtype: 'float32', shape: [2, 3], data: Float32Array(6) }
 * ```
 * @throws TypeError if `bytes` is not a Uint8Array or ArrayBuffer.
 * @throws RangeError for a file that is not a valid supported `.npy`: wrong magic, unknown
 *   version, a header longer than `maxHeaderSize`, a malformed header, an unsupported dtype, a
 *   truncated file or bytes after the data, or an array over 4 GiB.
 */
export function readNpy(bytes: Uint8Array | ArrayBuffer, options?: ReadNpyOptions): NdArray {
  const fn = 'readNpy';
  const { maxHeaderSize } = validateOptions(fn, options, ['maxHeaderSize']);
  return readNpyBytes(fn, 'bytes', toBytes(fn, 'bytes', bytes), validateMaxHeaderSize(fn, maxHeaderSize));
}
