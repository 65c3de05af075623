import { allocate } from '@nninit/internal';
import type { NdArray } from '../NdArray.js';
import { npyParts, type WriteNpyOptions } from './npyWrite.js';

/** The whole `.npy` file of `array` in one buffer: {@link npyParts}' header, then its data. */
export function npyBytes(fn: string, array: NdArray, options: WriteNpyOptions | undefined): Uint8Array {
  const [header, data] = npyParts(fn, array, options);
  const length = header.length + data.length;
  const out = allocate(fn, `a .npy file of ${length} bytes`, Uint8Array, length);
  out.set(header);
  out.set(data, header.length);
  return out;
}
