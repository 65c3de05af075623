/**
 * The settings of `theory`, parsed and validated by {@link parseCommandLine}.
 *
 * @example
 * ```ts
 * parseCommandLine(['theory', '--json', '--no-report']).options; // { json: true, report: undefined }
 * ```
 */
export interface TheoryOptions {
  readonly json: boolean;
  readonly report: string | undefined;
}
