import { npzWriter, planNpz, type WriteNpzOptions } from './internal/npzWrite.js';
import { produce } from './internal/sources.js';
import type { ArraySource } from './NdArray.js';

/**
 * Writes an `.npz` archive as a stream of chunks, one array at a time: each source's `data()` is
 * called only when its turn comes, its `.npy` bytes go through fflate's streaming `Zip` (stored,
 * or deflated with `compress: true`) as member `<name>.npy`, and the chunks are yielded as they
 * are made. Peak memory is one array (plus its compressed form when deflating). Every name,
 * dtype and shape is validated before the first chunk. Archives are limited to 4 GiB (fflate
 * writes no zip64 records); use safetensors beyond.
 *
 * @example
 * ```ts
 * await writeChunks('weights.npz', npzChunks([  // writeChunks: @nninit/io/node
 *   { name: 'w', dtype: 'float32', shape: [256, 128], data: () => weights() },
 * ]));
 * ```
 * @throws (the generator rejects with) TypeError or RangeError for invalid sources (duplicate or
 *   empty names, unknown dtypes or bfloat16, data of the wrong type or length), options, or an
 *   archive over 4 GiB.
 */
export async function* npzChunks(
  sources: readonly ArraySource[],
  options?: WriteNpzOptions,
): AsyncGenerator<Uint8Array> {
  const fn = 'npzChunks';
  const { checked, headers, compress } = planNpz(fn, sources, options);
  const writer = npzWriter(fn, compress);
  for (const [i, source] of checked.entries()) {
    const data = await produce(fn, i, source);
    yield* writer.member(source, headers[i] as Uint8Array, data);
  }
  yield* writer.end();
}
