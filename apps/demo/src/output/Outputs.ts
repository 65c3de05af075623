import type { OutputFile } from './OutputFile.js';

/**
 * The output files a command was given, already claimed by {@link run}: the HTML report and,
 * for `verify`, the JUnit XML. Absent means not asked for.
 *
 * @example
 * ```ts
 * const outputs: Outputs = { report: OutputFile.claim('compare', '--report', '/tmp/r.html') };
 * ```
 */
export interface Outputs {
  readonly report?: OutputFile | undefined;
  readonly junit?: OutputFile | undefined;
}
