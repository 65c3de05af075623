import { binomialDeviance } from '../special/binomialDeviance.js';
import { stirlingError } from '../special/stirlingError.js';
import { floorAndFraction } from './exactProduct.js';

const MIN_LOG = -708.3964185322641; // ln of the smallest normal float64: exp() underflows below
const EPSILON = 2.220446049250313e-16;
const MAX_EXACT_N = 1_000_000; // above this SciPy switches to an asymptotic formula

/**
 * Survival function of the one-sided Kolmogorov–Smirnov statistic, P(Dₙ⁺ ≥ x), for an integer
 * n ≥ 1 and 0 ≤ x ≤ 1 (callers validate), as SciPy's `smirnov(n, x)` computes it.
 *
 * Birnbaum–Tingey (Smirnov 1944) sum, all terms positive:
 *   P(Dₙ⁺ ≥ x) = x · Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v).
 * With p = x + v/n a term is (x/p)·b(v; n, p), b the binomial probability, which Loader's
 * saddle-point form gives to ~1e-14 relative for any n (no accumulated ln C(n, v), no
 * over- or underflow): ln b = s(n) − s(v) − s(n−v) − bd0(v, np) − bd0(n−v, nq) + ½ln(n/(2πv(n−v))),
 * s the Stirling error. n·p = v + n·x comes from the exact split n·x = ⌊nx⌋ + α. The sum runs
 * with a running maximum and stops as SciPy's does once the rest cannot change it. Closed forms
 * where SciPy uses them: x ≤ 1/n gives 1 − x(1 + x)^(n−1); x ≥ 1 − 1/n gives (1 − x)^n;
 * n > 10⁶ gives e^(−(6nx + 1)²/(18n)).
 *
 * Reference: Birnbaum & Tingey (1951), Ann. Math. Statist. 22, 592-596; van Mulbregt (2018),
 * arXiv:1802.06966 (SciPy's implementation).
 *
 * @example
 * smirnovSf(5, 0.5); // 0.056  (SciPy: 0.056)
 */
export function smirnovSf(n: number, x: number): number {
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const { floor: nxFloor, fraction: alpha } = floorAndFraction(n, x);
  if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
    return Math.min(1, Math.max(0, 1 - x * Math.exp((n - 1) * Math.log1p(x))));
  }
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nxFloor >= n - 1) return (1 - x) ** n;
  if (n > MAX_EXACT_N) return Math.exp(-((6 * n * x + 1) ** 2) / 18 / n);

  const lastV = n - nxFloor - 1;
  const nTerms = lastV + 1;
  const nx = nxFloor + alpha;
  const sN = stirlingError(n);
  let scale = n * Math.log1p(-x); // v = 0: the term is (1 − x)^n
  let sum = 1;
  for (let v = 1; v <= lastV; v++) {
    const np = v + nx; // n·(x + v/n)
    const nq = n - v - nxFloor - alpha; // n·(1 − x − v/n), ≥ 1 − α > 0
    const logBinomial =
      sN -
      stirlingError(v) -
      stirlingError(n - v) -
      binomialDeviance(v, np) -
      binomialDeviance(n - v, nq) +
      0.5 * Math.log(n / (2 * Math.PI * v * (n - v)));
    const logTerm = Math.log(nx / np) + logBinomial;
    if (logTerm > scale) {
      sum = sum * Math.exp(scale - logTerm) + 1;
      scale = logTerm;
    } else {
      const term = Math.exp(logTerm - scale);
      sum += term;
      if (4 * (nTerms - v) * term < EPSILON * sum && v !== lastV) break;
    }
  }
  const p = Math.exp(scale) * sum;
  return Math.min(1, Math.max(0, p));
}
