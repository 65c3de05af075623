import { fail } from '@nninit/internal';
import { buildDistribution } from '../internal/distributions/buildDistribution.js';
import { formatNumber } from '../internal/formatNumber.js';
import { incompleteBeta } from '../internal/special/incompleteBeta.js';
import { logBeta } from '../internal/special/logBeta.js';
import { standardNormalQuantile } from '../internal/special/standardNormalQuantile.js';
import { validateInDomain } from '../internal/validateInDomain.js';
import { validateScale } from '../internal/validateScale.js';
import type { Distribution } from './Distribution.js';

/**
 * The law of one coordinate X of a point uniform on the sphere of radius r in R^d (d ≥ 2), which
 * is also the law of each entry of a Haar-random d × d orthogonal matrix times r (its gain). With
 * t = x/r in [−1, 1]: density (1 − t²)^((d−3)/2)/(r·B(½, (d−1)/2)), CDF
 * F(x) = ½ + sign(t)·½·I_(t²)(½, (d−1)/2) (T² ~ Beta(½, (d−1)/2)); mean 0, variance r²/d,
 * excess kurtosis −6/(d + 2) (E[T⁴] = 3/(d(d + 2))). d = 2 is the arcsine law, d = 3 is
 * uniform(−r, r) (Archimedes), and as d grows X·√d/r tends to N(0, 1). Each tail is computed
 * from the incomplete beta side that keeps its relative precision, the quantile by safeguarded
 * Newton steps on the log of the tail.
 *
 * Reference: Muirhead, Aspects of Multivariate Statistical Theory (1982), Theorem 1.5.7 (the
 * coordinates of a uniform point on the sphere); Mezzadri (2007), "How to generate random
 * matrices from the classical compact groups" (the Haar measure of O(d)).
 *
 * @param dimension - d, an integer ≥ 2
 * @param radius - r > 0, finite (default 1)
 * @example
 * sphereCoordinate(16).variance; // 0.0625
 * sphereCoordinate(3, 2).cdf(1); // 0.75  (uniform on [−2, 2])
 */
export function sphereCoordinate(dimension: number, radius = 1): Distribution {
  const fn = 'sphereCoordinate';
  validateInDomain(fn, 'dimension', dimension, 'an integer >= 2', (d) => Number.isSafeInteger(d) && d >= 2);
  validateScale(fn, 'radius', radius);
  const h = (dimension - 1) / 2;
  const logNorm = -logBeta(0.5, h);
  /**
   * P(T > s) = ½·P(T² > s²) for s in [0, 1]: the complement of I_(s²)(½, h), computed directly,
   * while s² ≤ ½, and I_(1−s²)(h, ½) with 1 − s² = (1 − s)(1 + s) above, where s² has lost the
   * digits of 1 − s².
   */
  const tail = (s: number): number =>
    0.5 * (s * s <= 0.5 ? incompleteBeta(0.5, h, s * s).q : incompleteBeta(h, 0.5, (1 - s) * (1 + s)).p);
  /** The density of T at t in (−1, 1). */
  const density = (t: number): number => {
    if (dimension === 3) return 0.5;
    const q = t * t;
    return Math.exp(logNorm + (h - 1) * (q < 0.5 ? Math.log1p(-q) : Math.log((1 - Math.abs(t)) * (1 + Math.abs(t)))));
  };
  /** The s in [0, 1] with P(T > s) = q, for q in (0, ½]. */
  const tailInverse = (q: number): number => {
    let [lo, hi] = [0, 1];
    let s = Math.min(0.5, Math.max(0, -standardNormalQuantile(q) / Math.sqrt(dimension)));
    for (let i = 0; i < 200; i++) {
      const p = tail(s);
      if (p > q) lo = s;
      else hi = s;
      // Newton on ln P(T > s) = ln q: the log makes the power-law tail near s = 1 nearly linear.
      let next = s + ((Math.log(p) - Math.log(q)) * p) / density(s);
      if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
      if (Math.abs(next - s) <= 2 * Number.EPSILON * next || hi - lo <= 2 * Number.EPSILON * hi) return next;
      s = next;
    }
    return s;
  };
  const variance = (radius * radius) / dimension;
  if (!(variance > 0)) {
    throw fail(
      RangeError,
      fn,
      'radius',
      `such that the variance radius²/dimension is positive (dimension = ${dimension})`,
      radius,
    );
  }
  return buildDistribution(fn, {
    family: 'sphereCoordinate',
    label: `sphereCoordinate(dimension ${dimension}, radius ${formatNumber(radius)})`,
    parameters: { dimension, radius },
    mean: 0,
    variance,
    excessKurtosis: -6 / (dimension + 2),
    cdf: (x: number) => {
      const t = x / radius;
      if (t <= -1) return 0;
      if (t >= 1) return 1;
      return t <= 0 ? tail(-t) : 1 - tail(t);
    },
    pdf: (x: number) => {
      const t = x / radius;
      if (!(Math.abs(t) <= 1)) return 0;
      if (Math.abs(t) === 1) return (dimension === 2 ? Infinity : dimension === 3 ? 0.5 : 0) / radius;
      return density(t) / radius;
    },
    quantile: (p: number) => {
      if (p === 0 || p === 1) return (2 * p - 1) * radius;
      if (p === 0.5) return 0;
      return p < 0.5 ? -radius * tailInverse(p) : radius * tailInverse(1 - p);
    },
  });
}
