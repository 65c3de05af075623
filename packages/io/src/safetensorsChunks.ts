import { safetensorsStream, type WriteSafetensorsOptions } from './internal/safetensorsWrite.js';
import type { ArraySource, ArrayStreamSource } from './NdArray.js';

/**
 * Writes a safetensors file as a stream of chunks: the header first, then each tensor's bytes,
 * each source's `data()` called only when its turn comes. Peak memory is one tensor (none extra
 * for float32/float64/integers on a little-endian host, whose bytes are views of the data; a
 * converted copy for float16/bfloat16), plus the header. Validation of every name, dtype and
 * shape happens before the first chunk.
 *
 * The layout is the reference writer's (safetensors/src/tensor.rs `serialize`): tensors sorted
 * by dtype size (largest first) then name, packed without padding, the JSON header padded with
 * spaces to a multiple of 8 bytes, `__metadata__` first.
 *
 * A source may also be an {@link ArrayStreamSource}, whose `chunks()` gives the tensor in
 * consecutive pieces, each yielded (as a view for float32/float64) before the next is asked
 * for: a tensor is then never whole in memory. The pieces must add up to the shape's size,
 * checked as they come.
 *
 * @example
 * ```ts
 * const chunks = safetensorsChunks([
 *   { name: 'w', dtype: 'float32', shape: [1024, 1024], data: () => makeWeights() },
 * ], { metadata: { format: 'pt' } });
 * await writeChunks('model.safetensors', chunks); // @nninit/io/node
 * ```
 * @throws (the generator rejects with) TypeError or RangeError for invalid sources (duplicate or
 *   empty names, `__metadata__` as a name, unknown dtypes, data of the wrong type or length,
 *   pieces of the wrong type or adding up to another size) or options.
 */
export function safetensorsChunks(
  sources: readonly (ArraySource | ArrayStreamSource)[],
  options?: WriteSafetensorsOptions,
): AsyncGenerator<Uint8Array> {
  return safetensorsStream('safetensorsChunks', sources, options);
}
