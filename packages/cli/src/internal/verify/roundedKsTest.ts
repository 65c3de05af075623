import { kstwoSf } from '@nninit/verify';

/** A binary floating-point format's grid: fraction bits and the smallest normal exponent. */
export interface FloatGrid {
  readonly name: string;
  readonly mantissaBits: number;
  readonly minExponent: number;
}

/** The half-precision formats, whose rounding a plain KS test would mistake for a misfit. */
export const ROUNDED_GRIDS: Readonly<Record<string, FloatGrid>> = {
  float16: { name: 'float16', mantissaBits: 10, minExponent: -14 },
  bfloat16: { name: 'bfloat16', mantissaBits: 7, minExponent: -126 },
};

/**
 * Half the width of the round-to-nearest cell around `v` in `grid`, taken from the spacing above
 * |v| (at a power of two the spacing below is half of it, so the cell is taken wider than it is,
 * which keeps the test conservative; so does a floor(log2) that rounds up).
 */
function halfWidth(v: number, grid: FloatGrid): number {
  const e = v === 0 ? grid.minExponent : Math.max(Math.floor(Math.log2(Math.abs(v))), grid.minExponent);
  return 2 ** (e - grid.mantissaBits - 1);
}

/**
 * The two-sided Kolmogorov–Smirnov test of values that were drawn from a continuous `cdf` and
 * then rounded to nearest in `grid` (float16, bfloat16). Rounding makes ties, and the empirical
 * CDF jumps by a whole cell's mass at each, so the plain statistic grows like the cell's mass
 * (about 1e-3 for a bfloat16 normal) and rejects correct weights from a few million elements.
 * Here each distinct value v, with k values below it and c equal to it, is compared with the
 * declared CDF at the edges of its rounding cell [v − h, v + h]:
 *
 *   D* = max over v of max((k + c)/n − F(v + h), F(v − h) − k/n).
 *
 * The rounded values' empirical CDF at a cell edge is the unrounded values' there, so D* ≤ D of
 * the unrounded sample, and P(D* ≥ d) ≤ P(D ≥ d) = `kstwoSf(d, n)` (verify's exact two-sided
 * distribution): a conservative exact test, the usual treatment of KS on discrete or grouped
 * data (Noether 1963, "Note on the Kolmogorov statistic in the discrete case", Metrika 7;
 * Conover 1972, JASA 67). Its power against a misfit much wider than a cell is the plain test's.
 *
 * @example
 * ```ts
 * // U(0, 1); bfloat16 cells around 0.25 and 0.75 have half-widths 2⁻¹⁰ and 2⁻⁹.
 * roundedKsTest(new Float32Array([0.25, 0.25, 0.75]), (x) => x, ROUNDED_GRIDS.bfloat16!).statistic;
 * // 2/3 − (0.25 + 2⁻¹⁰) = 0.4156901041666667
 * ```
 */
export function roundedKsTest(
  samples: Float32Array | Float64Array,
  cdf: (x: number) => number,
  grid: FloatGrid,
): { statistic: number; pValue: number } {
  const sorted = Float64Array.from(samples).sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; ) {
    const v = sorted[i] as number;
    let j = i + 1;
    while (j < n && sorted[j] === v) j++;
    const h = halfWidth(v, grid);
    d = Math.max(d, j / n - cdf(v + h), cdf(v - h) - i / n);
    i = j;
  }
  const statistic = Math.min(1, Math.max(0, d));
  return { statistic, pValue: kstwoSf(statistic, n) };
}
