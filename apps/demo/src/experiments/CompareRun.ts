import type { Initialization } from '@nninit/init';
import type { Tensor } from '@nninit/tensor';
import type { LayerSignal, MLP } from '@nninit/train';
import type { TrainedRun } from './TrainedRun.js';

/**
 * One initialization's run of {@link runCompare}: the trained model, what it started from,
 * and how it went.
 *
 * @example
 * ```ts
 * const [he] = runCompare({ ...options, initializations: [{ label: 'he', initialization: 'he' }] }, loadDataset('circles', undefined));
 * he.trainAccuracy; // 0.9933333333333333 (the notebook)
 * ```
 */
export interface CompareRun extends TrainedRun {
  readonly label: string;
  readonly initialization: Initialization;
  /** The model after training. */
  readonly model: MLP;
  /** Copies of W⁽¹⁾ … W⁽ᴸ⁾ before training. */
  readonly initialWeights: readonly Tensor<'float64'>[];
  /** Per-layer signal of the untrained network on the training set (forward and backward). */
  readonly initialSignal: readonly LayerSignal[];
  /** The training loss after the last update (NaN if training diverged). */
  readonly finalCost: number;
  /** Accuracies after training; undefined if training diverged. */
  readonly trainAccuracy: number | undefined;
  readonly testAccuracy: number | undefined;
}
