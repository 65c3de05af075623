import { fail, validateOptions } from '@nninit/internal';
import { npzDirectory, npzKey, npzMember } from './internal/npzRead.js';
import { toSource } from './internal/source.js';
import { runAsync } from './internal/steps.js';
import { validateMaxHeaderSize } from './internal/validateMaxHeaderSize.js';
import type { NdArray } from './NdArray.js';
import type { RandomAccessSource } from './RandomAccessSource.js';
import type { ReadNpyOptions } from './readNpy.js';

/** An opened `.npz` archive: {@link openNpz}'s result. */
export interface NpzFile {
  /** The arrays' keys (member names without `.npy`), in directory order. */
  readonly names: readonly string[];
  /** Reads one array: its member's bytes only. */
  read(name: string): Promise<NdArray>;
}

/**
 * Opens an `.npz` archive given as a Blob (a browser `File`), a file on disk
 * (`openFile` of `@nninit/io/node`), any {@link RandomAccessSource}, or bytes: reads only its
 * end records and central directory (zip64 included), so one array can then be read without
 * the members before it. Members are located by this package's directory reader and inflated
 * by fflate; see {@link readNpz} for the checks.
 * A deflated member is inflated whole, so reading it needs its compressed and uncompressed
 * sizes in memory at once; a stored one needs its size once more for the decoded array.
 *
 * @example
 * ```ts
 * const file = await openNpz(await openFile('weights.npz'));
 * file.names;                     // ['w1', 'b1', 'w2', 'b2']
 * const w2 = await file.read('w2');
 * ```
 * @throws (rejects with) the errors of {@link readNpz}, named `openNpz`; `read` rejects with
 *   a RangeError, named `NpzFile.read`, for an unknown name or a bad member.
 */
export async function openNpz(
  source: Blob | Uint8Array | ArrayBuffer | RandomAccessSource,
  options?: ReadNpyOptions,
): Promise<NpzFile> {
  const fn = 'openNpz';
  const { maxHeaderSize } = validateOptions(fn, options, ['maxHeaderSize']);
  const max = validateMaxHeaderSize(fn, maxHeaderSize);
  const bytes = toSource(fn, 'source', source);
  const members = await runAsync(npzDirectory(fn, 'source', bytes.size), bytes);
  const byKey = new Map(members.map((m) => [npzKey(m.name), m]));
  return {
    names: [...byKey.keys()],
    read: async (name: string) => {
      const readFn = 'NpzFile.read';
      const member = typeof name === 'string' ? byKey.get(name) : undefined;
      if (member === undefined) {
        const keys = [...byKey.keys()];
        const list = keys.length <= 8 ? keys.map((k) => JSON.stringify(k)).join(', ') : `${keys.length} names`;
        throw fail(
          typeof name === 'string' ? RangeError : TypeError,
          readFn,
          'name',
          `an array of the archive (${list})`,
          name,
        );
      }
      return runAsync(npzMember(readFn, 'the archive', member, max, bytes.fresh), bytes);
    },
  };
}
