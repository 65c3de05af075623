/**
 * A number for labels and reports: six significant digits, no trailing zeros, exponent form
 * below 1e-3 and from 1e7 (so a level reads 2.5e-8, not 0.000000025).
 *
 * @example
 * formatNumber(0.044194173824159216); // '0.0441942'
 * formatNumber(0.000001); // '1e-6'
 */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x) || x === 0) return String(x);
  const rounded = Number(x.toPrecision(6));
  const magnitude = Math.abs(rounded);
  return magnitude < 1e-3 || magnitude >= 1e7 ? rounded.toExponential().replace('e+', 'e') : String(rounded);
}
