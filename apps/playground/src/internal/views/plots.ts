import * as Plot from '@observablehq/plot';
import type { LayerView } from '../session/Snapshot.js';
import { palette } from './palette.js';

/** A point of the loss curves. */
export interface LossPoint {
  readonly iteration: number;
  readonly loss: number;
  readonly set: 'train' | 'test';
}

/** Train and test loss against iteration (Observable Plot, the palette's first two colours). */
export function lossPlot(points: readonly LossPoint[], width: number): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width,
    height: 220,
    marginLeft: 50,
    x: { label: 'iteration', grid: true },
    y: { label: 'loss', grid: true, zero: true },
    color: { domain: ['train', 'test'], range: [palette[0] as string, palette[1] as string], legend: true },
    marks: [
      Plot.line(points, { x: 'iteration', y: 'loss', stroke: 'set', z: 'set', strokeWidth: 1.6 }),
      Plot.ruleY([0]),
    ],
  });
}

/**
 * Each layer's activation and gradient variance on a log scale: constant across layers is
 * He et al.'s condition, a straight line down or up is vanishing or exploding.
 */
export function variancePlot(layers: readonly LayerView[], width: number): SVGSVGElement | HTMLElement {
  const rows = layers.flatMap((l) => [
    { layer: l.layer, variance: l.activationVariance, what: 'Var a⁽ˡ⁾' },
    { layer: l.layer, variance: l.gradientVariance, what: 'Var ∂L/∂z⁽ˡ⁾' },
  ]);
  const positive = rows.filter((r) => r.variance > 0);
  return Plot.plot({
    width,
    height: 200,
    marginLeft: 60,
    x: { label: 'layer', ticks: Math.min(layers.length, 10) },
    y: { label: 'variance', type: 'log', grid: true },
    color: { domain: ['Var a⁽ˡ⁾', 'Var ∂L/∂z⁽ˡ⁾'], range: [palette[0] as string, palette[1] as string], legend: true },
    marks: [
      Plot.line(positive, { x: 'layer', y: 'variance', stroke: 'what', z: 'what' }),
      Plot.dot(positive, { x: 'layer', y: 'variance', stroke: 'what', symbol: 'what' }),
    ],
  });
}

/**
 * A layer's weights as a density histogram, with the density its initializer declares
 * (`describeDistribution`) drawn over it: at iteration 0 they agree; training moves the weights
 * away from it.
 */
export function weightPlot(layer: LayerView, width: number): HTMLElement {
  const { lo, hi, counts, total } = layer.weights;
  const bw = (hi - lo) / counts.length;
  const bins = Array.from(counts, (c, k) => ({ x1: lo + k * bw, x2: lo + (k + 1) * bw, density: c / (total * bw) }));
  const d = layer.declared;
  const marks: Plot.Markish[] = [
    Plot.rectY(bins, { x1: 'x1', x2: 'x2', y: 'density', fill: palette[5] as string, inset: 0.5 }),
    Plot.ruleY([0]),
  ];
  if (d.kind === 'density') {
    marks.push(
      Plot.line(
        Array.from(d.x, (x, i) => ({ x, y: d.y[i] as number })),
        {
          x: 'x',
          y: 'y',
          stroke: palette[1] as string,
          strokeWidth: 2,
          strokeDasharray: '5,3',
        },
      ),
    );
  } else if (d.kind === 'constant') {
    marks.push(Plot.ruleX([d.value], { stroke: palette[1] as string, strokeWidth: 2, strokeDasharray: '5,3' }));
  }
  const figure = document.createElement('figure');
  const caption = document.createElement('figcaption');
  caption.textContent = `W${layer.layer} (${layer.units} units): ${d.label}`;
  figure.append(
    caption,
    Plot.plot({
      width,
      height: 150,
      marginLeft: 45,
      x: { label: `W${layer.layer}`, domain: [lo, hi] },
      y: { label: 'density', grid: true },
      marks,
    }),
  );
  return figure;
}
