import { findRoot } from './findRoot.js';
import type { ResolvedActivation } from './resolveActivation.js';

/** Below this, q* is reported as 0; the moments there are the limit q → 0⁺. */
export const Q_SMALL = 1e-200;
/** Above this, q* is reported as Infinity; the moments there are the limit q → ∞. */
export const Q_BIG = 1e100;
/**
 * Q(q)/q − 1 is known to about 1e-12 (the quadrature's accuracy): smaller values are noise, so
 * the search for a bracket treats them as negative, and q* < 1e-11-ish differences from a
 * marginal map (tanh at σ_w = 1, where Q(q) − q = −2q² + …) resolve to 0 instead of to noise.
 */
const RESOLUTION = 1e-11;

/**
 * q*, the fixed point of the variance map Q(q) = σ_w²·E[φ(√q·z)²] + σ_b² that iterating Q from
 * q = 1 approaches (Poole et al. 2016): Q is increasing for every activation whose φ² grows with
 * |x| on average, so the sign of Q(1) − 1 says on which side of 1 the iterates' limit lies. The
 * root of Q(q) − q is bracketed by factors of 256 and found by Brent's method.
 *
 * Returns 0 when Q(q) < q down to q = 1e-200 (the variance decays, as for tanh with σ_b = 0 and
 * σ_w ≤ 1), Infinity when Q(q) > q up to q = 1e100 (it grows without bound, as for ReLU with
 * σ_w² > 2 or σ_w² = 2 and σ_b > 0). When |Q(1) − 1| is within rounding (16ε), every iterate
 * stays at 1 and q* = 1: ReLU at σ_w² = 2, σ_b = 0, where every q is a fixed point.
 * `moments` is left holding the moments at the returned q, or at 1e-200 or 1e100 for the limits.
 *
 * `start` and `step` (default 1 and 256) let a caller that knows a nearby fixed point (a phase
 * diagram's previous column) bracket it in fewer steps; with a unique positive fixed point, as
 * for every built-in activation with σ_b > 0, the result is the same.
 */
export function varianceFixedPoint(
  act: ResolvedActivation,
  sw2: number,
  sb2: number,
  moments: Float64Array,
  start = 1,
  step = 256,
): number {
  const g = (q: number): number => {
    act.moments(q, moments);
    const next = sw2 * (moments[0] as number) + sb2;
    return next - q;
  };
  if (start !== 1) {
    const q = newton(act, sw2, sb2, moments, start);
    if (q !== undefined) return q;
  }
  let lo = start,
    hi = start;
  let glo = g(start),
    ghi = glo;
  if (start === 1 && Math.abs(glo) <= 16 * Number.EPSILON * (glo + 1)) return 1;
  if (glo > 0) {
    while (ghi > 0) {
      lo = hi;
      glo = ghi;
      hi *= step;
      if (hi > Q_BIG) {
        act.moments(Q_BIG, moments);
        return Number.POSITIVE_INFINITY;
      }
      ghi = g(hi);
    }
  } else {
    while (glo <= RESOLUTION * lo) {
      hi = lo;
      ghi = glo;
      lo /= step;
      if (lo < Q_SMALL) {
        act.moments(Q_SMALL, moments);
        return 0;
      }
      glo = g(lo);
    }
  }
  // hi's value may be a positive within RESOLUTION: then q* is hi to the map's accuracy.
  const q = ghi >= 0 ? hi : findRoot(g, lo, hi, glo, ghi);
  act.moments(q, moments);
  return q;
}

/**
 * Newton's method on Q(q) − q from a nearby start, with Q′(q) = σ_w²·dE[φ²]/dq from the same
 * quadrature: converged when a step is below 1e-14·q, given up (undefined, so the caller brackets)
 * if a step leaves (0, 1e100), lands where Q′ ≥ 1 (not a stable fixed point), or 10 steps do not
 * converge. The moments left are those of the last evaluated q, within 1e-14 of the returned one.
 */
function newton(
  act: ResolvedActivation,
  sw2: number,
  sb2: number,
  moments: Float64Array,
  start: number,
): number | undefined {
  let q = start,
    coarse = true;
  for (let i = 0; i < 10; i++) {
    // Early iterates need Q only to about 1e-10: while steps exceed 1e-6·q the quadrature runs at
    // that tolerance; the last steps, and the moments returned, are at full accuracy.
    act.moments(q, moments, coarse ? 1e-10 : undefined);
    const slope = sw2 * (moments[2] as number);
    if (!(slope < 1)) return undefined;
    const step = (sw2 * (moments[0] as number) + sb2 - q) / (1 - slope);
    const next = q + step;
    if (!(next > Q_SMALL && next < Q_BIG)) return undefined;
    // The moments stay those at q: they differ from those at next by a relative 1e-14·(dlog/dlog q).
    if (!coarse && Math.abs(step) <= 1e-14 * next) return next;
    if (Math.abs(step) <= 1e-6 * next) coarse = false;
    q = next;
  }
  return undefined;
}
