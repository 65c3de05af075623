/**
 * A colour mixed with white: `amount` 0 gives white, 1 the colour itself. Decision regions use
 * opaque tints rather than transparency, so the cells' slight overlaps (which hide hairline gaps
 * between them) cannot show as darker seams.
 *
 * @example
 * ```ts
 * tint('#0072B2', 0.25); // '#bfdcec'
 * ```
 */
export function tint(hex: string, amount: number): string {
  const channel = (i: number): string => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(255 - (255 - c) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}
