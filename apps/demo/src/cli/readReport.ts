import type { CommandName } from './CommandName.js';
import type { Flags } from './Flags.js';
import { UsageError } from './UsageError.js';

/**
 * Where the report goes: `--report FILE`, else `fallback` (the default file for `compare` and
 * `deep`, none for `verify`), or nowhere with `--no-report`. Both flags together are an error.
 *
 * @example
 * ```ts
 * readReport('compare', { 'no-report': true }, 'nninit-report.html'); // undefined
 * readReport('compare', { report: 'out.html' }, 'nninit-report.html'); // 'out.html'
 * ```
 */
export function readReport(command: CommandName, flags: Flags, fallback: string | undefined): string | undefined {
  const report = flags.report as string | undefined;
  if (flags['no-report'] === true) {
    if (report !== undefined) throw new UsageError('--report and --no-report contradict each other', command);
    return undefined;
  }
  if (report === '') throw new UsageError('--report needs a file name', command);
  return report ?? fallback;
}
