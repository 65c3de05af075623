import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './UsageError.js';

/**
 * Writes `text` to `path` so that a reader sees the old file or the new one, never a partial
 * one: the text goes to a temporary file beside the target (same directory, so the same file
 * system) and is renamed over it. On failure the temporary file is removed and a
 * {@link UsageError} names the command, the option and the path.
 *
 * @example
 * ```ts
 * writeFileAtomic('nninit verify', '--junit', '/tmp/verify.xml', '<?xml …');
 * ```
 */
export function writeFileAtomic(command: string, option: string, path: string, text: string): void {
  // The temporary name only has to avoid collisions in this directory; it is not a secret.
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UsageError(`${command}: ${option} could not write ${JSON.stringify(path)} (${(error as Error).message})`);
  }
}
