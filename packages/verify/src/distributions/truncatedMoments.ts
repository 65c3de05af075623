const INV_SQRT_2PI = 0.3989422804014327;

/** zᵏ·φ(z), taken as 0 at z = ±∞ (φ decays faster than any power). */
function weighted(z: number, k: number): number {
  return Number.isFinite(z) ? z ** k * INV_SQRT_2PI * Math.exp(-0.5 * z * z) : 0;
}

/**
 * Mean, variance and excess kurtosis of the standard normal truncated to [a, b], with
 * Z = Φ(b) − Φ(a) given. Raw moments by the recurrence
 *   mₖ = (k − 1)·mₖ₋₂ + (a^(k−1)φ(a) − b^(k−1)φ(b))/Z,  m₀ = 1, m₋₁ = 0,
 * then central moments μ₂ = m₂ − m₁², μ₄ = m₄ − 4m₁m₃ + 6m₁²m₂ − 3m₁⁴, γ₂ = μ₄/μ₂² − 3.
 *
 * Reference: Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions vol. 1 (1994),
 * §10.1, eq. 13.134; Burkardt, "The truncated normal distribution" (2014), §3.
 *
 * @example
 * truncatedMoments(-2, 2, 0.9544997361036416).variance; // 0.7737413035499232
 */
export function truncatedMoments(a: number, b: number, mass: number): { mean: number; variance: number; excessKurtosis: number } {
  const m1 = (weighted(a, 0) - weighted(b, 0)) / mass;
  const m2 = 1 + (weighted(a, 1) - weighted(b, 1)) / mass;
  const m3 = 2 * m1 + (weighted(a, 2) - weighted(b, 2)) / mass;
  const m4 = 3 * m2 + (weighted(a, 3) - weighted(b, 3)) / mass;
  const variance = m2 - m1 * m1;
  const mu4 = m4 - 4 * m1 * m3 + 6 * m1 * m1 * m2 - 3 * m1 ** 4;
  return { mean: m1, variance, excessKurtosis: mu4 / (variance * variance) - 3 };
}
