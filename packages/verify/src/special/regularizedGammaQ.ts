import { incompleteGamma } from '../internal/special/incompleteGamma.js';
import { validateInDomain } from '../internal/validateInDomain.js';

/**
 * The regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a) = 1 − P(a, x), for
 * a > 0 and x ≥ 0, computed directly (not as 1 − P) so small upper tails keep their digits. The
 * chi-square survival function is Q(df/2, x/2). Relative error about 1e-13 (tested against
 * mpmath for a from 0.5 to 1e300; in a far tail, a few ulps of the exponent a·(λ − 1 − ln λ)).
 *
 * Reference: Abramowitz & Stegun 6.5.3; Numerical Recipes (3rd ed.) §6.2.
 *
 * @example
 * regularizedGammaQ(0.5, 8); // 0.00006334248366623984  (erfc(√8) = 6.3342483666239843e-5)
 */
export function regularizedGammaQ(a: number, x: number): number {
  validateInDomain('regularizedGammaQ', 'a', a, 'a positive finite number', (v) => v > 0);
  validateInDomain('regularizedGammaQ', 'x', x, 'a number >= 0', (v) => v >= 0, true);
  return incompleteGamma(a, x).q;
}
