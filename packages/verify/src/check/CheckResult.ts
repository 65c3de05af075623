/**
 * One statistical check of a sample, as reported by {@link checkSamples} and the conformance
 * harness.
 *
 * @example
 * const check: CheckResult = { test: 'ks', statistic: 0.004, pValue: 0.61, threshold: 5e-7, rejected: false, detail: 'D = 0.004, n = 10000' };
 */
export interface CheckResult {
  /** 'ks' (shape), 'chi-square-variance' or 'z-variance' (scale), 'constant' (exact equality), 'validity' (sampler output). */
  readonly test: 'ks' | 'chi-square-variance' | 'z-variance' | 'constant' | 'validity';
  /** D for KS, Σ(x − μ)²/σ² for chi-square, z for the z-test, the number of bad values otherwise. */
  readonly statistic: number;
  readonly pValue: number;
  /** The Holm level this p-value was compared with. */
  readonly threshold: number;
  readonly rejected: boolean;
  /** A readable account: the statistic in context, the sample variance against the declared one. */
  readonly detail: string;
}
