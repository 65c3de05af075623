import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { fail, formatValue } from '@nninit/internal';

/**
 * Writes a stream of chunks (`npyChunks`, `npzChunks`, `safetensorsChunks`) to a file, each
 * chunk written before the next is asked for, so memory holds one chunk at a time. The file is
 * written to `path + '.partial'` and renamed when complete, so a failure leaves no truncated
 * file under the real name, and nothing under the temporary one: the `.partial` file is removed
 * whether the stream, a write or the final rename fails. Returns the number of bytes written.
 *
 * @example
 * ```ts
 * await writeChunks('model.safetensors', safetensorsChunks(sources));
 * ```
 * @throws (rejects with) TypeError for a path that is not a string or chunks that are not an
 *   iterable of Uint8Arrays; a RangeError naming the path when it cannot be created or renamed
 *   into place (a missing directory, a directory under that name); the chunks' own errors
 *   unchanged.
 */
export async function writeChunks(
  path: string,
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<number> {
  const fn = 'writeChunks';
  if (typeof path !== 'string' || path === '') throw fail(TypeError, fn, 'path', 'a non-empty string', path);
  if (typeof chunks !== 'object' || chunks === null || !(Symbol.asyncIterator in chunks || Symbol.iterator in chunks)) {
    throw fail(TypeError, fn, 'chunks', 'an iterable of Uint8Arrays', chunks);
  }
  const partial = `${path}.partial`;
  let handle: FileHandle;
  try {
    handle = await open(partial, 'w');
  } catch (error) {
    throw unwritable(fn, path, error);
  }
  let written = 0;
  try {
    for await (const chunk of chunks) {
      if (!(chunk instanceof Uint8Array)) throw fail(TypeError, fn, 'each chunk', 'a Uint8Array', chunk);
      let offset = 0;
      while (offset < chunk.length) {
        const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
        offset += bytesWritten;
      }
      written += chunk.length;
    }
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
  try {
    await rename(partial, path);
  } catch (error) {
    // The complete file must not stay behind under the temporary name either (a directory, or a
    // read-only entry, where the real name should be).
    await rm(partial, { force: true });
    throw unwritable(fn, path, error);
  }
  return written;
}

/** The RangeError for a path that cannot be written, with the system's reason. */
function unwritable(fn: string, path: string, error: unknown): RangeError {
  return new RangeError(
    `${fn}: path must name a writable file, got ${formatValue(path)} (${(error as Error).message})`,
  );
}
