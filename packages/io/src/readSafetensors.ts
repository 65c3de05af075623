import { parseSafetensorsHeader, parseSafetensorsPrefix } from './internal/safetensorsHeader.js';
import { decodeSafetensor } from './internal/safetensorsRead.js';
import { toBytes } from './internal/source.js';
import type { NdArray } from './NdArray.js';

/** A whole safetensors file: {@link readSafetensors}'s result. */
export interface Safetensors {
  /** The header's `__metadata__` (empty if absent). */
  readonly metadata: Readonly<Record<string, string>>;
  /** The tensors by name, in file order. */
  readonly tensors: ReadonlyMap<string, NdArray>;
}

/**
 * Reads a safetensors file held in memory (see {@link openSafetensors} to read one tensor of a
 * large file). F16 and BF16 widen to float32 exactly; I64/U64 become BigInt64Array/BigUint64Array.
 *
 * The header is validated as strictly as the reference reader (safetensors/src/tensor.rs) and
 * more: a header length over 100,000,000 or past the end of the file, JSON that is malformed or
 * has a duplicate key (which `JSON.parse` would silently accept), a dtype or shape that
 * disagrees with the tensor's byte length, offsets that overlap, leave gaps, or run past the
 * end, and bytes after the last tensor are all RangeErrors naming what was wrong.
 *
 * @example
 * ```ts
 * const { metadata, tensors } = readSafetensors(bytes);
 * tensors.get('embed.weight'); // { dtype: 'bfloat16', shape: [32000, 4096], data: Float32Array }
 * ```
 * @throws TypeError if `bytes` is not a Uint8Array or ArrayBuffer.
 * @throws RangeError for an invalid file (above), or a tensor whose dtype nninit does not read
 *   (BOOL, the F8/F6/F4 formats, C64).
 */
export function readSafetensors(bytes: Uint8Array | ArrayBuffer): Safetensors {
  const fn = 'readSafetensors';
  const all = toBytes(fn, 'bytes', bytes);
  const n = parseSafetensorsPrefix(fn, 'bytes', all.subarray(0, 8), all.length);
  const header = parseSafetensorsHeader(fn, 'bytes', all.subarray(8, 8 + n), all.length);
  const tensors = new Map<string, NdArray>();
  for (const e of header.entries) {
    tensors.set(e.name, decodeSafetensor(fn, e, all.subarray(e.byteOffset, e.byteOffset + e.byteLength)));
  }
  return { metadata: header.metadata, tensors };
}
