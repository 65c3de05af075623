import type { Snapshot } from '../session/Snapshot.js';
import { palette, rgb } from './palette.js';

const CLASS_RGB = palette.map(rgb);

/**
 * The decision surface on a canvas (each grid cell tinted with its class's colour, stronger
 * where the network is more confident) and the data over it: training points filled, test
 * points hollow, each in its class's colour with a dark outline (so classes differ by more than
 * hue). The grid is drawn into a small offscreen canvas and scaled, so a frame costs one
 * `putImageData` of n² pixels and a few hundred arcs.
 */
export function drawBoundary(
  canvas: HTMLCanvasElement,
  grid: Snapshot['grid'],
  points: NonNullable<Snapshot['points']> | undefined,
  scratch: { canvas?: HTMLCanvasElement },
): void {
  const ctx = canvas.getContext('2d');
  if (ctx === null) return;
  const { n, bounds, classes, confidence } = grid;
  const small = scratch.canvas ?? document.createElement('canvas');
  scratch.canvas = small;
  if (small.width !== n) {
    small.width = n;
    small.height = n;
  }
  const sctx = small.getContext('2d');
  if (sctx === null) return;
  const image = sctx.createImageData(n, n);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const p = j * n + i;
      const row = n - 1 - j; // grid rows run bottom-up, image rows top-down
      const [r, g, b] = CLASS_RGB[(classes[p] as number) % CLASS_RGB.length] as [number, number, number];
      const t = 0.15 + 0.45 * Math.max(0, Math.min(1, ((confidence[p] as number) - 0.5) * 2));
      const o = (row * n + i) * 4;
      image.data[o] = 255 + (r - 255) * t;
      image.data[o + 1] = 255 + (g - 255) * t;
      image.data[o + 2] = 255 + (b - 255) * t;
      image.data[o + 3] = 255;
    }
  }
  sctx.putImageData(image, 0, 0);
  const { width, height } = canvas;
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(small, 0, 0, width, height);
  if (points === undefined) return;
  const sx = width / (bounds.x1 - bounds.x0),
    sy = height / (bounds.y1 - bounds.y0);
  const draw = (xy: Float64Array, labels: Uint8Array, filled: boolean) => {
    for (let k = 0; k < labels.length; k++) {
      const px = ((xy[2 * k] as number) - bounds.x0) * sx,
        py = height - ((xy[2 * k + 1] as number) - bounds.y0) * sy;
      ctx.beginPath();
      ctx.arc(px, py, 3.2, 0, 2 * Math.PI);
      const colour = palette[(labels[k] as number) % palette.length] as string;
      if (filled) {
        ctx.fillStyle = colour;
        ctx.fill();
        ctx.strokeStyle = '#222';
        ctx.lineWidth = 0.8;
      } else {
        ctx.strokeStyle = colour;
        ctx.lineWidth = 1.6;
      }
      ctx.stroke();
    }
  };
  draw(points.train, points.labels, true);
  draw(points.test, points.testLabels, false);
}
