// B₂ₖ/(2k(2k−1)) for k = 1..8: the Stirling series of ln Γ.
const SERIES = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];

/**
 * s(z) − s(z + 1) = (z + ½)·ln(1 + 1/z) − 1 = u²/3 + u⁴/5 + u⁶/7 + … with u = 1/(2z + 1)
 * (the atanh series of ln((1 + u)/(1 − u))): for z ≥ ½ (u² ≤ ¼) every term is positive and the
 * sum keeps full relative precision; below, the closed form has no cancellation (it exceeds ½).
 */
function stirlingStep(z: number): number {
  // ln(1 + 1/z) as ln(1 + z) − ln z: 1/z overflows for z below 5.6e-309.
  if (z < 0.5) return (z + 0.5) * (z < 1e-300 ? Math.log1p(z) - Math.log(z) : Math.log1p(1 / z)) - 1;
  const u2 = 1 / ((2 * z + 1) * (2 * z + 1));
  let power = u2;
  let sum = 0;
  for (let k = 3; k < 200; k += 2) {
    const term = power / k;
    sum += term;
    if (term <= sum * 1e-17) break;
    power *= u2;
  }
  return sum;
}

/**
 * The error of Stirling's formula, s(a) = ln Γ(a) − [(a − ½)·ln a − a + ½·ln 2π], for a > 0.
 *
 * For a ≥ 10 the asymptotic series s(a) = Σ B₂ₖ/(2k(2k−1)·a^(2k−1)) (8 terms, error below
 * 1e-17); below, s(a) = s(a + m) + Σₖ [s(a + k) − s(a + k + 1)] with each step summed as a
 * positive series, so no large terms cancel (about 2e-17 absolute error for a ≥ ½, where the
 * form ln Γ(a + m) − ln(a(a+1)…(a+m−1)) − Stirling(a) would lose ~3e-15 to cancellation).
 * Keeping ln Γ split this way lets callers cancel the large (a − ½)·ln a − a part exactly.
 *
 * Reference: Abramowitz & Stegun 6.1.40, 4.1.28 (the atanh series); Loader (2000), "Fast and
 * accurate computation of binomial probabilities".
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
  let steps = 0;
  let z = a;
  for (; z < 10; z += 1) steps += stirlingStep(z);
  return stirlingError(z) + steps;
}
