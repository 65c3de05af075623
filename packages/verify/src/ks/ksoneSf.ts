import { smirnovSf } from '../internal/ks/smirnovSf.js';
import { validateInDomain } from '../internal/validateInDomain.js';
import { validateSampleSize } from '../internal/validateSampleSize.js';

/**
 * Survival function of the one-sided Kolmogorov–Smirnov statistic, P(Dₙ⁺ ≥ d) with
 * Dₙ⁺ = supₓ (Fₙ(x) − F(x)) (Dₙ⁻ has the same law): the exact p-value of the one-sided KS test,
 * as SciPy's `ksone.sf(d, n)` (= `scipy.special.smirnov(n, d)`) computes it.
 *
 * Birnbaum–Tingey sum of positive terms, each in log space:
 *   P(Dₙ⁺ ≥ d) = d · Σ_{v=0}^{⌊n(1−d)⌋} C(n, v) (d + v/n)^(v−1) (1 − d − v/n)^(n−v),
 * with the closed forms 1 − d(1 + d)^(n−1) for d ≤ 1/n and (1 − d)ⁿ for d ≥ 1 − 1/n, and, like
 * SciPy, the approximation e^(−(6nd + 1)²/(18n)) for n > 10⁶.
 *
 * Agreement with SciPy: relative error ≤ 1e-10 for n ≤ 140 and ≤ 1e-5 up to n = 10⁶, for p
 * down to 1e-12 (test/ksoneSf.test.ts).
 *
 * Reference: Birnbaum & Tingey (1951), Ann. Math. Statist. 22, 592-596; van Mulbregt (2018),
 * "Computing the CDF and quantiles of the one-sided Kolmogorov–Smirnov statistic",
 * arXiv:1802.06966.
 *
 * @param d - the statistic, in [0, 1]
 * @param n - the sample size, an integer ≥ 1
 * @example
 * ksoneSf(0.5, 5); // 0.056  (SciPy: 0.056)
 */
export function ksoneSf(d: number, n: number): number {
  validateSampleSize('ksoneSf', n);
  validateInDomain('ksoneSf', 'd', d, 'in [0, 1]', (v) => v >= 0 && v <= 1);
  return smirnovSf(n, d);
}
