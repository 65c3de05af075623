import { allocate } from '@nninit/internal';
import { encodeData } from './internal/codec.js';
import { planSafetensors, type WriteSafetensorsOptions } from './internal/safetensorsWrite.js';
import { sourcesOf } from './internal/sources.js';
import type { NdArray } from './NdArray.js';

export type { WriteSafetensorsOptions } from './internal/safetensorsWrite.js';

/**
 * Writes arrays as one safetensors file in memory (see {@link safetensorsChunks} to stream a
 * large one). Tensors are laid out as the reference writer lays them out: by dtype size, then
 * name; the header is padded with spaces to a multiple of 8 bytes.
 *
 * @example
 * ```ts
 * const bytes = writeSafetensors(
 *   { w: { dtype: 'float32', shape: [2], data: new Float32Array([1, 2]) } },
 *   { metadata: { format: 'pt' } },
 * );
 * readSafetensors(bytes).tensors.get('w')?.data; // Float32Array [1, 2]
 * ```
 * @throws TypeError or RangeError for invalid arrays (see {@link NdArray}), the name
 *   `__metadata__`, metadata that is not strings, or an unknown option.
 */
export function writeSafetensors(
  arrays: Readonly<Record<string, NdArray>> | ReadonlyMap<string, NdArray>,
  options?: WriteSafetensorsOptions,
): Uint8Array {
  const fn = 'writeSafetensors';
  const { header, ordered } = planSafetensors(fn, sourcesOf(fn, 'arrays', arrays), options);
  let total = header.length;
  for (const { source } of ordered) total += source.size * source.info.bytes;
  const out = allocate(fn, `a safetensors file of ${total} bytes`, Uint8Array, total);
  out.set(header);
  let offset = header.length;
  for (const { source } of ordered) {
    const bytes = encodeData(fn, source.data as NdArray['data'], source.info, source.shape, true, false);
    out.set(bytes, offset);
    offset += bytes.length;
  }
  return out;
}
