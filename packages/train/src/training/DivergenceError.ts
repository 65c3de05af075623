/**
 * Thrown by {@link train} when a parameter or the cost stops being finite: training diverged
 * (learning rate too large, an initialization so large the updates overflow, or targets so
 * large the loss overflows). It names what diverged and when, so a model never silently turns
 * into NaN and a cost history never holds ±Infinity.
 *
 * @example
 * ```ts
 * const circles = makeCircles({ nSamples: 120, noise: 0.05, rng: philox(1) });
 * const data = { x: circles.x, y: tensor(Array.from(circles.y.data, (v) => 1e6 * v)) };
 * const model = new MLP({ sizes: [2, 10, 1], initialization: { name: 'random', scale: 10 }, rng: philox(0) });
 * try { train(model, data, { loss: 'mean_squared_error', optimizer: gradientDescent({ learningRate: 1000 }), iterations: 1000 }); }
 * catch (e) { (e as DivergenceError).message; }
 * // 'train: training diverged at iteration 42: cost became Infinity; lower the learning rate or the initialization scale, or rescale the targets'
 * ```
 */
export class DivergenceError extends Error {
  override readonly name = 'DivergenceError';

  constructor(
    /**
     * The iteration (0-based): for a parameter, the one whose update made it non-finite; for
     * `'cost'`, the one whose cost (computed before its update) overflowed.
     */
    readonly iteration: number,
    /**
     * What diverged: `W${l}[i]` or `b${l}[i]` (layer l counted from 1 as in the notebook, i the
     * flat index), or `'cost'` when the loss overflowed while every parameter was still finite.
     */
    readonly parameter: string,
    /** The offending value: NaN, Infinity or −Infinity. */
    readonly value: number,
  ) {
    super(
      `train: training diverged at iteration ${iteration}: ${parameter} became ${value}; ${
        parameter === 'cost'
          ? 'lower the learning rate or the initialization scale, or rescale the targets'
          : 'lower the learning rate or the initialization scale'
      }`,
    );
  }
}
