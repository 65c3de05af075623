/**
 * What `runMup` measures: the coordinate check (µP against the standard parametrization) and the
 * learning-rate transfer from width 64 to width 1024.
 *
 * @example
 * ```ts
 * const run: MupRun = runMup({ widths: [64, 128] });
 * run.coordinateCheck.widths; // [64, 128]
 * ```
 */
export interface MupRun {
  readonly coordinateCheck: {
    readonly widths: readonly number[];
    readonly steps: number;
    /** sizes[w][t][l]: layer l + 1's mean |z| per coordinate after t Adam updates, at widths[w]. */
    readonly mup: readonly (readonly (readonly number[])[])[];
    readonly standard: readonly (readonly (readonly number[])[])[];
    /** Least-squares slope of log(size) against log(width) per layer after the last step. */
    readonly slopes: { readonly mup: readonly number[]; readonly standard: readonly number[] };
  };
  readonly transfer: {
    readonly widths: readonly [number, number];
    /** The learning rates tried, ascending. */
    readonly learningRates: readonly number[];
    /** losses[width][lr]: mean training loss of the last 5 of 50 Adam steps (∞ if it diverged). */
    readonly mup: readonly (readonly number[])[];
    readonly standard: readonly (readonly number[])[];
    /** (L_wide(η*_narrow) − min L_wide)/min L_wide: what tuning at the small width costs at the large one. */
    readonly regret: { readonly mup: number; readonly standard: number };
  };
}
