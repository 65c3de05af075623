/**
 * The width in pixels a legend needs for its labels: a 28 px swatch column plus about 5.8 px per
 * character of the longest label (10.5 px system sans-serif), capped at 260 px.
 *
 * @example
 * ```ts
 * legendWidth(['zeros', 'he']); // 63
 * ```
 */
export function legendWidth(labels: readonly string[]): number {
  const longest = Math.max(0, ...labels.map((l) => [...l].length));
  return Math.min(260, Math.ceil(34 + 5.8 * longest));
}
