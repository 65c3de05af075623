import { openAsBlob } from 'node:fs';
import { fail } from '@nninit/internal';

/**
 * A file on disk as a Blob (Node's `fs.openAsBlob`), which `openNpy`, `openNpz` and
 * `openSafetensors` read slice by slice: opening a 10 GB safetensors file and reading one
 * tensor reads the header and that tensor's bytes, nothing else. In browsers, a `File` from an
 * `<input type="file">` or a drop is already a Blob.
 *
 * @example
 * ```ts
 * const file = await openSafetensors(await openFile('model.safetensors'));
 * ```
 * @throws (rejects with) TypeError for a path that is not a string; a RangeError naming the path
 *   when the file cannot be opened.
 */
export async function openFile(path: string): Promise<Blob> {
  const fn = 'openFile';
  if (typeof path !== 'string' || path === '') throw fail(TypeError, fn, 'path', 'a non-empty string', path);
  try {
    return (await openAsBlob(path)) as Blob;
  } catch (error) {
    throw new RangeError(
      `${fn}: path must name a readable file, got ${JSON.stringify(path)} (${(error as Error).message})`,
    );
  }
}
