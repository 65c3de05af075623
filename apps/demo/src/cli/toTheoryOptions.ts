import { defaults } from './defaults.js';
import type { Flags } from './Flags.js';
import { readReport } from './readReport.js';
import type { TheoryOptions } from './TheoryOptions.js';

/**
 * `theory`'s validated options from its raw flags: only the output choices, the computation has
 * fixed settings (see `runTheory`).
 *
 * @example
 * ```ts
 * toTheoryOptions({}).report; // 'nninit-report.html'
 * ```
 */
export function toTheoryOptions(flags: Flags): TheoryOptions {
  return { json: flags.json === true, report: readReport('theory', flags, defaults.report) };
}
