import { resolveLearningRateMultipliers } from '../internal/optim/resolveLearningRateMultipliers.js';
import { validateOptionsObject, validatePositive } from '../internal/validation/scalars.js';
import { validateStep } from '../internal/validation/validateStep.js';
import type { LearningRateMultipliers } from './LearningRateMultipliers.js';
import type { Optimizer } from './Optimizer.js';

/** Options of {@link gradientDescent}. */
export interface GradientDescentOptions {
  /** η > 0. */
  learningRate: number;
  /** Per-layer multipliers of η (µP's); layer l's weights step with η·weights[l−1]. Default: none. */
  learningRateMultipliers?: LearningRateMultipliers;
}

/**
 * Plain gradient descent: θ ← θ − η·∇θ, the notebook's `W = W - learning_rate * dW`
 * (full-batch gradient descent, or stochastic gradient descent on mini-batches). With
 * `learningRateMultipliers`, layer l's weights use η·c_W⁽ˡ⁾ and its biases η·c_b⁽ˡ⁾ (µP's MuSGD).
 *
 * @see Cauchy 1847; Robbins & Monro 1951 (stochastic).
 * @example
 * ```ts
 * const w = new Float64Array([1, 2]);
 * gradientDescent({ learningRate: 0.5 }).step([w], [new Float64Array([2, 2])]);
 * w; // Float64Array [0, 1]
 * ```
 * @throws TypeError if options or learningRate has the wrong kind.
 * @throws RangeError if learningRate is not a positive finite number (0, negative, NaN), or an
 *   option key is unknown (`momentum` belongs to {@link momentum}).
 */
export function gradientDescent(options: GradientDescentOptions): Optimizer {
  const fn = 'gradientDescent';
  const o = validateOptionsObject(fn, options, ['learningRate', 'learningRateMultipliers']);
  const learningRate = validatePositive(fn, 'learningRate', o.learningRate);
  const rates = resolveLearningRateMultipliers(fn, learningRate, o.learningRateMultipliers);
  return {
    name: 'gradient_descent',
    learningRate,
    ...(o.learningRateMultipliers === undefined ? {} : { learningRateMultipliers: o.learningRateMultipliers }),
    step(parameters, gradients) {
      validateStep(`${fn}.step`, parameters, gradients, undefined, rates);
      for (let k = 0; k < parameters.length; k++) {
        const p = parameters[k] as Float64Array,
          g = gradients[k] as Float64Array;
        const eta = rates === undefined ? learningRate : (rates[k] as number);
        for (let i = 0; i < p.length; i++) p[i] = (p[i] as number) - eta * (g[i] as number);
      }
    },
  };
}
