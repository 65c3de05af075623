/**
 * Thrown by {@link train} when a parameter stops being finite: training diverged (learning rate
 * too large, or an initialization so large the updates overflow). It names the iteration whose
 * update produced the NaN or ±Infinity, so a model never silently turns into NaN.
 *
 * @example
 * ```ts
 * const circles = makeCircles({ nSamples: 120, noise: 0.05, rng: philox(1) });
 * const data = { x: circles.x, y: tensor(Array.from(circles.y.data, (v) => 1e6 * v)) };
 * const model = new MLP({ sizes: [2, 10, 1], initialization: { name: 'random', scale: 10 }, rng: philox(0) });
 * try { train(model, data, { loss: 'mean_squared_error', optimizer: gradientDescent({ learningRate: 1000 }), iterations: 1000 }); }
 * catch (e) { (e as DivergenceError).message; }
 * // 'train: training diverged at iteration 80: W1[0] became NaN; lower the learning rate or the initialization scale'
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
    super(
      `train: training diverged at iteration ${iteration}: ${parameter} became ${value}; lower the learning rate or the initialization scale`,
    );
  }
}
