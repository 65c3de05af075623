/**
 * The settings of a command whose computation is fixed (`lsuv`, `zero`): only where the output goes.
 *
 * @example
 * ```ts
 * parseCommandLine(['lsuv', '--json', '--no-report']).options; // { json: true, report: undefined }
 * ```
 */
export interface OutputOptions {
  readonly json: boolean;
  readonly report: string | undefined;
}
