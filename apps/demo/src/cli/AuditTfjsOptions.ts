/**
 * The settings of `audit-tfjs`, parsed and validated by {@link parseCommandLine}.
 *
 * @example
 * ```ts
 * parseCommandLine(['audit-tfjs', '--samples', '50000']).options.samples; // 50000
 * ```
 */
export interface AuditTfjsOptions {
  /** Family-wise significance level of all the audit's statistical checks (Holm). */
  readonly alpha: number;
  /** Fewest samples per statistical configuration. */
  readonly samples: number;
  /** The first sampler seed (nonzero: tfjs reads 0 as "unseeded"). */
  readonly seed: number;
  readonly json: boolean;
  readonly report: string | undefined;
}
