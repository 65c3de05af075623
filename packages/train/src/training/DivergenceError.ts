/**
 * Thrown by {@link train} when a parameter stops being finite: training diverged (learning rate
 * too large, or an initialization so large the updates overflow). It names the iteration whose
 * update produced the NaN or ±Infinity, so a model never silently turns into NaN.
 *
 * @example
 * ```ts
 * try { train(model, data, { loss: 'mean_squared_error', optimizer: gradientDescent({ learningRate: 1e6 }), iterations: 100 }); }
 * catch (e) { if (e instanceof DivergenceError) e.iteration; } // e.g. 3
 * ```
 */
export class DivergenceError extends Error {
  override readonly name = 'DivergenceError';

  constructor(
    /** The iteration (0-based) whose update made a parameter non-finite. */
    readonly iteration: number,
    /** Which parameter: `W[l]` or `b[l]`, l counted from 1 as in the notebook. */
    readonly parameter: string,
    /** The offending value: NaN, Infinity or −Infinity. */
    readonly value: number,
  ) {
    super(`train: training diverged at iteration ${iteration}: ${parameter} became ${value}; lower the learning rate or the initialization scale`);
  }
}
