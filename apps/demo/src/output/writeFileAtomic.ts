import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `content` to `path` so that readers see either the old file or the complete new one,
 * never half of it: the text goes to a temporary file in the same directory (same file system),
 * which is then renamed over `path` (atomic on POSIX). If anything fails, the temporary file is
 * removed and `path` is untouched.
 *
 * @example
 * ```ts
 * writeFileAtomic(join(dir, 'report.html'), '<!doctype html>…');
 * readdirSync(dir); // ['report.html'] (no temporary file left behind)
 * ```
 */
export function writeFileAtomic(path: string, content: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
