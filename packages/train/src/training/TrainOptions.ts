import type { RandomSource } from '@nninit/rng';
import type { Loss } from '../losses/Loss.js';
import type { Optimizer } from '../optim/Optimizer.js';

/** What {@link train} reports at each recorded iteration. */
export interface TrainProgress {
  /** The iteration, 0-based. */
  readonly iteration: number;
  /** The loss of that iteration's batch, before its update (the notebook's printed cost). */
  readonly cost: number;
  /** Milliseconds since training started. */
  readonly elapsed: number;
}

/**
 * Options of {@link train}.
 *
 * @example
 * ```ts
 * const options: TrainOptions = { loss: 'binary_cross_entropy', optimizer: gradientDescent({ learningRate: 0.01 }), iterations: 15000, recordEvery: 1000 };
 * ```
 */
export interface TrainOptions {
  /** The loss to minimize; must suit the model's output activation (see {@link Loss}). */
  loss: Loss;
  /** How parameters move; see {@link gradientDescent}, {@link momentum}, {@link adam}. */
  optimizer: Optimizer;
  /** Number of updates (each on one batch). */
  iterations: number;
  /** Examples per update. Default: all of them (full-batch, the notebook's setting). */
  batchSize?: number;
  /** Shuffles the examples at the start of each epoch; required when batchSize < nSamples. */
  rng?: RandomSource;
  /** Record the cost at iterations 0, k, 2k, …. Default 1 (every iteration). */
  recordEvery?: number;
  /** Called at each recorded iteration; the model holds that iteration's updated parameters. */
  onProgress?: (progress: TrainProgress) => void;
}

/** What {@link train} returns: the cost history and the wall-clock time. */
export interface TrainResult {
  /** The recorded iterations: 0, recordEvery, 2·recordEvery, …. */
  readonly iterations: readonly number[];
  /** The cost at each recorded iteration. */
  readonly costs: readonly number[];
  /** Milliseconds the whole run took. */
  readonly elapsed: number;
}
