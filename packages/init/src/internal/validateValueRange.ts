import { fail } from '@nninit/internal';
import type { DType } from '@nninit/tensor';

/**
 * The largest |z| a standard normal draw of @nninit/rng can take, 12.590684479331077, rounded up.
 *
 * - Philox sources (`philox`, `sampleNormal`): the 1024-layer ziggurat returns |z| < X[1] ≤ R
 *   from its layers and R + x from its tail (Marsaglia 1964), where R = 4.038849846109504,
 *   x = −log(u₁)/R and the draw is kept only when 2·(−log u₂) > x². An open uniform is
 *   1 − m·2⁻⁵³ ≥ 2⁻⁵³, so −log u₂ ≤ 53·ln 2 = 36.7368005696771 and x² < 73.47: the largest
 *   accepted x comes from u₁ = 9·2⁻⁵³ (u₁ = 8·2⁻⁵³ gives x > 8.5717), x = 8.551834633221573, and
 *   z = R + x = 12.590684479331077.
 * - numpy's `RandomState` (Marsaglia's polar method): |z| ≤ √(−2 ln r²) with r² ≥ 2⁻¹⁰⁴ (the
 *   smallest non-zero |2u − 1| is 2⁻⁵²), so |z| ≤ √(208 ln 2) = 12.00727336061225.
 *
 * Reference: Marsaglia & Tsang 2000, "The ziggurat method for generating random variables",
 * J. Stat. Softw. 5(8), §2 (the tail); Marsaglia & Bray 1964 (the polar method).
 */
export const MAX_NORMAL_DRAW = 12.5907;

/** The largest finite value of each output dtype: (2 − 2⁻²³)·2¹²⁷ and (2 − 2⁻⁵²)·2¹⁰²³. */
export const DTYPE_MAX: Readonly<Record<DType, number>> = Object.freeze({
  float32: 3.4028234663852886e38,
  float64: Number.MAX_VALUE,
});

/**
 * The one range rule of every definition: a parameter whose values would reach beyond the
 * output dtype's finite range (`extreme`, the largest |value| the fill can write, computed in
 * float64; Infinity or NaN when that computation itself overflows) is a RangeError naming the
 * parameter and the dtype, instead of ±Infinity in the weights.
 *
 * @example
 * ```ts
 * validateValueRange('initialize', 'std', 1e39, 1e39 * MAX_NORMAL_DRAW, 'float32');
 * // RangeError: initialize: std must be small enough for float32 (every |value| ≤
 * //   3.4028234663852886e+38; here up to 1.25907e+40), got 1e+39
 * ```
 */
export function validateValueRange(fn: string, param: string, value: unknown, extreme: number, dtype: DType): void {
  const max = DTYPE_MAX[dtype];
  if (!(extreme <= max)) {
    throw fail(
      RangeError,
      fn,
      param,
      `small enough for ${dtype} (every |value| ≤ ${max}; here up to ${Number(extreme.toPrecision(6))})`,
      value,
    );
  }
}
