/**
 * What {@link histogramPlot} draws: samples, and what they were declared to follow.
 *
 * @example
 * ```ts
 * const spec: HistogramSpec = { title: 'W2, he', values: [0.1, -0.3], density: (x) => Math.exp(-x * x / 0.4) / Math.sqrt(0.4 * Math.PI), declared: 'normal(0, √0.2)' };
 * ```
 */
export interface HistogramSpec {
  readonly title: string;
  readonly values: ArrayLike<number>;
  /** Number of bins (default ⌈√n⌉ between 5 and 60). */
  readonly bins?: number;
  /** The declared probability density, drawn scaled to counts: n·(bin width)·f(x). */
  readonly density?: (x: number) => number;
  /** A declared point mass (a constant initializer): a spike of height n at this value. */
  readonly pointMass?: number;
  /** The declared law in words, for the legend. */
  readonly declared?: string;
  /** Default 'weight'. */
  readonly xLabel?: string;
  /** Pixels: the width of the figure, the height of its axes (title and legend add to it). Defaults 320 × 200. */
  readonly width?: number;
  readonly height?: number;
}
