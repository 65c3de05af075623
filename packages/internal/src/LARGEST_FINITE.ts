import type { FloatDType } from './validateDType.js';

/**
 * The largest finite value of each float dtype: (2 − 2⁻²³)·2¹²⁷ for float32 and
 * (2 − 2⁻⁵²)·2¹⁰²³ for float64 (IEEE 754-2019, table 3.5). The one table behind every check
 * that a parameter cannot push values out of the output dtype's finite range.
 *
 * @example
 * ```ts
 * LARGEST_FINITE.float32; // 3.4028234663852886e38
 * ```
 */
export const LARGEST_FINITE: Readonly<Record<FloatDType, number>> = Object.freeze({
  float32: 3.4028234663852886e38,
  float64: Number.MAX_VALUE,
});
