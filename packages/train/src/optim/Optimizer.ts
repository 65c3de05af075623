import type { LearningRateMultipliers } from './LearningRateMultipliers.js';

/**
 * An optimizer: after each backward pass, `step` updates every parameter array in place from
 * its gradient (same order, same lengths). Stateful optimizers (momentum, Adam) allocate their
 * state on the first step and keep it: one optimizer object belongs to one model.
 *
 * @example
 * ```ts
 * const w = new Float64Array([1, 2]);
 * gradientDescent({ learningRate: 0.5 }).step([w], [new Float64Array([2, 2])]);
 * w; // Float64Array [0, 1]
 * ```
 */
export interface Optimizer {
  /** `'gradient_descent'`, `'momentum'` or `'adam'`. */
  readonly name: string;
  /** η, the step size. */
  readonly learningRate: number;
  /** Per-layer multipliers of η, when given (see {@link LearningRateMultipliers}). */
  readonly learningRateMultipliers?: LearningRateMultipliers;
  /** θ ← update(θ, ∇θ) for each parameter array. */
  step(parameters: readonly (Float32Array | Float64Array)[], gradients: readonly (Float32Array | Float64Array)[]): void;
}
