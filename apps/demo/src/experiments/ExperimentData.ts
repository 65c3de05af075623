import type { RandomSource } from '@nninit/rng';
import type { Dataset } from '@nninit/train';
import type { DatasetName } from './DatasetName.js';

/**
 * The data of one experiment and where its randomness comes from.
 *
 * @example
 * ```ts
 * const data: ExperimentData = loadDataset('circles', undefined);
 * data.streams; // 'numpy RandomState: training data seed 1, test data seed 2, weights seed 3 (the notebook)'
 * ```
 */
export interface ExperimentData {
  readonly name: DatasetName;
  readonly description: string;
  readonly classes: number;
  readonly train: Dataset<'float64'>;
  readonly test: Dataset<'float64'>;
  /** A fresh source for one run's weights: every run starts from the same stream, as the notebook reseeds before each initialization. */
  readonly weightsRng: () => RandomSource;
  /** A source for a run's mini-batch order (fresh per run, like the weights). */
  readonly batchesRng: () => RandomSource;
  /** The streams in words, for the output and the report. */
  readonly streams: string;
}
