import * as Plot from '@observablehq/plot';
import type { DecisionBoundarySpec } from './DecisionBoundarySpec.js';
import { formatTick } from './formatTick.js';
import { palette } from './palette.js';
import { renderPlot } from './renderPlot.js';
import { tint } from './tint.js';

/**
 * A classifier's decision regions with the data over them, as in the course notebook's
 * `plot_decision_boundary` figures, as a standalone SVG string drawn by Observable Plot. Each
 * grid row is drawn as runs of equal predictions: one `<rect class="cell">` per run, tinted with
 * its class colour and tagged with `data-class`, `data-row`, `data-col` (first cell) and
 * `data-run` (cells), so the picture can be checked against the predictions cell by cell.
 * Points are `<circle class="point" data-label>` in the full class colour.
 *
 * @example
 * ```ts
 * const svg = decisionBoundaryPlot({ title: 't', bounds: { x0: 0, x1: 1, y0: 0, y1: 1 }, grid: { nx: 3, ny: 1, classes: [0, 0, 1] }, points: { x: [], labels: [] } });
 * svg.match(/class="cell"/g)?.length; // 2 runs: cells 0–1 of class 0, cell 2 of class 1
 * ```
 */
export function decisionBoundaryPlot(spec: DecisionBoundarySpec): string {
  const {
    bounds: b,
    grid: { nx, ny, classes },
  } = spec;
  const dx = (b.x1 - b.x0) / nx,
    dy = (b.y1 - b.y0) / ny;
  const cells: { row: number; col: number; run: number; cls: number; fill: string }[] = [];
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; ) {
      const c = classes[j * nx + i] as number;
      let run = 1;
      while (i + run < nx && classes[j * nx + i + run] === c) run++;
      cells.push({ row: j, col: i, run, cls: c, fill: tint(palette[c % palette.length] as string, 0.28) });
      i += run;
    }
  }
  const points = Array.from(spec.points.labels, (label, k) => ({
    x: spec.points.x[2 * k] as number,
    y: spec.points.x[2 * k + 1] as number,
    label,
    fill: palette[label % palette.length] as string,
  }));
  const width = spec.width ?? 340;
  return renderPlot({
    kind: 'decision-boundary',
    title: spec.title,
    width,
    height: spec.height ?? 340,
    plot: {
      x: { domain: [b.x0, b.x1], label: 'x₁ →', labelAnchor: 'right', tickFormat: (v: number) => formatTick(v) },
      y: { domain: [b.y0, b.y1], label: '↑ x₂', labelAnchor: 'top', tickFormat: (v: number) => formatTick(v) },
      color: { type: 'identity' },
      marks: [
        Plot.rect(cells, {
          x1: (c) => b.x0 + c.col * dx,
          x2: (c) => b.x0 + (c.col + c.run) * dx,
          y1: (c) => b.y0 + c.row * dy,
          y2: (c) => b.y0 + (c.row + 1) * dy,
          fill: 'fill',
          shapeRendering: 'crispEdges',
          className: 'cells',
        }),
        Plot.dot(points, {
          x: 'x',
          y: 'y',
          fill: 'fill',
          r: 2.6,
          stroke: '#fff',
          strokeWidth: 0.6,
          className: 'points',
        }),
      ],
    },
    tag: (svg) => {
      const rects = [...svg.querySelectorAll('g.cells rect')];
      const dots = [...svg.querySelectorAll('g.points circle')];
      if (rects.length !== cells.length || dots.length !== points.length)
        throw new Error(`decisionBoundaryPlot: Plot drew ${rects.length} cells and ${dots.length} points`);
      rects.forEach((r, k) => {
        const c = cells[k] as (typeof cells)[number];
        r.setAttribute('class', 'cell');
        for (const [name, value] of [
          ['data-class', c.cls],
          ['data-row', c.row],
          ['data-col', c.col],
          ['data-run', c.run],
        ] as const)
          r.setAttribute(name, String(value));
      });
      dots.forEach((d, k) => {
        d.setAttribute('class', 'point');
        d.setAttribute('data-label', String(points[k]?.label));
      });
    },
  });
}
