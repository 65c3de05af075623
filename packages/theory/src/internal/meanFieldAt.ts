import { CRITICAL_TOLERANCE } from '../CRITICAL_TOLERANCE.js';
import type { MeanField } from '../meanField.js';
import { findRoot } from './findRoot.js';
import type { ResolvedActivation } from './resolveActivation.js';
import { Q_BIG, Q_SMALL, varianceFixedPoint } from './varianceFixedPoint.js';

/** −1/log x for 0 ≤ x < 1, Infinity for x ≥ 1: the depth scale of a map with slope x. */
function depthScale(slope: number): number {
  return slope >= 1 ? Number.POSITIVE_INFINITY : -1 / Math.log(slope);
}

/** The phase of a point with slope χ₁, by {@link CRITICAL_TOLERANCE}. */
export function phaseOf(chi1: number): MeanField['phase'] {
  return Math.abs(chi1 - 1) <= CRITICAL_TOLERANCE ? 'critical' : chi1 < 1 ? 'ordered' : 'chaotic';
}

/**
 * Everything {@link meanField} returns, for a resolved activation. The correlation map is
 * C(c) = (σ_w²·E[φ(u₁)φ(u₂)] + σ_b²)/q* with u₁, u₂ of variance q* and correlation c
 * (Poole et al. 2016); C(1) = 1 and C′(c) = σ_w²·E[φ′(u₁)φ′(u₂)] (Price's theorem), so C′(1) = χ₁.
 * By Mehler's expansion E[φ(u₁)φ(u₂)] = Σₖ cᵏ·aₖ² with aₖ² ≥ 0, C is increasing and convex on
 * [0, 1] with C(0) ≥ 0: when χ₁ ≤ 1, c* = 1 is the stable fixed point; when χ₁ > 1, c = 1 is
 * unstable and c* is the one root of C(c) = c in [0, 1), found by Brent's method after a point
 * with C(c) < c is found among 1 − 2⁻ᵏ, k = 1…30 (none: c* = 1 to working precision).
 *
 * At q* = 0 or ∞ the slopes are the limits q → 0⁺ or q → ∞ (evaluated at q = 1e-200 or 1e100);
 * at q* = ∞ the correlation map is the limit of the normalized map, and ξ_q is Infinity (the
 * variance never settles).
 */
export function meanFieldAt(act: ResolvedActivation, weightStd: number, biasStd: number): MeanField {
  const sw2 = weightStd * weightStd,
    sb2 = biasStd * biasStd;
  const m = new Float64Array(3);
  const qStar = varianceFixedPoint(act, sw2, sb2, m);
  const q = qStar === 0 ? Q_SMALL : qStar === Number.POSITIVE_INFINITY ? Q_BIG : qStar;
  const chi1 = sw2 * (m[1] as number);
  const phase = phaseOf(chi1);
  // At q* = 0 (φ(0) = 0, σ_b = 0) the q-map's slope is σ_w²·φ′(0)² = χ₁, so ξ_q = ξ_c there, and
  // both diverge at criticality (tanh at σ_w = 1) rather than resolving the rounding of 1 − χ₁.
  const depthScaleQ =
    qStar === Number.POSITIVE_INFINITY || (qStar === 0 && phase === 'critical')
      ? Number.POSITIVE_INFINITY
      : depthScale(Math.abs(sw2 * (m[qStar === 0 ? 1 : 2] as number)));
  if (phase !== 'chaotic') {
    return {
      qStar,
      chi1,
      cStar: 1,
      depthScaleQ,
      depthScaleC: phase === 'critical' ? Number.POSITIVE_INFINITY : depthScale(chi1),
      phase,
    };
  }
  const next = sw2 * (m[0] as number) + sb2;
  const k = new Float64Array(2);
  const h = (c: number): number => {
    act.correlation(q, c, k);
    return (sw2 * (k[0] as number) + sb2) / next - c;
  };
  let cStar = 1;
  for (let e = 1; e <= 30; e++) {
    const c = 1 - 2 ** -e;
    const hc = h(c);
    if (hc < 0) {
      const h0 = h(0);
      cStar = h0 <= 0 ? 0 : findRoot(h, 0, c, h0, hc, 1e-15);
      break;
    }
  }
  act.correlation(q, cStar, k);
  const chiC = sw2 * (k[1] as number);
  return { qStar, chi1, cStar, depthScaleQ, depthScaleC: depthScale(chiC), phase };
}
