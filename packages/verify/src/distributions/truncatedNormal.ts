import { fail, standardNormalCdf as Phi } from '@nninit/internal';
import { buildDistribution } from '../internal/distributions/buildDistribution.js';
import { isNarrow, narrowTruncation } from '../internal/distributions/narrowTruncation.js';
import { truncatedMoments } from '../internal/distributions/truncatedMoments.js';
import { formatNumber } from '../internal/formatNumber.js';
import { standardNormalQuantile } from '../internal/special/standardNormalQuantile.js';
import { validateInDomain } from '../internal/validateInDomain.js';
import { validateScale } from '../internal/validateScale.js';
import type { Distribution } from './Distribution.js';

const INV_SQRT_2PI = 0.3989422804014327;

/**
 * The normal N(μ, σ²) truncated to [low, high] (absolute bounds, ±∞ allowed): with
 * α = (low − μ)/σ, β = (high − μ)/σ and Z = Φ(β) − Φ(α),
 * F(x) = (Φ((x − μ)/σ) − Φ(α))/Z, f(x) = φ((x − μ)/σ)/(σZ); mean, variance and excess kurtosis
 * from the truncated moments. Probabilities are formed from whichever tail keeps their digits
 * (bounds deep in either tail stay accurate). σ is the *parent* std: Keras/JAX truncated
 * initializers divide the target std by 0.87962566103423978 (the std of N(0, 1) truncated to
 * ±2) so that the result has the target variance; a sampler that forgets it is 12 % narrow.
 *
 * Reference: Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions vol. 1, §10.1;
 * scipy.stats.truncnorm (bounds there are in units of σ).
 *
 * @example
 * truncatedNormal(0, 1, -2, 2).std; // 0.8796256610342398
 */
export function truncatedNormal(mean: number, std: number, low: number, high: number): Distribution {
  const fn = 'truncatedNormal';
  validateInDomain(fn, 'mean', mean, 'a finite number');
  validateScale(fn, 'std', std);
  validateInDomain(fn, 'low', low, 'a number or -Infinity', (v) => v < Infinity, true);
  validateInDomain(fn, 'high', high, 'a number or Infinity', (v) => v > -Infinity, true);
  if (!(high > low)) throw fail(RangeError, fn, 'high', `greater than low (${low})`, high);
  const [a, b] = [(low - mean) / std, (high - mean) / std];
  return fromStandard({ mean, std, low, high }, a, b, isNarrow(a, b) ? narrow(a, b) : wide(fn, low, high, a, b));
}

/** N(0, 1) truncated to [a, b], standardized: what both regimes provide to {@link fromStandard}. */
interface StandardTruncation {
  readonly mean: number;
  readonly variance: number;
  readonly excessKurtosis: number;
  /** P(a < Z ≤ z)/P(a < Z ≤ b), for z in [a, b]. */
  readonly fraction: (z: number) => number;
  /** The truncated density at z in [a, b]. */
  readonly density: (z: number) => number;
  /** The z in [a, b] whose fraction is p. */
  readonly quantile: (p: number) => number;
}

/**
 * The general case: differences of Φ formed from whichever tail keeps their digits (the upper
 * tail if a ≥ 0, the lower if z ≤ 0), and the moments from {@link truncatedMoments}.
 */
function wide(fn: string, low: number, high: number, a: number, b: number): StandardTruncation {
  const massTo = (z: number): number => (a >= 0 ? Phi(-a) - Phi(-z) : z <= 0 ? Phi(z) - Phi(a) : 1 - Phi(a) - Phi(-z));
  const mass = massTo(b);
  if (!(mass > 0)) {
    throw new RangeError(
      `${fn}: [low, high] must have positive probability under N(mean, std²), got [${low}, ${high}]`,
    );
  }
  return {
    ...truncatedMoments(a, b, mass),
    fraction: (z) => Math.min(1, massTo(z) / mass),
    density: (z) => (INV_SQRT_2PI * Math.exp(-0.5 * z * z)) / mass,
    quantile: (p) => (a >= 0 ? -standardNormalQuantile(Phi(-a) - p * mass) : standardNormalQuantile(Phi(a) + p * mass)),
  };
}

/**
 * The narrow case (the log-density varying by ≤ 1 across [a, b]): quadrature instead of
 * differences of Φ and φ, which cancel there ({@link narrowTruncation}); the quantile by
 * bisection on the fraction, which is smooth and strictly increasing on the interval.
 */
function narrow(a: number, b: number): StandardTruncation {
  const t = narrowTruncation(a, b);
  const quantile = (p: number): number => {
    let [lo, hi] = [a, b];
    for (let i = 0; i < 200 && hi - lo > 2 * Number.EPSILON * Math.max(Math.abs(lo), Math.abs(hi)); i++) {
      const z = (lo + hi) / 2;
      if (t.fraction(z) < p) lo = z;
      else hi = z;
    }
    return (lo + hi) / 2;
  };
  return { ...t, quantile };
}

/**
 * The distribution of μ + σZ for a standardized truncation Z on [a, b]. Both regimes meet here, so
 * the validation of the variance, the label and the guarded methods are written once.
 */
function fromStandard(
  { mean, std, low, high }: { mean: number; std: number; low: number; high: number },
  a: number,
  b: number,
  t: StandardTruncation,
): Distribution {
  const fn = 'truncatedNormal';
  const variance = std * std * t.variance;
  if (!(variance > 0 && variance < Infinity)) {
    throw fail(
      RangeError,
      fn,
      'high',
      `such that the truncated variance is a positive finite number (an interval so narrow that it underflows; low = ${low}, std = ${std})`,
      high,
    );
  }
  return buildDistribution(fn, {
    family: 'truncatedNormal',
    label: `truncatedNormal(mean ${formatNumber(mean)}, std ${formatNumber(std)}, low ${formatNumber(low)}, high ${formatNumber(high)})`,
    parameters: { mean, std, low, high },
    mean: mean + std * t.mean,
    variance,
    excessKurtosis: t.excessKurtosis,
    cdf: (x: number) => {
      const z = (x - mean) / std;
      return z <= a ? 0 : z >= b ? 1 : t.fraction(z);
    },
    pdf: (x: number) => {
      const z = (x - mean) / std;
      return z < a || z > b ? 0 : t.density(z) / std;
    },
    quantile: (p: number) => Math.min(high, Math.max(low, mean + std * t.quantile(p))),
  });
}
