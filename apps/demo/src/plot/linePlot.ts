import * as Plot from '@observablehq/plot';
import { extent } from './extent.js';
import { formatTick } from './formatTick.js';
import type { LinePlotSpec } from './LinePlotSpec.js';
import { palette } from './palette.js';
import { renderPlot } from './renderPlot.js';

/**
 * A line chart as a standalone SVG string, drawn by Observable Plot: one `<path class="series">`
 * per series (`data-series` its label, `data-points` the number of points drawn, and an empty
 * path for a series with none), gaps where a value cannot be drawn, optional dots, axes, and
 * the legend below. Used for cost curves and for per-layer standard deviations against depth (a
 * log axis, ticks at powers of ten, so vanishing and exploding signals both show).
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
  const colorIndex = spec.series.map((s, i) => s.colorIndex ?? i);
  const colors = colorIndex.map((c) => seriesColor(c, Math.max(...colorIndex) + 1));
  const markers = spec.markers ?? spec.series.every((s) => s.points.length <= 40);
  const xs = extent(all.map(([x]) => x)) ?? [0, 1];
  const width = spec.width ?? 400;

  // A gap is a point whose y is NaN: Plot's line breaks there instead of joining across it.
  const data = spec.series.map((s) => s.points.map(([x, y]) => ({ x, y: drawable([x, y]) ? y : NaN })));
  const marks = data.flatMap((points, i) => {
    const color = colors[i] as string;
    return [
      Plot.line(points, {
        x: 'x',
        y: 'y',
        stroke: color,
        strokeWidth: 2,
        className: `series-${i}`,
        ...(spec.series[i]?.dashed === true ? { strokeDasharray: '5 3' } : {}),
      }),
      ...(markers && spec.series[i]?.dashed !== true
        ? [Plot.dot(points, { x: 'x', y: 'y', fill: color, r: 2.5, filter: (d) => !Number.isNaN(d.y) })]
        : []),
    ];
  });

  let y: Plot.ScaleOptions;
  if (log) {
    const [low, high] = positive ?? [0.1, 10];
    const e0 = Math.floor(Math.log10(low));
    const e1 = Math.max(e0 + 1, Math.ceil(Math.log10(high)));
    const every = Math.ceil((e1 - e0 + 1) / 8);
    const ticks = Array.from({ length: e1 - e0 + 1 }, (_, k) => e0 + k)
      .filter((e) => (e - e0) % every === 0)
      .map((e) => Number(`1e${e}`));
    y = { type: 'log', domain: [10 ** e0, 10 ** e1], ticks, tickFormat: (v: number) => formatTick(v, true) };
  } else {
    const ys = extent(all.map(([, v]) => v)) ?? [0, 1];
    const domain: [number, number] = [Math.min(0, ys[0]), ys[1] > 0 ? ys[1] * 1.05 : ys[1]];
    if (domain[0] === domain[1]) domain[1] = domain[0] + 1;
    y = { type: 'linear', domain, nice: true, tickFormat: (v: number) => formatTick(v) };
  }
  const span = xs[1] - xs[0];
  const x: Plot.ScaleOptions = {
    type: 'linear',
    domain: span > 0 ? xs : [xs[0] - 1, xs[0] + 1],
    tickFormat: (v: number) => formatTick(v),
    ...(spec.integerX === true ? { ticks: Math.max(1, Math.min(Math.floor(span), Math.floor(width / 70))) } : {}),
  };

  return renderPlot({
    kind: 'line',
    title: spec.title,
    width,
    height: spec.height ?? 260,
    plot: {
      x: { ...x, label: `${spec.xLabel} →`, labelAnchor: 'right' },
      y: { ...y, label: `↑ ${spec.yLabel}`, labelAnchor: 'top', grid: true },
      marks,
    },
    legend: labels.map((label, i) => ({
      label,
      color: colors[i] as string,
      swatch: spec.series[i]?.dashed === true ? 'dashed' : 'line',
    })),
    tag: (svg) => {
      spec.series.forEach((s, i) => {
        const group = svg.querySelector(`g.series-${i}`);
        let path = group?.querySelector('path') ?? null;
        if (path === null) {
          path = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'path');
          path.setAttribute('d', '');
          (group ?? svg).appendChild(path);
        }
        path.setAttribute('class', 'series');
        path.setAttribute('data-series', s.label);
        path.setAttribute('data-points', String(s.points.filter(drawable).length));
        path.setAttribute('fill', 'none');
      });
    },
  });
}

/**
 * Colour i of n: Okabe & Ito's palette for up to 8; for more, n evenly spaced colours of the
 * cyclical "sinebow" scheme (Plot's, after Stoddard's), so no two series share a colour.
 */
function seriesColor(i: number, n: number): string {
  if (n <= palette.length) return palette[i] as string;
  return Plot.scale({ color: { type: 'sequential', scheme: 'sinebow', domain: [0, n] } }).apply(i) as string;
}
