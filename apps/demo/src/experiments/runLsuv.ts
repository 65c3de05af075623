import type { Initialization } from '@nninit/init';
import { accuracy, adam, type LSUVLayer, lsuv, MLP, train } from '@nninit/train';
import { classifierSetup } from './classifierSetup.js';
import type { ExperimentData } from './ExperimentData.js';

/** One network of {@link runLsuv}: how it started and how training went. */
export interface LsuvRun {
  readonly label: string;
  readonly initialization: Initialization;
  /** What LSUV did to each layer, when it ran; undefined for the plain initializations. */
  readonly lsuv: readonly LSUVLayer[] | undefined;
  /** Training loss at iterations 0, recordEvery, 2·recordEvery, … (full batch). */
  readonly costs: readonly number[];
  readonly trainAccuracy: number;
}

/** Depth, width and training of {@link runLsuv}. */
export interface LsuvOptions {
  /** Hidden tanh layers. */
  readonly layers: number;
  readonly width: number;
  /** Full-batch Adam steps. */
  readonly iterations: number;
  readonly learningRate: number;
  readonly recordEvery: number;
}

/**
 * Mishkin & Matas' (2016) claim in small: a deep tanh network [2, width × layers, outputs]
 * trained with full-batch Adam from three starts, each from the same weight stream:
 * N(0, 1) (tanh saturates: the signal is chaotic and the loss stays high), N(0, 0.01²) (the
 * signal and its gradient vanish: the loss stays at ln 2) and the same N(0, 0.01²) draw
 * rescaled by LSUV on the training inputs, so every layer's pre-activation has unit variance
 * (the same directions as the second run, only the scale differs: it trains).
 *
 * @see D. Mishkin, J. Matas, "All you need is a good init", ICLR 2016.
 * @example
 * ```ts
 * const runs = runLsuv({ layers: 20, width: 32, iterations: 150, learningRate: 0.001, recordEvery: 50 }, loadDataset('circles', undefined));
 * runs.map((r) => r.label); // ['N(0, 1)', 'N(0, 0.01²)', 'N(0, 0.01²) + LSUV']
 * ```
 */
export function runLsuv(options: LsuvOptions, data: ExperimentData): LsuvRun[] {
  const { outputs, output, loss } = classifierSetup(data.classes);
  const sizes = [data.train.x.shape[1] as number, ...new Array<number>(options.layers).fill(options.width), outputs];
  const small: Initialization = { name: 'normal', std: 0.01 };
  const starts = [
    { label: 'N(0, 1)', initialization: { name: 'normal', std: 1 } as Initialization, rescale: false },
    { label: 'N(0, 0.01²)', initialization: small, rescale: false },
    { label: 'N(0, 0.01²) + LSUV', initialization: small, rescale: true },
  ];
  return starts.map(({ label, initialization, rescale }) => {
    const model = new MLP({ sizes, activation: 'tanh', output, initialization, rng: data.weightsRng() });
    const layers = rescale ? lsuv(model, data.train.x) : undefined;
    const { costs } = train(model, data.train, {
      loss,
      optimizer: adam({ learningRate: options.learningRate }),
      iterations: options.iterations,
      recordEvery: options.recordEvery,
    });
    return { label, initialization, lsuv: layers, costs, trainAccuracy: accuracy(model, data.train) };
  });
}
