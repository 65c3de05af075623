const HALF_LOG_2PI = 0.9189385332046728;
// B₂ₖ/(2k(2k−1)) for k = 1..8: the Stirling series of ln Γ.
const SERIES = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];

/**
 * The error of Stirling's formula, s(a) = ln Γ(a) − [(a − ½)·ln a − a + ½·ln 2π], for a > 0.
 *
 * For a ≥ 10 the asymptotic series s(a) = Σ B₂ₖ/(2k(2k−1)·a^(2k−1)) (8 terms, error below
 * 1e-17); below, the recurrence Γ(a) = Γ(a + m)/(a(a+1)…(a+m−1)) moves the argument up.
 * Keeping ln Γ split this way lets callers cancel the large (a − ½)·ln a − a part exactly.
 *
 * Reference: Abramowitz & Stegun 6.1.40; Loader (2000), "Fast and accurate computation of
 * binomial probabilities".
 *
 * @example
 * stirlingError(10); // 0.008330563433362871
 */
export function stirlingError(a: number): number {
  if (a >= 10) {
    const inv = 1 / a;
    const inv2 = inv * inv;
    let acc = 0;
    for (let k = SERIES.length - 1; k >= 0; k--) acc = acc * inv2 + SERIES[k]!;
    return acc * inv;
  }
  let shifted = a;
  let logProduct = 0;
  while (shifted < 10) {
    logProduct += Math.log(shifted);
    shifted += 1;
  }
  const main = (x: number): number => (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI;
  return stirlingError(shifted) + main(shifted) - logProduct - main(a);
}
