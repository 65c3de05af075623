import { accuracy, gradientDescent, MLP, probeSignal } from '@nninit/train';
import type { CompareOptions } from '../cli/CompareOptions.js';
import type { CompareRun } from './CompareRun.js';
import { classifierSetup } from './classifierSetup.js';
import { costInterval } from './costInterval.js';
import type { ExperimentData } from './ExperimentData.js';
import { finalCost } from './finalCost.js';
import type { Progress } from './Progress.js';
import { trainRun } from './trainRun.js';

/**
 * The course notebook's experiment, for any list of initializations: for each one, a fresh
 * network [2, ...hidden, outputs] (ReLU hidden layers) whose weights come from the same
 * stream (the notebook's `np.random.seed(3)`), trained by full-batch gradient descent, then
 * measured: final cost, training and test accuracy, time. With the defaults this is the
 * notebook exactly (he: cost 0.8830537463419761 at iteration 0, accuracies 0.9933 and 0.96).
 *
 * @example
 * ```ts
 * const runs = runCompare(parseCommandLine(['--iterations', '1000']).options, loadDataset('circles', undefined));
 * runs.map((r) => r.label); // ['zeros', 'random:scale=10', 'he']
 * runs[2]!.costs[0];        // ≈ 0.8830537463 (the notebook prints 0.8830537463419761)
 * ```
 */
export function runCompare(
  options: Pick<CompareOptions, 'initializations' | 'hidden' | 'iterations' | 'learningRate'>,
  data: ExperimentData,
  onProgress?: (progress: Progress) => void,
): CompareRun[] {
  const { outputs, output, loss } = classifierSetup(data.classes);
  const sizes = [2, ...options.hidden, outputs];
  const recordEvery = costInterval(options.iterations);
  return options.initializations.map(({ label, initialization }, run) => {
    const model = new MLP({ sizes, output, initialization, rng: data.weightsRng() });
    const initialWeights = model.weights.map((w) => w.clone());
    const initialSignal = probeSignal(model, data.train, { loss });
    const report = (iteration: number, cost: number): void =>
      onProgress?.({ run, label, iteration, iterations: options.iterations, cost });
    const trained = trainRun(
      model,
      data.train,
      {
        loss,
        optimizer: gradientDescent({ learningRate: options.learningRate }),
        iterations: options.iterations,
        recordEvery,
      },
      report,
    );
    const ok = trained.diverged === undefined;
    const result: CompareRun = {
      ...trained,
      label,
      initialization,
      model,
      initialWeights,
      initialSignal,
      finalCost: ok ? finalCost(model, data.train) : NaN,
      trainAccuracy: ok ? accuracy(model, data.train) : undefined,
      testAccuracy: ok ? accuracy(model, data.test) : undefined,
    };
    report(options.iterations, result.finalCost);
    return result;
  });
}
