import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import { formatBytes } from '@nninit/internal';

/**
 * Refuses, before anything is written, a shard that cannot fit: `bytes` more than the file
 * system holding `directory` (or its nearest existing ancestor, when it is still to be made) has
 * free for this user. Without the check a large shard fails only when the disk fills, minutes
 * later. A file system that does not report its space is not checked.
 *
 * @example
 * ```ts
 * await ensureFreeSpace('/mnt/small', 4e11, '1/1');
 * // RangeError: nninit init: --out /mnt/small: shard 1/1 needs 400000000000 bytes (373 GiB), and its file system has 83886080000 bytes (78.1 GiB) free
 * ```
 */
export async function ensureFreeSpace(directory: string, bytes: number, shard: string): Promise<void> {
  let probe = directory;
  for (;;) {
    try {
      const { bavail, bsize } = await statfs(probe);
      const free = bavail * bsize;
      if (bytes > free) {
        throw new RangeError(
          `nninit init: --out ${directory}: shard ${shard} needs ${bytes} bytes (${formatBytes(bytes)}), and its file system has ${free} bytes (${formatBytes(free)}) free`,
        );
      }
      return;
    } catch (error) {
      if (error instanceof RangeError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      const parent = dirname(probe);
      if (code !== 'ENOENT' || parent === probe) return;
      probe = parent;
    }
  }
}
