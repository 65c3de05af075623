import type { DecisionBoundarySpec } from './DecisionBoundarySpec.js';
import { linearScale } from './linearScale.js';
import { palette } from './palette.js';
import { plotFrame } from './plotFrame.js';
import { renderAxes } from './renderAxes.js';
import { svgRoot } from './svgRoot.js';
import { tint } from './tint.js';

const px = (v: number): string => String(Math.round(v * 100) / 100);

/**
 * A classifier's decision regions with the data over them, as in the course notebook's
 * `plot_decision_boundary` figures, as a standalone SVG string. Each grid row is drawn as runs
 * of equal predictions: one `<rect class="cell">` per run, tinted with its class colour and
 * tagged with `data-class`, `data-row`, `data-col` (first cell) and `data-run` (cells), so the
 * picture can be checked against the predictions cell by cell. Points are
 * `<circle class="point" data-label>` in the full class colour.
 *
 * @example
 * ```ts
 * const svg = decisionBoundaryPlot({ title: 't', bounds: { x0: 0, x1: 1, y0: 0, y1: 1 }, grid: { nx: 3, ny: 1, classes: [0, 0, 1] }, points: { x: [], labels: [] } });
 * svg.match(/class="cell"/g)?.length; // 2 runs: cells 0–1 of class 0, cell 2 of class 1
 * ```
 */
export function decisionBoundaryPlot(spec: DecisionBoundarySpec): string {
  const frame = plotFrame(spec.width ?? 340, spec.height ?? 340);
  const {
    bounds: b,
    grid: { nx, ny, classes },
  } = spec;
  const x = linearScale([b.x0, b.x1], [frame.left, frame.right]);
  const y = linearScale([b.y0, b.y1], [frame.bottom, frame.top]);
  const cellW = (frame.right - frame.left) / nx,
    cellH = (frame.bottom - frame.top) / ny;
  const cells: string[] = [];
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; ) {
      const c = classes[j * nx + i] as number;
      let run = 1;
      while (i + run < nx && classes[j * nx + i + run] === c) run++;
      const top = frame.bottom - (j + 1) * cellH;
      cells.push(
        `<rect class="cell" data-class="${c}" data-row="${j}" data-col="${i}" data-run="${run}" x="${px(frame.left + i * cellW)}" y="${px(top)}" width="${px(run * cellW + 0.3)}" height="${px(cellH + 0.3)}" fill="${tint(palette[c % palette.length] as string, 0.28)}"/>`,
      );
      i += run;
    }
  }
  const points: string[] = [];
  for (let k = 0; k < spec.points.labels.length; k++) {
    const label = spec.points.labels[k] as number;
    points.push(
      `<circle class="point" data-label="${label}" cx="${px(x.map(spec.points.x[2 * k] as number))}" cy="${px(y.map(spec.points.x[2 * k + 1] as number))}" r="2.6" fill="${palette[label % palette.length]}"/>`,
    );
  }
  const body =
    `<g class="cells" shape-rendering="crispEdges">${cells.join('')}</g>` +
    renderAxes(frame, x, y, 'x₁', 'x₂') +
    `<g class="points">${points.join('')}</g>`;
  return svgRoot(frame, 'decision-boundary', spec.title, body);
}
