import { describeDistribution } from '@nninit/init';
import { accuracy, adam, MLP, probeSignal } from '@nninit/train';
import type { DeepOptions } from '../cli/DeepOptions.js';
import { classifierSetup } from './classifierSetup.js';
import type { DeepRun } from './DeepRun.js';
import type { ExperimentData } from './ExperimentData.js';
import { finalCost } from './finalCost.js';
import type { Progress } from './Progress.js';
import { trainRun } from './trainRun.js';

/**
 * He et al.'s (2015) experiment in small: a deep network [2, width × layers, outputs] with
 * `options.activation` (ReLU or tanh) in every hidden layer, once per initialization, each from the same weight stream. At initialization it measures the
 * standard deviation of every layer's activations and of the backpropagated gradient ∂L/∂z on
 * the whole training set (zeros: all 0; random 0.01: vanishing; random 1.0: exploding; Xavier
 * and LeCun: halving every layer under ReLU; He: flat; under tanh, Poole et al.'s (2016)
 * fixed points instead). Then it trains each one with Adam on
 * mini-batches, records the loss at every step, and measures the loss on the whole training set
 * and the activations again.
 *
 * @see K. He, X. Zhang, S. Ren, J. Sun, "Delving deep into rectifiers", ICCV 2015, §2.2 and Fig. 3.
 * @see B. Poole, S. Lahiri, M. Raghu, J. Sohl-Dickstein, S. Ganguli, "Exponential expressivity in
 *   deep neural networks through transient chaos", NeurIPS 2016.
 * @example
 * ```ts
 * const options = { ...parseCommandLine(['deep', '--layers', '6', '--width', '50', '--iterations', '2']).options };
 * const runs = runDeep(options, loadDataset('circles', 0));
 * runs.map((r) => r.label); // ['zeros', 'random:scale=0.01', 'random:scale=1', 'xavier', 'he']
 * ```
 */
export function runDeep(
  options: Pick<
    DeepOptions,
    'initializations' | 'activation' | 'layers' | 'width' | 'iterations' | 'learningRate' | 'batchSize'
  >,
  data: ExperimentData,
  onProgress?: (progress: Progress) => void,
): DeepRun[] {
  const { outputs, output, loss } = classifierSetup(data.classes);
  const sizes = [2, ...new Array<number>(options.layers).fill(options.width), outputs];
  const sampleLayer = Math.min(options.layers, Math.ceil(options.layers / 2) + 1);
  return options.initializations.map(({ label, initialization }, run) => {
    const model = new MLP({ sizes, activation: options.activation, output, initialization, rng: data.weightsRng() });
    const sampleWeights = Float64Array.from(model.weights[sampleLayer - 1]!.data);
    const initialSignal = probeSignal(model, data.train, { loss });
    const initialCost = finalCost(model, data.train);
    const report = (iteration: number, cost: number): void =>
      onProgress?.({ run, label, iteration, iterations: options.iterations, cost });
    const trained = trainRun(
      model,
      data.train,
      {
        loss,
        optimizer: adam({ learningRate: options.learningRate }),
        iterations: options.iterations,
        batchSize: options.batchSize,
        rng: data.batchesRng(),
        recordEvery: 1,
      },
      report,
    );
    let diverged = trained.diverged;
    let finalSignal: DeepRun['finalSignal'];
    if (diverged === undefined) {
      try {
        finalSignal = probeSignal(model, { x: data.train.x });
      } catch (error) {
        // Every parameter is finite but the signal through them overflows (a learning rate such
        // as 1e305 makes the weights huge): that is a divergence, shown as one, not a crash.
        if (!(error instanceof RangeError && /finite/.test(error.message))) throw error;
        diverged = { iteration: options.iterations, parameter: 'signal' };
      }
    }
    const ok = diverged === undefined;
    const result: DeepRun = {
      ...trained,
      diverged,
      label,
      initialization,
      initialSignal,
      finalSignal,
      initialCost,
      finalCost: ok ? finalCost(model, data.train) : NaN,
      trainAccuracy: ok ? accuracy(model, data.train) : undefined,
      sampleLayer,
      sampleWeights,
      declared: describeDistribution(model.weights[sampleLayer - 1]!.shape, initialization),
    };
    report(options.iterations, trained.costs[trained.costs.length - 1] ?? NaN);
    return result;
  });
}
