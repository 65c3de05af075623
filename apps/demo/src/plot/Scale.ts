/**
 * A map from data values to pixels along one axis, with its tick values and labels.
 *
 * @example
 * ```ts
 * const x: Scale = linearScale([0, 10], [50, 450]);
 * x.map(5); // 250
 * ```
 */
export interface Scale {
  /** 'linear' or 'log' (base 10). */
  readonly kind: 'linear' | 'log';
  /** The data interval [low, high] the axis spans. */
  readonly domain: readonly [number, number];
  /** Pixel position of a data value (outside the domain: extrapolated). */
  map(value: number): number;
  /** Tick values inside the domain. */
  ticks(): number[];
  /** A tick's label. */
  format(value: number): string;
}
