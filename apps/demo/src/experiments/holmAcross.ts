import { holm } from '@nninit/verify';
import type { SuiteCase } from './SuiteResult.js';

/**
 * Holm's procedure at family-wise level `alpha` over every statistical check of several cases
 * at once (checks with a p-value; exact ones pass through unchanged): each case's own Holm
 * levels, set when it was built, are replaced by those of the joint family. So a subject with
 * two pooled cases, such as orthogonal's two Haar checks, still spends only its share of α.
 * With a single case the levels are the case's own.
 *
 * @see S. Holm, "A simple sequentially rejective multiple test procedure", Scand. J. Statist. 6 (1979).
 * @example
 * ```ts
 * const k = (pValue: number) => ({ test: 'ks', statistic: 0, pValue, threshold: 0.05, rejected: false, detail: '' });
 * holmAcross([{ shape: [3, 3], seed: 0, n: 1, distribution: 'a', checks: [k(0.02)] }, { shape: [4, 4], seed: 0, n: 1, distribution: 'b', checks: [k(0.3)] }], 0.05)
 *   .map((c) => [c.checks[0]!.threshold, c.checks[0]!.rejected]); // [[0.025, true], [0.05, false]]
 * ```
 */
export function holmAcross(cases: readonly SuiteCase[], alpha: number): SuiteCase[] {
  const pValues = cases.flatMap((c) => c.checks.flatMap((k) => (k.pValue === null ? [] : [k.pValue])));
  const { rejected, thresholds } = holm(pValues, alpha);
  let i = 0;
  return cases.map((c) => ({
    ...c,
    checks: c.checks.map((k) =>
      k.pValue === null ? k : { ...k, threshold: thresholds[i]!, rejected: rejected[i++]! },
    ),
  }));
}
