import { defaults } from './defaults.js';
import type { Flags } from './Flags.js';
import type { MupCommandOptions } from './MupCommandOptions.js';
import { readReport } from './readReport.js';

/**
 * `mup`'s validated options from its raw flags: only the output choices, the experiments have
 * fixed settings (see `runMup`).
 *
 * @example
 * ```ts
 * toMupCommandOptions({}).report; // 'nninit-report.html'
 * ```
 */
export function toMupCommandOptions(flags: Flags): MupCommandOptions {
  return { json: flags.json === true, report: readReport('mup', flags, defaults.report) };
}
