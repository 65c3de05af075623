/**
 * What {@link decisionBoundaryPlot} draws: a model's predicted class over a grid, and the data.
 *
 * @example
 * ```ts
 * const spec: DecisionBoundarySpec = {
 *   title: 'he', bounds: { x0: -1, x1: 1, y0: -1, y1: 1 },
 *   grid: { nx: 2, ny: 1, classes: [0, 1] }, points: { x: [0.5, 0.5], labels: [1] },
 * };
 * ```
 */
export interface DecisionBoundarySpec {
  readonly title: string;
  /** The plotted rectangle [x0, x1] × [y0, y1] in data coordinates. */
  readonly bounds: { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number };
  /**
   * The predicted class of each grid cell, row-major from the bottom row up: `classes[j·nx + i]`
   * is the class at the centre (x0 + (i + ½)·dx, y0 + (j + ½)·dy) of cell (i, j).
   */
  readonly grid: { readonly nx: number; readonly ny: number; readonly classes: ArrayLike<number> };
  /** The examples: coordinates as (x₁, x₂) pairs, and their labels. */
  readonly points: { readonly x: ArrayLike<number>; readonly labels: ArrayLike<number> };
  /** Pixels: the width of the figure, the height of its axes (the title adds to it). Defaults 340 × 340. */
  readonly width?: number;
  readonly height?: number;
}
