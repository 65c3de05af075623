import type { HistogramSpec } from './HistogramSpec.js';
import { histogram } from './histogram.js';
import { linearScale } from './linearScale.js';
import { plotFrame } from './plotFrame.js';
import { renderAxes } from './renderAxes.js';
import { renderLegend } from './renderLegend.js';
import { svgRoot } from './svgRoot.js';

const px = (v: number): string => String(Math.round(v * 10) / 10);

/**
 * A histogram of samples with the declared law drawn over it, as a standalone SVG string: one
 * `<rect class="bar">` per bin carrying its count (`data-count`; they add up to the number of
 * samples), the density as a `<path class="density">` scaled to counts (n·w·f(x) for bin
 * width w, so a correct sampler's bars hug the curve), or a declared point mass as a
 * `<line class="point-mass">` of height n.
 *
 * @example
 * ```ts
 * const svg = histogramPlot({ title: 'zeros', values: [0, 0, 0], pointMass: 0 });
 * [...svg.matchAll(/data-count="(\d+)"/g)].reduce((s, m) => s + Number(m[1]), 0); // 3
 * ```
 */
export function histogramPlot(spec: HistogramSpec): string {
  const frame = plotFrame(spec.width ?? 320, spec.height ?? 220);
  const { edges, counts } = histogram(spec.values, spec.bins === undefined ? undefined : { bins: spec.bins });
  const n = counts.reduce((s, c) => s + c, 0);
  const [low, high] = [edges[0] as number, edges[edges.length - 1] as number];
  const binWidth = (high - low) / counts.length;
  const curve =
    spec.density === undefined
      ? []
      : Array.from({ length: 121 }, (_, i) => {
          const v = low + ((high - low) * i) / 120;
          return [v, n * binWidth * (spec.density as (x: number) => number)(v)] as const;
        });
  const top = Math.max(
    ...counts,
    ...curve.map(([, c]) => (Number.isFinite(c) ? c : 0)),
    spec.pointMass === undefined ? 0 : n,
    1,
  );
  const x = linearScale([low, high], [frame.left, frame.right]);
  const y = linearScale([0, top * 1.6], [frame.bottom, frame.top]); // headroom for the legend
  const bars = counts.map((c, i) => {
    const [x0, x1] = [x.map(edges[i] as number), x.map(edges[i + 1] as number)];
    return `<rect class="bar" data-count="${c}" x="${px(x0)}" y="${px(y.map(c))}" width="${px(Math.max(0.5, x1 - x0 - 0.6))}" height="${px(frame.bottom - y.map(c))}"/>`;
  });
  let overlay = '';
  if (curve.length > 0)
    overlay = `<path class="density" d="${curve
      .filter(([, c]) => Number.isFinite(c))
      .map(([v, c], i) => `${i === 0 ? 'M' : 'L'}${px(x.map(v))} ${px(y.map(c))}`)
      .join('')}"/>`;
  if (spec.pointMass !== undefined) {
    const at = px(x.map(spec.pointMass));
    overlay += `<line class="point-mass" data-value="${spec.pointMass}" x1="${at}" x2="${at}" y1="${frame.bottom}" y2="${px(y.map(n))}"/><circle class="point-mass" cx="${at}" cy="${px(y.map(n))}" r="3.5"/>`;
  }
  const legend = renderLegend(
    frame,
    [`${n} samples`, ...(spec.declared === undefined ? [] : [`declared: ${spec.declared}`])],
    'box',
  );
  const body =
    renderAxes(frame, x, y, spec.xLabel ?? 'weight', 'count') +
    `<g class="bars">${bars.join('')}</g>` +
    overlay +
    legend;
  return svgRoot(frame, 'histogram', spec.title, body);
}
