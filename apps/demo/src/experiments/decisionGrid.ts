import { tensor } from '@nninit/tensor';
import { type MLP, predict } from '@nninit/train';
import type { DecisionBoundarySpec } from '../plot/DecisionBoundarySpec.js';

/**
 * A classifier's predicted class at the centres of an n × n grid over the data's bounding
 * square (its larger side plus 15 % on each side), in the layout
 * {@link decisionBoundaryPlot} draws: row-major from the bottom row up.
 *
 * @example
 * ```ts
 * const model = new MLP({ sizes: [2, 1], output: 'sigmoid', initialization: 'zeros' });
 * model.weights[0]!.set([0, 0], 1); // predicts 1 where x₁ > 0
 * const { grid } = decisionGrid(model, tensor([[-1, -1], [1, 1]]), 4);
 * Array.from(grid.classes).slice(0, 4); // [0, 0, 1, 1]
 * ```
 */
export function decisionGrid(
  model: MLP,
  x: { readonly data: ArrayLike<number> },
  n: number,
): Pick<DecisionBoundarySpec, 'bounds' | 'grid'> {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < x.data.length; i += 2) {
    const [a, b] = [x.data[i] as number, x.data[i + 1] as number];
    [x0, x1, y0, y1] = [Math.min(x0, a), Math.max(x1, a), Math.min(y0, b), Math.max(y1, b)];
  }
  const half = (Math.max(x1 - x0, y1 - y0) * 1.3) / 2;
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const bounds = { x0: cx - half, x1: cx + half, y0: cy - half, y1: cy + half };
  const points: number[][] = [];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++)
      points.push([bounds.x0 + ((i + 0.5) * 2 * half) / n, bounds.y0 + ((j + 0.5) * 2 * half) / n]);
  }
  return { bounds, grid: { nx: n, ny: n, classes: predict(model, tensor(points)).data } };
}
