/**
 * One line of a {@link linePlot}: its legend label and its points.
 *
 * @example
 * ```ts
 * const s: LineSeries = { label: 'he', points: [[0, 0.88], [1000, 0.69]] };
 * ```
 */
export interface LineSeries {
  readonly label: string;
  /** [x, y] points in order; a non-finite y (or y ≤ 0 on a log axis) leaves a gap. */
  readonly points: readonly (readonly [number, number])[];
  /** Shown after the label in the legend, e.g. 'diverged at iteration 3'. */
  readonly note?: string;
  /**
   * The colour's index: series that share one are the same colour (a measurement and its
   * prediction). Default: the series' own index. Up to 8 colours are Okabe & Ito's; more are
   * spaced along a ramp, so none repeat.
   */
  readonly colorIndex?: number;
  /** A dashed line without dots (a prediction drawn over the measurement it predicts). Default false. */
  readonly dashed?: boolean;
}

/**
 * What {@link linePlot} draws.
 *
 * @example
 * ```ts
 * const spec: LinePlotSpec = { title: 'Cost', xLabel: 'iteration', yLabel: 'cost', series: [], yScale: 'log' };
 * ```
 */
export interface LinePlotSpec {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly LineSeries[];
  /** 'log' for a base-10 y axis; 'auto' (the default) picks log when the positive values span more than two decades. */
  readonly yScale?: 'linear' | 'log' | 'auto';
  /** Values above this are not drawn (the legend counts them), so one exploding series cannot flatten the others. */
  readonly yMax?: number;
  /** Only integer ticks on the x axis (layers, steps). Default false. */
  readonly integerX?: boolean;
  /** Dots on the points. Default: when no series has more than 40 points. */
  readonly markers?: boolean;
  /** Pixels: the width of the figure, the height of its axes (the title above and the legend below add to it). Defaults 400 × 260. */
  readonly width?: number;
  readonly height?: number;
}
