import { fail } from '@nninit/internal';
import { parseSafetensorsHeader, parseSafetensorsPrefix } from './internal/safetensorsHeader.js';
import { decodeSafetensor } from './internal/safetensorsRead.js';
import { readExactly, toSource } from './internal/source.js';
import type { ArrayDType, NdArray } from './NdArray.js';
import type { RandomAccessSource } from './RandomAccessSource.js';

/** One tensor as a safetensors header declares it. */
export interface SafetensorsTensorInfo {
  readonly name: string;
  /** The file's dtype string: `F32`, `BF16`, `I64`, … (`BOOL` and the F8 formats included). */
  readonly fileDType: string;
  /** The {@link ArrayDType} it reads as, or undefined if nninit does not read that dtype. */
  readonly dtype: ArrayDType | undefined;
  readonly shape: readonly number[];
  /** Where its bytes are in the file, and how many. */
  readonly byteOffset: number;
  readonly byteLength: number;
}

/** An opened safetensors file: {@link openSafetensors}'s result. */
export interface SafetensorsFile {
  readonly metadata: Readonly<Record<string, string>>;
  /** Every tensor, in file order. */
  readonly tensors: readonly SafetensorsTensorInfo[];
  /** Reads one tensor: one slice of the file, its own bytes only. */
  read(name: string): Promise<NdArray>;
}

/**
 * Opens a safetensors file given as a Blob (a browser `File`), a file on disk
 * (`openFile` of `@nninit/io/node`), any {@link RandomAccessSource}, or bytes: reads and
 * validates only the header (two reads: the 8-byte length, then the JSON), so any one tensor
 * can then be read without reading the others. Same checks as {@link readSafetensors}.
 *
 * @example
 * ```ts
 * const file = await openSafetensors(await openFile('model.safetensors'));
 * file.tensors.map((t) => t.name);      // ['embed.weight', …]
 * const w = await file.read('lm_head.weight');
 * ```
 * @throws (rejects with) the errors of {@link readSafetensors}, named `openSafetensors`;
 *   `read` rejects with a RangeError, named `SafetensorsFile.read`, for an unknown name or a
 *   dtype nninit does not read.
 */
export async function openSafetensors(
  source: Blob | Uint8Array | ArrayBuffer | RandomAccessSource,
): Promise<SafetensorsFile> {
  const fn = 'openSafetensors';
  const bytes = toSource(fn, 'source', source);
  const head = await bytes.read(0, Math.min(8, bytes.size));
  const n = parseSafetensorsPrefix(fn, 'source', head, bytes.size);
  const headerBytes = await readExactly(fn, 'source', bytes, 8, n, 'its header');
  const header = parseSafetensorsHeader(fn, 'source', headerBytes, bytes.size);
  const byName = new Map(header.entries.map((e) => [e.name, e]));
  return {
    metadata: header.metadata,
    tensors: header.entries.map((e) => Object.freeze({ ...e })),
    read: async (name: string) => {
      const readFn = 'SafetensorsFile.read';
      const entry = typeof name === 'string' ? byName.get(name) : undefined;
      if (entry === undefined) {
        const names = [...byName.keys()];
        const list = names.length <= 8 ? names.map((k) => JSON.stringify(k)).join(', ') : `${names.length} names`;
        throw fail(
          typeof name === 'string' ? RangeError : TypeError,
          readFn,
          'name',
          `a tensor of the file (${list})`,
          name,
        );
      }
      const data = await readExactly(readFn, 'the file', bytes, entry.byteOffset, entry.byteLength, 'the tensor');
      return decodeSafetensor(readFn, entry, data, bytes.fresh);
    },
  };
}
