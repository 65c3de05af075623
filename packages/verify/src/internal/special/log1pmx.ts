/**
 * log1pmx(t) = ln(1 + t) − t for t > −1, without the cancellation of the direct difference
 * near t = 0 (where it behaves as −t²/2).
 *
 * For |t| ≤ ½ it uses ln(1 + t) = 2·atanh(y), y = t/(2 + t), so
 * ln(1 + t) − t = −t²/(2 + t) + 2·(y³/3 + y⁵/5 + …), a series in y² ≤ ⅑ with no cancellation.
 *
 * Reference: the atanh series, Abramowitz & Stegun 4.1.28; used for the incomplete-gamma
 * prefactor as in Temme (1979) and DiDonato & Morris (1986).
 *
 * @example
 * log1pmx(1e-3); // -4.996669164668331e-7
 */
export function log1pmx(t: number): number {
  if (Math.abs(t) > 0.5) return Math.log1p(t) - t;
  const y = t / (2 + t);
  const y2 = y * y;
  let power = y * y2;
  let sum = 0;
  for (let k = 3; k < 80; k += 2) {
    const term = power / k;
    sum += term;
    if (Math.abs(term) <= Math.abs(sum) * 1e-17) break;
    power *= y2;
  }
  return (-t * t) / (2 + t) + 2 * sum;
}
