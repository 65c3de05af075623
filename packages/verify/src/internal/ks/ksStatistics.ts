/**
 * The one-sided KS statistics of sorted CDF values u₁ ≤ … ≤ uₙ against U(0, 1), as SciPy's
 * `_compute_d` forms them: D⁺ = maxᵢ (i/n − uᵢ) (the empirical CDF above the model) and
 * D⁻ = maxᵢ (uᵢ − (i − 1)/n) (below it). Both are exact suprema even with ties.
 *
 * Reference: Kolmogorov (1933); SciPy `scipy.stats._stats_py._compute_d`.
 *
 * @example
 * ksStatistics(Float64Array.of(0.1, 0.6)); // { plus: 0.4, minus: 0.1 }
 */
export function ksStatistics(sortedCdf: Float64Array): { plus: number; minus: number } {
  const n = sortedCdf.length;
  let plus = -Infinity;
  let minus = -Infinity;
  for (let i = 0; i < n; i++) {
    const u = sortedCdf[i]!;
    const above = (i + 1) / n - u;
    const below = u - i / n;
    if (above > plus) plus = above;
    if (below > minus) minus = below;
  }
  return { plus, minus };
}
