import { validateOptions } from '@nninit/internal';
import { npzDirectory, npzKey, npzMember } from './internal/npzRead.js';
import { toBytes } from './internal/source.js';
import { runSync } from './internal/steps.js';
import { validateMaxHeaderSize } from './internal/validateMaxHeaderSize.js';
import type { NdArray } from './NdArray.js';
import type { ReadNpyOptions } from './readNpy.js';

/**
 * Reads every array of an `.npz` archive held in memory (see {@link openNpz} to read one array
 * of a large file): a zip of `.npy` files, as `np.savez` (stored) and `np.savez_compressed`
 * (deflated) write it, zip64 fields included (numpy writes them for every member). Keys are
 * member names without `.npy`, as `np.load(f)[key]` has them; each member is read as
 * {@link readNpy} reads a file, after its size and CRC-32 are checked. Decompression is fflate's.
 *
 * @example
 * ```ts
 * const arrays = readNpz(bytes);
 * arrays.get('arr_0'); // { dtype: 'float64', shape: [3], data: Float64Array(3) }
 * ```
 * @throws TypeError if `bytes` is not a Uint8Array or ArrayBuffer.
 * @throws RangeError for an archive that is not a valid zip (no end record, a directory or
 *   member out of bounds, an encrypted member, a method other than stored or deflated, bad
 *   deflate data, a CRC mismatch) or a member that is not a valid supported `.npy`.
 */
export function readNpz(bytes: Uint8Array | ArrayBuffer, options?: ReadNpyOptions): Map<string, NdArray> {
  const fn = 'readNpz';
  const { maxHeaderSize } = validateOptions(fn, options, ['maxHeaderSize']);
  const max = validateMaxHeaderSize(fn, maxHeaderSize);
  const all = toBytes(fn, 'bytes', bytes);
  const members = runSync(npzDirectory(fn, 'bytes', all.length), all);
  const arrays = new Map<string, NdArray>();
  for (const m of members) arrays.set(npzKey(m.name), runSync(npzMember(fn, 'bytes', m, max), all));
  return arrays;
}
