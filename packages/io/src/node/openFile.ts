import { open, stat } from 'node:fs/promises';
import { fail } from '@nninit/internal';
import { FRESH_READS } from '../internal/source.js';
import type { RandomAccessSource } from '../RandomAccessSource.js';

/**
 * A file on disk as a {@link RandomAccessSource}, which `openNpy`, `openNpz` and
 * `openSafetensors` read range by range: opening a 10 GB safetensors file and reading one
 * tensor reads the header and that tensor's bytes, nothing else. Each read opens the file,
 * reads its range with positioned reads and closes it, so nothing stays open between reads and
 * there is nothing to close. (`fs.openAsBlob` would also do, but its slices are read through a
 * stream several times slower.) In browsers, a `File` from an `<input type="file">` or a drop
 * is a Blob the `open*` functions take directly.
 *
 * @example
 * ```ts
 * const file = await openSafetensors(await openFile('model.safetensors'));
 * ```
 * @throws (rejects with) TypeError for a path that is not a non-empty string; a RangeError
 *   naming the path when it is not a readable regular file.
 */
export async function openFile(path: string): Promise<RandomAccessSource> {
  const fn = 'openFile';
  if (typeof path !== 'string' || path === '') throw fail(TypeError, fn, 'path', 'a non-empty string', path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a regular file');
    size = info.size;
  } catch (error) {
    throw new RangeError(
      `${fn}: path must name a readable file, got ${JSON.stringify(path)} (${(error as Error).message})`,
    );
  }
  const source = {
    size,
    [FRESH_READS]: true,
    read: async (offset: number, length: number): Promise<Uint8Array> => {
      const handle = await open(path, 'r');
      try {
        const out = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
        let got = 0;
        while (got < out.length) {
          const { bytesRead } = await handle.read(out, got, out.length - got, offset + got);
          if (bytesRead === 0) break;
          got += bytesRead;
        }
        return got === out.length ? out : out.subarray(0, got);
      } finally {
        await handle.close();
      }
    },
  };
  return source;
}
