/**
 * A training run's progress, as the experiments report it to whoever draws progress bars.
 *
 * @example
 * ```ts
 * const p: Progress = { run: 2, label: 'he', iteration: 14000, iterations: 15000, cost: 0.0736 };
 * ```
 */
export interface Progress {
  /** Index of the run (one per initialization). */
  readonly run: number;
  readonly label: string;
  /** The iteration just recorded, 0-based; equal to `iterations` when the run has finished. */
  readonly iteration: number;
  readonly iterations: number;
  readonly cost: number;
}
