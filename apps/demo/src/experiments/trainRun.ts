import { type Dataset, DivergenceError, type MLP, type TrainOptions, train } from '@nninit/train';
import type { TrainedRun } from './TrainedRun.js';

/**
 * Trains `model` in place with @nninit/train's `train`, keeping every recorded cost even when
 * training diverges: a `DivergenceError` (a parameter or the cost became NaN or infinite — random×10 with a
 * large learning rate, random 1.0 in a deep net) ends the run with `diverged` set instead of
 * ending the program, so a comparison can show it. `onProgress` sees each recorded cost.
 *
 * @example
 * ```ts
 * const model = new MLP({ sizes: [2, 1], output: 'sigmoid', initialization: 'zeros' });
 * const run = trainRun(model, { x: tensor([[0, 0], [1, 1]]), y: tensor([0, 1]) }, { loss: 'binary_cross_entropy', optimizer: gradientDescent({ learningRate: 0.1 }), iterations: 3 });
 * run.costs[0]; // 0.6931471805599453 (ln 2: σ(0) = ½)
 * run.diverged; // undefined
 * ```
 */
export function trainRun(
  model: MLP,
  data: Dataset<'float64'>,
  options: Omit<TrainOptions, 'onProgress'>,
  onProgress?: (iteration: number, cost: number) => void,
): TrainedRun {
  const iterations: number[] = [],
    costs: number[] = [];
  const start = performance.now();
  let diverged: TrainedRun['diverged'];
  try {
    train(model, data, {
      ...options,
      onProgress: ({ iteration, cost }) => {
        iterations.push(iteration);
        costs.push(cost);
        onProgress?.(iteration, cost);
      },
    });
  } catch (error) {
    if (!(error instanceof DivergenceError)) throw error;
    diverged = { iteration: error.iteration, parameter: error.parameter };
  }
  return { iterations, costs, seconds: (performance.now() - start) / 1000, diverged };
}
