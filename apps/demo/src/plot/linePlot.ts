import { escapeXml } from './escapeXml.js';
import { extent } from './extent.js';
import type { LinePlotSpec } from './LinePlotSpec.js';
import { legendWidth } from './legendWidth.js';
import { linearScale } from './linearScale.js';
import { logScale } from './logScale.js';
import { palette } from './palette.js';
import { plotFrame } from './plotFrame.js';
import { renderAxes } from './renderAxes.js';
import { renderLegend } from './renderLegend.js';
import { svgRoot } from './svgRoot.js';

const px = (v: number): string => String(Math.round(v * 10) / 10);

/**
 * A line chart as a standalone SVG string: one `<path class="series">` per series, with one
 * path vertex per drawn point (`data-points` says how many), gaps where a value cannot be
 * drawn, optional dots, axes and a legend. Used for cost curves and for per-layer standard
 * deviations against depth (a log axis, so vanishing and exploding signals both show).
 *
 * @example
 * ```ts
 * const svg = linePlot({ title: 'Cost', xLabel: 'iteration', yLabel: 'cost', series: [{ label: 'he', points: [[0, 0.88], [1000, 0.69], [2000, 0.68]] }] });
 * svg.match(/data-points="(\d+)"/)?.[1]; // '3'
 * ```
 */
export function linePlot(spec: LinePlotSpec): string {
  const yMax = spec.yMax ?? Infinity;
  const all = spec.series
    .flatMap((s) => s.points)
    .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y) && y <= yMax);
  const positive = extent(all.map(([, y]) => y).filter((y) => y > 0));
  const auto = (spec.yScale ?? 'auto') === 'auto' && positive !== undefined && positive[1] / positive[0] > 100;
  const log = spec.yScale === 'log' || auto;
  const drawable = ([x, y]: readonly [number, number]): boolean =>
    Number.isFinite(x) && Number.isFinite(y) && (!log || y > 0) && y <= yMax;
  const labels = spec.series.map((s) => {
    if (s.note !== undefined) return `${s.label} (${s.note})`;
    const low = s.points.filter((p) => Number.isFinite(p[1]) && p[1] <= 0 && log).length;
    const high = s.points.filter((p) => Number.isFinite(p[1]) && p[1] > yMax).length;
    const count = (n: number): string => (n === s.points.length ? 'all' : String(n));
    return low > 0
      ? `${s.label} (${count(low)} values ≤ 0 hidden)`
      : high > 0
        ? `${s.label} (${count(high)} values > ${yMax} hidden)`
        : s.label;
  });
  const reserve = legendWidth(labels) + 14;
  const base = plotFrame((spec.width ?? 360) + reserve, spec.height ?? 300);
  const frame = { ...base, right: base.right - reserve };
  const ys = extent(all.map(([, y]) => y));
  const x = linearScale(extent(all.map(([v]) => v)) ?? [0, 1], [frame.left, frame.right], spec.integerX === true);
  const y = log
    ? logScale(positive ?? [0.1, 10], [frame.bottom, frame.top])
    : linearScale(ys === undefined ? [0, 1] : [Math.min(0, ys[0]), ys[1] > 0 ? ys[1] * 1.05 : ys[1]], [
        frame.bottom,
        frame.top,
      ]);
  const markers = spec.markers ?? spec.series.every((s) => s.points.length <= 40);

  const lines = spec.series.map((s, i) => {
    const color = palette[i % palette.length] as string;
    let d = '',
      dots = '',
      count = 0,
      pen = 'M';
    for (const p of s.points) {
      if (!drawable(p)) {
        pen = 'M';
        continue;
      }
      const [cx, cy] = [px(x.map(p[0])), px(y.map(p[1]))];
      d += `${pen}${cx} ${cy}`;
      pen = 'L';
      count++;
      if (markers) dots += `<circle cx="${cx}" cy="${cy}" r="2.5" fill="${color}"/>`;
    }
    return `<g class="line"><path class="series" data-series="${escapeXml(s.label)}" data-points="${count}" d="${d}" stroke="${color}"/>${dots}</g>`;
  });
  const legend = renderLegend(frame, labels, 'line', 'outside');
  return svgRoot(
    frame,
    'line',
    spec.title,
    renderAxes(frame, x, y, spec.xLabel, spec.yLabel) + lines.join('') + legend,
  );
}
