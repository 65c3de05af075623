/**
 * The settings of `mup`, parsed and validated by {@link parseCommandLine}.
 *
 * @example
 * ```ts
 * parseCommandLine(['mup', '--json', '--no-report']).options; // { json: true, report: undefined }
 * ```
 */
export interface MupCommandOptions {
  readonly json: boolean;
  readonly report: string | undefined;
}
