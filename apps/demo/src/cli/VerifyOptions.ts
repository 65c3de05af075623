/**
 * The settings of `verify`, parsed and validated by {@link parseCommandLine}.
 *
 * @example
 * ```ts
 * parseCommandLine(['verify', '--init', 'he,orthogonal']).options.only; // ['he_normal', 'orthogonal']
 * ```
 */
export interface VerifyOptions {
  /** Canonical names of the initializers to check, or undefined for all of them. */
  readonly only: readonly string[] | undefined;
  /** Generated cases (shape, seed) per statistical subject. */
  readonly runs: number;
  /** Family-wise significance level of the whole suite. */
  readonly alpha: number;
  /** fast-check seed of the generated cases. */
  readonly seed: number;
  /** Add the power canary: a deliberately wrong sampler the suite must reject (so the run fails). */
  readonly canary: boolean;
  readonly json: boolean;
  readonly junit: string | undefined;
  readonly report: string | undefined;
}
