/**
 * Loader's deviance term bd0(x, M) = x·ln(x/M) + M − x ≥ 0, accurate when x ≈ M (where the
 * direct formula cancels): there it sums the series 2x·Σ v^(2j+1)/(2j+1) − (x − M)·v with
 * v = (x − M)/(x + M).
 *
 * Reference: C. Loader (2000), "Fast and accurate computation of binomial probabilities".
 *
 * @example
 * binomialDeviance(1000, 1001); // 0.0004996669164668333
 */
export function binomialDeviance(x: number, M: number): number {
  if (Math.abs(x - M) < 0.1 * (x + M)) {
    const v = (x - M) / (x + M);
    let sum = (x - M) * v;
    let ej = 2 * x * v;
    const v2 = v * v;
    for (let j = 1; j < 1000; j++) {
      ej *= v2;
      const next = sum + ej / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  return x * Math.log(x / M) + M - x;
}
