import type { DatasetName } from '../experiments/DatasetName.js';
import type { NamedInitialization } from './NamedInitialization.js';

/**
 * The settings of `compare`, parsed and validated by {@link parseCommandLine}.
 *
 * @example
 * ```ts
 * parseCommandLine([]).options; // the notebook: zeros, random:scale=10, he; hidden [10, 5]; 15000 iterations at 0.01; circles; seed undefined
 * ```
 */
export interface CompareOptions {
  readonly initializations: readonly NamedInitialization[];
  /** Hidden layer widths; inputs and outputs come from the data set. */
  readonly hidden: readonly number[];
  readonly iterations: number;
  readonly learningRate: number;
  readonly dataset: DatasetName;
  /** A Philox seed, or undefined for the notebook's numpy seeds (data 1 and 2, weights 3). */
  readonly seed: number | undefined;
  readonly json: boolean;
  /** Where to write the HTML report (as given, not yet resolved), or undefined for none. */
  readonly report: string | undefined;
}
