/**
 * Okabe & Ito's colour-blind-safe palette, in the demo's order (blue, vermillion, green,
 * purple, orange, sky blue, yellow, black): class i and series i take `palette[i % 8]`, as in
 * the demo's reports.
 *
 * @see M. Okabe & K. Ito, "Color Universal Design (CUD): how to make figures and presentations
 *   that are friendly to colorblind people" (2008).
 */
export const palette: readonly string[] = Object.freeze([
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#F0E442',
  '#000000',
]);

/** [r, g, b] of a `#rrggbb` colour. */
export function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}
