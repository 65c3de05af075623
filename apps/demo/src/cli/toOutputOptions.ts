import type { CommandName } from './CommandName.js';
import { defaults } from './defaults.js';
import type { Flags } from './Flags.js';
import type { OutputOptions } from './OutputOptions.js';
import { readReport } from './readReport.js';

/**
 * The validated options of a command with fixed settings (`lsuv`, `zero`) from its raw flags:
 * `--json`, and `--report FILE` or `--no-report` (default: the report file).
 *
 * @example
 * ```ts
 * toOutputOptions('zero', {}).report; // 'nninit-report.html'
 * ```
 */
export function toOutputOptions(command: CommandName, flags: Flags): OutputOptions {
  return { json: flags.json === true, report: readReport(command, flags, defaults.report) };
}
