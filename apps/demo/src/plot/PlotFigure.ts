import type { PlotOptions } from '@observablehq/plot';
import type { LegendEntry } from './LegendEntry.js';

/**
 * What {@link renderPlot} turns into one standalone SVG: Observable Plot's options for the
 * axes and marks, and what Plot does not lay out in SVG itself — the title above, the legend
 * below — plus a hook that tags the rendered marks for tests and readers.
 *
 * @example
 * ```ts
 * const f: PlotFigure = { kind: 'line', title: 'Cost', width: 400, height: 260, plot: { marks: [] } };
 * ```
 */
export interface PlotFigure {
  /** The `data-plot` attribute: 'line', 'histogram', 'decision-boundary'. */
  readonly kind: string;
  readonly title: string;
  /** Pixels of the whole SVG, and of Plot's part of it (the axes, without title and legend). */
  readonly width: number;
  readonly height: number;
  /** Plot's options, less those renderPlot sets: document, width, height, margins. */
  readonly plot: Omit<PlotOptions, 'document' | 'width' | 'height' | 'marginLeft' | 'marginRight' | 'marginTop'>;
  readonly legend?: readonly LegendEntry[];
  /** Called with Plot's rendered `<svg>` before it is serialized: sets classes and data attributes on the marks. */
  readonly tag?: (svg: Element) => void;
}
