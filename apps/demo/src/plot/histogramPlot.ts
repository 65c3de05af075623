import * as Plot from '@observablehq/plot';
import { formatTick } from './formatTick.js';
import type { HistogramSpec } from './HistogramSpec.js';
import { histogram } from './histogram.js';
import { renderPlot } from './renderPlot.js';

/** The bars' colour (Okabe & Ito's blue, lightened by opacity) and the declared law's (vermillion). */
const BAR = '#0072B2',
  DECLARED = '#D55E00';

/**
 * A histogram of samples with the declared law drawn over it, as a standalone SVG string drawn
 * by Observable Plot: one `<rect class="bar">` per bin carrying its count (`data-count`; they
 * add up to the number of samples), the density as a `<path class="density">` scaled to counts
 * (n·w·f(x) for bin width w, so a correct sampler's bars hug the curve), or a declared point mass
 * as a `<line class="point-mass">` of height n; the legend (sample count, declared law) below.
 *
 * @example
 * ```ts
 * const svg = histogramPlot({ title: 'zeros', values: [0, 0, 0], pointMass: 0 });
 * [...svg.matchAll(/data-count="(\d+)"/g)].reduce((s, m) => s + Number(m[1]), 0); // 3
 * ```
 */
export function histogramPlot(spec: HistogramSpec): string {
  const { edges, counts } = histogram(spec.values, spec.bins === undefined ? undefined : { bins: spec.bins });
  const n = counts.reduce((s, c) => s + c, 0);
  const [low, high] = [edges[0] as number, edges[edges.length - 1] as number];
  const binWidth = (high - low) / counts.length;
  const density = spec.density;
  const curve =
    density === undefined
      ? []
      : Array.from({ length: 121 }, (_, i) => {
          const v = low + ((high - low) * i) / 120;
          return { x: v, y: n * binWidth * density(v) };
        }).filter((p) => Number.isFinite(p.y));
  const top = Math.max(...counts, ...curve.map((p) => p.y), spec.pointMass === undefined ? 0 : n, 1);
  const bins = counts.map((count, i) => ({ x1: edges[i] as number, x2: edges[i + 1] as number, count }));
  const pointMass = spec.pointMass;
  const marks: Plot.Markish[] = [
    Plot.rectY(bins, {
      x1: 'x1',
      x2: 'x2',
      y: 'count',
      fill: BAR,
      fillOpacity: 0.55,
      insetLeft: 0.3,
      insetRight: 0.3,
      className: 'bars',
    }),
    ...(curve.length > 0
      ? [Plot.line(curve, { x: 'x', y: 'y', stroke: DECLARED, strokeWidth: 2, className: 'density-curve' })]
      : []),
    ...(pointMass === undefined
      ? []
      : [
          Plot.ruleX([pointMass], { y1: 0, y2: n, stroke: DECLARED, strokeWidth: 2.5, className: 'point-mass-rule' }),
          Plot.dot([pointMass], { x: (v: number) => v, y: n, r: 3.5, fill: DECLARED, className: 'point-mass-dot' }),
        ]),
    Plot.ruleY([0]),
  ];
  return renderPlot({
    kind: 'histogram',
    title: spec.title,
    width: spec.width ?? 320,
    height: spec.height ?? 200,
    plot: {
      x: {
        domain: [low, high],
        label: `${spec.xLabel ?? 'weight'} →`,
        labelAnchor: 'right',
        tickFormat: (v: number) => formatTick(v),
      },
      y: {
        domain: [0, top * 1.05],
        nice: true,
        label: '↑ count',
        labelAnchor: 'top',
        grid: true,
        tickFormat: (v: number) => formatTick(v),
      },
      marks,
    },
    legend: [
      { label: `${n} samples`, color: BAR, swatch: 'box' },
      ...(spec.declared === undefined
        ? []
        : [{ label: `declared: ${spec.declared}`, color: DECLARED, swatch: 'line' as const }]),
    ],
    tag: (svg) => {
      const rects = [...svg.querySelectorAll('g.bars rect')];
      if (rects.length !== bins.length)
        throw new Error(`histogramPlot: Plot drew ${rects.length} bars for ${bins.length} bins`);
      rects.forEach((r, i) => {
        r.setAttribute('class', 'bar');
        r.setAttribute('data-count', String(bins[i]?.count));
      });
      svg.querySelector('g.density-curve path')?.setAttribute('class', 'density');
      const rule = svg.querySelector('g.point-mass-rule line');
      rule?.setAttribute('class', 'point-mass');
      rule?.setAttribute('data-value', String(pointMass));
      svg.querySelector('g.point-mass-dot circle')?.setAttribute('class', 'point-mass');
    },
  });
}
