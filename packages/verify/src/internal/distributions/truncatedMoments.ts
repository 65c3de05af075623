const INV_SQRT_2PI = 0.3989422804014327;

/**
 * Mean, variance and excess kurtosis of the standard normal truncated to [a, b], with
 * Z = Φ(b) − Φ(a) given. Integrating (x − c)ᵏφ(x) by parts (xφ = −φ′) gives, for moments
 * Mₖ = E[(X − c)ᵏ] about any point c,
 *   Mₖ = ((a − c)^(k−1)φ(a) − (b − c)^(k−1)φ(b))/Z + (k − 1)·Mₖ₋₂ − c·Mₖ₋₁,  M₀ = 1, M₋₁ = 0.
 * Taking c = the mean m = (φ(a) − φ(b))/Z makes M₂, M₄ the central moments directly (raw
 * moments would cancel catastrophically for an interval deep in a tail, e.g. [8, 9]);
 * γ₂ = M₄/M₂² − 3. Terms at an infinite bound are 0.
 *
 * Reference: Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions vol. 1 (1994),
 * §10.1; Burkardt, "The truncated normal distribution" (2014), §3.
 *
 * @example
 * truncatedMoments(-2, 2, 0.9544997361036416).variance; // 0.7737413035499232
 */
export function truncatedMoments(
  a: number,
  b: number,
  mass: number,
): { mean: number; variance: number; excessKurtosis: number } {
  const phi = (z: number): number => INV_SQRT_2PI * Math.exp(-0.5 * z * z);
  const mean = ((Number.isFinite(a) ? phi(a) : 0) - (Number.isFinite(b) ? phi(b) : 0)) / mass;
  /** ((a − m)^k φ(a) − (b − m)^k φ(b))/Z. */
  // A bound where φ underflows contributes 0 (an infinite or a huge bound: (b − m)ᵏ·φ(b) → 0).
  const term = (z: number, k: number): number => {
    const density = Number.isFinite(z) ? phi(z) : 0;
    return density === 0 ? 0 : (z - mean) ** k * density;
  };
  const boundary = (k: number): number => (term(a, k) - term(b, k)) / mass;
  const m2 = boundary(1) + 1;
  const m3 = boundary(2) - mean * m2;
  const m4 = boundary(3) + 3 * m2 - mean * m3;
  return { mean, variance: m2, excessKurtosis: m4 / (m2 * m2) - 3 };
}
