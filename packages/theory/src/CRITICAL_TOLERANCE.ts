/**
 * How close χ₁ must be to 1 for {@link meanField} to call a point `'critical'`: |χ₁ − 1| ≤ 1e-8.
 *
 * At χ₁ = 1 ± 1e-8 the correlation depth scale ξ_c = −1/log χ₁ is 1e8 layers, more than any
 * network has, so such a point behaves as critical at every depth one can build; and χ₁ is
 * computed to about 1e-12, so the band is wide enough that σ_w = √2 (relu, rounded to a double)
 * and {@link criticalWeightStd}'s own results fall inside it.
 *
 * @example
 * ```ts
 * Math.abs(meanField({ activation: 'relu', weightStd: Math.SQRT2, biasStd: 0 }).chi1 - 1) <= CRITICAL_TOLERANCE; // true
 * ```
 */
export const CRITICAL_TOLERANCE = 1e-8;
