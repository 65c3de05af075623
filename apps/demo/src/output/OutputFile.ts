import { closeSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CommandName } from '../cli/CommandName.js';
import { UsageError } from '../cli/UsageError.js';
import { ioReason } from './ioReason.js';
import { OutputError } from './OutputError.js';

/**
 * An output file (`--report`, `--junit`) claimed before any work starts: {@link OutputFile.claim}
 * creates an empty temporary file next to the target — the only proof that the target's
 * directory really takes new files (a writable-looking /proc or a full disk does not) — and
 * {@link OutputFile.write} fills it and renames it over the target at the end, so readers see
 * the old file or the whole new one, never half. {@link OutputFile.discard} removes it when the
 * command ends without writing.
 *
 * @example
 * ```ts
 * const report = OutputFile.claim('compare', '--report', '/tmp/r.html'); // creates /tmp/.r.html.<pid>.tmp
 * report.write('<!doctype html>…');                                       // renames it to /tmp/r.html
 * OutputFile.claim('compare', '--report', '/proc/r.html');                 // throws UsageError: --report: cannot write /proc/r.html: no such file or directory (ENOENT)
 * ```
 */
export class OutputFile {
  private done = false;

  private constructor(
    /** The option that named the file, for messages. */
    readonly option: string,
    /** The absolute path of the target. */
    readonly path: string,
    private readonly temporary: string,
  ) {}

  /** Creates the temporary file for `path` (absolute, checked by validateOutputPath), or throws a {@link UsageError}. */
  static claim(command: CommandName, option: string, path: string): OutputFile {
    for (let attempt = 0; ; attempt++) {
      const temporary = join(
        dirname(path),
        `.${basename(path)}.${process.pid}${attempt === 0 ? '' : `-${attempt}`}.tmp`,
      );
      try {
        closeSync(openSync(temporary, 'wx'));
        return new OutputFile(option, path, temporary);
      } catch (error) {
        // Another claim of this process (or a stale file of a dead one) holds the name: try the next.
        if ((error as { code?: unknown }).code === 'EEXIST' && attempt < 100) continue;
        throw new UsageError(`${option}: cannot write ${path}: ${ioReason(error)}`, command);
      }
    }
  }

  /** Writes `content` to the target (through the temporary file), or throws an {@link OutputError}; the target is untouched on failure. */
  write(content: string): void {
    if (this.done) throw new Error(`OutputFile.write: ${this.path} was already written or discarded`);
    this.done = true;
    try {
      writeFileSync(this.temporary, content);
      renameSync(this.temporary, this.path);
    } catch (error) {
      rmSync(this.temporary, { force: true });
      throw new OutputError(`${this.option}: cannot write ${this.path}: ${ioReason(error)}`);
    }
  }

  /** Removes the temporary file unless the target was written; safe to call more than once. */
  discard(): void {
    if (this.done) return;
    this.done = true;
    rmSync(this.temporary, { force: true });
  }
}
