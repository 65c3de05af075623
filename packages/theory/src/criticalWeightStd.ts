import { findRoot } from './internal/findRoot.js';
import { resolveActivation } from './internal/resolveActivation.js';
import { validateStd } from './internal/validateStd.js';
import { varianceFixedPoint } from './internal/varianceFixedPoint.js';
import type { MeanFieldActivation } from './MeanFieldActivation.js';

/**
 * The weight std σ_w at which a network with bias std σ_b is critical: χ₁(σ_w) = 1, where
 * χ₁ = σ_w²·E[φ′(√q*·z)²] at the variance map's fixed point q*(σ_w, σ_b) (Schoenholz et al.
 * 2017, the order-to-chaos boundary). Starting from σ_w = 1, the bracket doubles or halves until
 * χ₁ − 1 changes sign, then Brent's method finds the crossing to about 1e-15 relative; `undefined`
 * when χ₁ stays below 1 for every σ_w ≤ 1e50 or above 1 for every σ_w ≥ 1e-50.
 *
 * Known values: relu √2 for any σ_b (He et al. 2015; for σ_b > 0 the variance then grows without
 * bound, q* = ∞); tanh 1 at σ_b = 0 (q* = 0), rising with σ_b along the critical line of
 * Schoenholz et al.'s phase diagram; linear 1.
 *
 * @see S. S. Schoenholz et al., "Deep information propagation", ICLR 2017.
 * @example
 * ```ts
 * criticalWeightStd('relu', 0); // 1.414213562373095 (√2 to an ulp)
 * criticalWeightStd('tanh', 0); // 1
 * ```
 * @throws RangeError for an unknown activation or a bias std that is negative, not finite or
 *   above 1e50.
 */
export function criticalWeightStd(activation: MeanFieldActivation, biasStd: number): number | undefined {
  const fn = 'criticalWeightStd';
  const act = resolveActivation(fn, 'activation', activation);
  const sb2 = validateStd(fn, 'biasStd', biasStd) ** 2;
  const m = new Float64Array(3);
  const h = (sw: number): number => {
    varianceFixedPoint(act, sw * sw, sb2, m);
    return sw * sw * (m[1] as number) - 1;
  };
  let a = 1,
    b = 1;
  let fa = h(1),
    fb = fa;
  if (fa === 0) return 1;
  if (fa < 0) {
    while (fb < 0) {
      a = b;
      fa = fb;
      b *= 2;
      if (b > 1e50) return undefined;
      fb = h(b);
    }
  } else {
    while (fa > 0) {
      b = a;
      fb = fa;
      a /= 2;
      if (a < 1e-50) return undefined;
      fa = h(a);
    }
  }
  return findRoot(h, a, b, fa, fb);
}
