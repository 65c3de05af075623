import type { InitDistribution, Initialization } from '@nninit/init';
import type { LayerSignal } from '@nninit/train';
import type { TrainedRun } from './TrainedRun.js';

/**
 * One initialization's run of {@link runDeep}: the signal through the deep network before
 * and after training, the loss curve, and a sample of its initial weights.
 *
 * @example
 * ```ts
 * const [he] = runDeep({ ...parseCommandLine(['deep', '--layers', '4', '--iterations', '5']).options, initializations: [{ label: 'he', initialization: 'he' }] }, data);
 * he.initialSignal.length; // 5 (4 hidden layers and the output layer)
 * ```
 */
export interface DeepRun extends TrainedRun {
  readonly label: string;
  readonly initialization: Initialization;
  /** Per-layer activation and gradient statistics at initialization, on the training set. */
  readonly initialSignal: readonly LayerSignal[];
  /** Per-layer activation statistics after training; undefined if training diverged. */
  readonly finalSignal: readonly LayerSignal[] | undefined;
  /** Loss on the whole training set before training, and after (NaN if training diverged). */
  readonly initialCost: number;
  readonly finalCost: number;
  readonly trainAccuracy: number | undefined;
  /** Which layer's initial weights `sampleWeights` holds (1-based: a hidden-to-hidden layer when there is one). */
  readonly sampleLayer: number;
  readonly sampleWeights: Float64Array;
  /** The distribution @nninit/init declares for that layer's shape. */
  readonly declared: InitDistribution;
}
