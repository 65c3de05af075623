const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/**
 * A short label for an axis tick: up to 3 significant digits, without trailing zeros or
 * floating-point noise (0.30000000000000004 → "0.3"); powers of ten as 10ⁿ when `power` is set
 * (log axes); thousands as "15k" above 9999; and a true minus sign.
 *
 * @example
 * ```ts
 * formatTick(0.30000000000000004); // '0.3'
 * formatTick(15000);               // '15k'
 * formatTick(1e-5, true);          // '10⁻⁵'
 * formatTick(-2);                  // '−2'
 * ```
 */
export function formatTick(value: number, power = false): string {
  if (power && value > 0) {
    const exponent = Math.round(Math.log10(value));
    if (exponent === 0) return '1';
    if (exponent === 1) return '10';
    return `10${String(exponent).replace(/./g, (c) => SUPERSCRIPT[c] ?? c)}`;
  }
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  const text =
    magnitude >= 1e4 && magnitude < 1e9 && value % 1000 === 0
      ? `${value / 1000}k`
      : magnitude >= 1e-3 && magnitude < 1e9
        ? String(Number(value.toPrecision(3)))
        : value.toExponential(1);
  return text.replace('-', '−');
}
