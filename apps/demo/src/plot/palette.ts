/**
 * Series and class colors: Okabe & Ito's palette, distinguishable with the common forms of
 * colour blindness, in an order where neighbours contrast (blue, vermillion, green, purple,
 * orange, sky blue, yellow, black). Series i and class i both take `palette[i % 8]`.
 *
 * @see M. Okabe & K. Ito, "Color Universal Design (CUD): how to make figures and presentations
 *   that are friendly to colorblind people" (2008).
 * @example
 * ```ts
 * palette[0]; // '#0072B2'
 * ```
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
