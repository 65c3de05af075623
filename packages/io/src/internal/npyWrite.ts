import { fail, validateOptions } from '@nninit/internal';
import type { NdArray } from '../NdArray.js';
import { encodeData } from './codec.js';
import { formatNpyHeader } from './npyHeader.js';
import { validateNdArray } from './validateArray.js';

/** Options of writeNpy and npyChunks. */
export interface WriteNpyOptions {
  /** The format version; default the oldest that fits, as `np.save` chooses (1.0 unless the header is over 64 KiB). */
  readonly version?: '1.0' | '2.0' | '3.0';
  /** The byte order of the elements in the file; default `'little'`. */
  readonly byteOrder?: 'little' | 'big';
  /** Store the elements in Fortran (column-major) order; default false. */
  readonly fortranOrder?: boolean;
}

/** The header and the data bytes of a `.npy` file (the data a view of `array.data` when possible). */
export function npyParts(fn: string, array: NdArray, options: WriteNpyOptions | undefined): [Uint8Array, Uint8Array] {
  const { info } = validateNdArray(fn, 'array', array);
  const { version, byteOrder, fortranOrder } = validateOptions(fn, options, ['version', 'byteOrder', 'fortranOrder']);
  if (version !== undefined && version !== '1.0' && version !== '2.0' && version !== '3.0') {
    throw fail(
      typeof version === 'string' ? RangeError : TypeError,
      fn,
      'options.version',
      '"1.0", "2.0" or "3.0"',
      version,
    );
  }
  if (byteOrder !== undefined && byteOrder !== 'little' && byteOrder !== 'big') {
    throw fail(
      typeof byteOrder === 'string' ? RangeError : TypeError,
      fn,
      'options.byteOrder',
      '"little" or "big"',
      byteOrder,
    );
  }
  if (fortranOrder !== undefined && typeof fortranOrder !== 'boolean') {
    throw fail(TypeError, fn, 'options.fortranOrder', 'a boolean', fortranOrder);
  }
  if (info.npy === undefined) {
    throw fail(
      RangeError,
      fn,
      'array.dtype',
      'a dtype numpy has (numpy has no bfloat16; write it to safetensors)',
      array.dtype,
    );
  }
  const little = byteOrder !== 'big';
  const descr = `${info.bytes === 1 ? '|' : little ? '<' : '>'}${info.npy}`;
  const fortran = fortranOrder ?? false;
  const header = formatNpyHeader(descr, fortran, array.shape, version);
  if (header[6] === 1 && header.length > 0xffff + 10) {
    throw new RangeError(
      `${fn}: options.version must be "2.0" or "3.0" for a header of ${header.length} bytes, got "1.0"`,
    );
  }
  return [header, encodeData(fn, array.data, info, array.shape, little, fortran)];
}
