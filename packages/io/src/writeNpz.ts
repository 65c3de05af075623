import { allocate } from '@nninit/internal';
import { npzWriter, planNpz, type WriteNpzOptions } from './internal/npzWrite.js';
import { sourcesOf } from './internal/sources.js';
import type { ArrayData, NdArray } from './NdArray.js';

export type { WriteNpzOptions } from './internal/npzWrite.js';

/**
 * Writes arrays as an `.npz` archive in memory, as `np.savez` (or, with `compress: true`,
 * `np.savez_compressed`) would: member `<key>.npy` per array, each a `.npy` file byte for byte
 * as `np.save` writes it, zipped by fflate. See {@link npzChunks} to stream a large archive.
 *
 * @example
 * ```ts
 * const bytes = writeNpz({ w: { dtype: 'float64', shape: [2], data: new Float64Array([1, 2]) } });
 * readNpz(bytes).get('w')?.data; // Float64Array [1, 2]
 * ```
 * @throws TypeError or RangeError for invalid arrays (see {@link NdArray}), bfloat16 (numpy has
 *   no such dtype), an unknown option, or an archive over 4 GiB.
 */
export function writeNpz(
  arrays: Readonly<Record<string, NdArray>> | ReadonlyMap<string, NdArray>,
  options?: WriteNpzOptions,
): Uint8Array {
  const fn = 'writeNpz';
  const { checked, headers, compress } = planNpz(fn, sourcesOf(fn, 'arrays', arrays), options);
  const writer = npzWriter(fn, compress);
  const chunks: Uint8Array[] = [];
  for (const [i, source] of checked.entries()) {
    chunks.push(...writer.member(source, headers[i] as Uint8Array, source.data as ArrayData));
  }
  chunks.push(...writer.end());
  let total = 0;
  for (const c of chunks) total += c.length;
  const out = allocate(fn, `an .npz archive of ${total} bytes`, Uint8Array, total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
