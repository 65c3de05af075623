import { durbinMatrixCdf } from '../internal/ks/durbinMatrixCdf.js';
import { logFactorialOverPower } from '../internal/ks/logFactorialOverPower.js';
import { pelzGoodCdf } from '../internal/ks/pelzGoodCdf.js';
import { pomeranzCdf } from '../internal/ks/pomeranzCdf.js';
import { smirnovSf } from '../internal/ks/smirnovSf.js';
import { validateInDomain } from '../internal/validateInDomain.js';
import { validateSampleSize } from '../internal/validateSampleSize.js';

const clip = (p: number): number => Math.min(1, Math.max(0, p));

/**
 * Survival function of the two-sided Kolmogorov–Smirnov statistic, P(Dₙ ≥ d), with
 * Dₙ = supₓ |Fₙ(x) − F(x)| for n draws from a continuous F: the exact p-value of the two-sided
 * KS test, computed as SciPy's `kstwo.sf(d, n)` does (Simard & L'Ecuyer's choice of method):
 * - n·d ≤ 1 or n·d ≥ n − 1: Ruben–Gambino closed forms, 1 − n!/nⁿ·(2nd − 1)ⁿ and 2(1 − d)ⁿ;
 * - d ≥ ½: exactly 2·P(Dₙ⁺ ≥ d) (the two one-sided events are disjoint);
 * - n ≤ 140: Durbin matrix (Marsaglia–Tsang–Wang) for n·d² ≤ 0.754693, Pomeranz for ≤ 4,
 *   2·P(Dₙ⁺ ≥ d) above;
 * - n > 140: 2·P(Dₙ⁺ ≥ d) for n·d² ≥ 2.2 (0 from 370), else 1 − CDF by the Durbin matrix
 *   (n ≤ 10⁵ and n·d^(3/2) ≤ 1.4) or the Pelz–Good series.
 *
 * Agreement with SciPy: relative error ≤ 1e-10 for n ≤ 140 and ≤ 1e-5 up to n = 10⁶, for p
 * down to 1e-12 (test/kstwoSf.test.ts).
 *
 * Reference: Simard & L'Ecuyer (2011), "Computing the two-sided Kolmogorov–Smirnov
 * distribution", J. Stat. Softw. 39(11); Marsaglia, Tsang & Wang (2003), J. Stat. Softw. 8(18).
 *
 * @param d - the statistic, in [0, 1]
 * @param n - the sample size, an integer ≥ 1
 * @example
 * kstwoSf(0.274, 10); // 0.3715203845434957  (SciPy: the same)
 */
export function kstwoSf(d: number, n: number): number {
  validateSampleSize('kstwoSf', n);
  validateInDomain('kstwoSf', 'd', d, 'in [0, 1]', (v) => v >= 0 && v <= 1);
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const t = n * d;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1);
    } else cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    return clip(1 - cdf);
  }
  if (t >= n - 1) return clip(2 * (1 - d) ** n);
  if (d >= 0.5) return clip(2 * smirnovSf(n, d));
  const ndSquared = t * d;
  if (n <= 140) {
    if (ndSquared <= 0.754693) return clip(1 - durbinMatrixCdf(n, d));
    if (ndSquared <= 4) return clip(1 - pomeranzCdf(n, d));
    return clip(2 * smirnovSf(n, d));
  }
  if (ndSquared >= 370) return 0;
  if (ndSquared >= 2.2) return clip(2 * smirnovSf(n, d));
  const cdf = n <= 100_000 && n * d ** 1.5 <= 1.4 ? durbinMatrixCdf(n, d) : pelzGoodCdf(n, d);
  return clip(1 - cdf);
}
