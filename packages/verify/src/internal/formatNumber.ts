/**
 * A number for labels and reports: six significant digits, no trailing zeros, exponent form for
 * very small or large magnitudes (as JavaScript prints them).
 *
 * @example
 * formatNumber(0.044194173824159216); // '0.0441942'
 * formatNumber(2.5e-8); // '2.5e-8'
 */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x) || x === 0) return String(x);
  return String(Number(x.toPrecision(6)));
}
