/**
 * One entry of a plot's legend: its label, its colour, and the swatch that shows what it names
 * (a line for a curve, dashed for a dashed curve, a box for bars or regions).
 *
 * @example
 * ```ts
 * const e: LegendEntry = { label: 'he', color: '#0072B2', swatch: 'line' };
 * ```
 */
export interface LegendEntry {
  readonly label: string;
  readonly color: string;
  readonly swatch: 'line' | 'dashed' | 'box';
}
