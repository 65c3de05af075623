import type { DatasetName } from '../experiments/DatasetName.js';
import type { DeepActivation } from '../experiments/deepActivations.js';
import type { NamedInitialization } from './NamedInitialization.js';

/**
 * The settings of `deep`, parsed and validated by {@link parseCommandLine}.
 *
 * @example
 * ```ts
 * parseCommandLine(['deep', '--layers', '10']).options.layers; // 10
 * ```
 */
export interface DeepOptions {
  readonly initializations: readonly NamedInitialization[];
  /** Activation of every hidden layer (`--activation`, default relu). */
  readonly activation: DeepActivation;
  /** Number of hidden layers. */
  readonly layers: number;
  /** Units in each hidden layer. */
  readonly width: number;
  /** Adam steps on mini-batches of `batchSize`. */
  readonly iterations: number;
  readonly learningRate: number;
  readonly batchSize: number;
  readonly dataset: DatasetName;
  /** Philox seed of the data, the weights and the batches. */
  readonly seed: number;
  readonly json: boolean;
  readonly report: string | undefined;
}
