/**
 * What {@link trainRun} returns: the recorded costs, the time, and whether training diverged.
 *
 * @example
 * ```ts
 * const r: TrainedRun = { iterations: [0, 100], costs: [0.69, 0.6], seconds: 0.01, diverged: undefined };
 * ```
 */
export interface TrainedRun {
  /** The recorded iterations (0, k, 2k, …), up to the last one before a divergence. */
  readonly iterations: readonly number[];
  readonly costs: readonly number[];
  readonly seconds: number;
  /** Set when training diverged: a parameter or the cost became NaN or infinite (@nninit/train's DivergenceError), or (`'signal'`, from runDeep) the parameters stayed finite but the signal through them overflowed. */
  readonly diverged: { readonly iteration: number; readonly parameter: string } | undefined;
}
