import type { Histogram, LayerView } from '../session/Snapshot.js';

const ROW = 34;
const LABEL = 150;

/** Variance for a label: 3 significant digits, exponent form outside [1e-3, 1e4). */
export function formatVariance(v: number): string {
  return v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e4) ? v.toExponential(2) : v.toPrecision(3);
}

/**
 * Per-layer histograms of one signal (activations or gradients) as small multiples on one
 * canvas, one row per layer with its variance: a layer whose signal vanishes shows a spike at
 * zero and a tiny variance, one that explodes a huge variance. Bars are scaled per row (the
 * shape is what matters; the variance gives the scale) and drawn as one path per row.
 */
export function drawLayerHistograms(
  canvas: HTMLCanvasElement,
  layers: readonly LayerView[],
  which: 'activation' | 'gradient',
  colour: string,
): void {
  const height = layers.length * ROW + 4;
  if (canvas.height !== height) canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (ctx === null) return;
  const { width } = canvas;
  ctx.clearRect(0, 0, width, height);
  ctx.font = '12px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  const plotWidth = width - LABEL - 8;
  layers.forEach((layer, r) => {
    const h: Histogram = layer[which];
    const v = which === 'activation' ? layer.activationVariance : layer.gradientVariance;
    const top = r * ROW + 2;
    ctx.fillStyle = '#222';
    ctx.fillText(`layer ${layer.layer}  Var ${formatVariance(v)}`, 4, top + ROW / 2);
    let max = 0;
    for (const c of h.counts) max = Math.max(max, c);
    const bins = h.counts.length,
      bw = plotWidth / bins;
    ctx.fillStyle = colour;
    ctx.beginPath();
    for (let k = 0; k < bins; k++) {
      const bh = max === 0 ? 0 : ((h.counts[k] as number) / max) * (ROW - 8);
      ctx.rect(LABEL + k * bw, top + ROW - 4 - bh, Math.max(bw - 1, 1), bh);
    }
    ctx.fill();
    ctx.strokeStyle = '#bbb';
    ctx.beginPath();
    ctx.moveTo(LABEL, top + ROW - 3.5);
    ctx.lineTo(LABEL + plotWidth, top + ROW - 3.5);
    ctx.stroke();
    ctx.fillStyle = '#555';
    ctx.font = '10px system-ui, sans-serif';
    ctx.fillText(h.lo.toPrecision(2), LABEL, top + 5);
    ctx.textAlign = 'right';
    ctx.fillText(h.hi.toPrecision(2), LABEL + plotWidth, top + 5);
    ctx.textAlign = 'left';
    ctx.font = '12px system-ui, sans-serif';
  });
}
