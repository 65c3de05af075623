import { incompleteGamma } from '../internal/special/incompleteGamma.js';
import { validateInDomain } from '../internal/validateInDomain.js';

/**
 * The regularized lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a) = (1/Γ(a))·∫₀ˣ t^(a−1) e^(−t) dt,
 * for a > 0 and x ≥ 0. The chi-square CDF is P(df/2, x/2). Relative error about 1e-13 (tested
 * against mpmath for a from 0.5 to 1e300; in a far tail, a few ulps of the exponent a·(λ − 1 − ln λ)).
 *
 * Reference: Abramowitz & Stegun 6.5.1; Numerical Recipes (3rd ed.) §6.2.
 *
 * @example
 * regularizedGammaP(1, 1); // 0.6321205588285578  (1 − e⁻¹ = 0.63212055882855767…)
 */
export function regularizedGammaP(a: number, x: number): number {
  validateInDomain('regularizedGammaP', 'a', a, 'a positive finite number', (v) => v > 0);
  validateInDomain('regularizedGammaP', 'x', x, 'a number >= 0', (v) => v >= 0, true);
  return incompleteGamma(a, x).p;
}
