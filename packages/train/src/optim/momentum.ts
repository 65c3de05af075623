import { resolveLearningRateMultipliers } from '../internal/optim/resolveLearningRateMultipliers.js';
import { validateOptionsObject, validatePositive, validateReal } from '../internal/validation/scalars.js';
import { validateStep } from '../internal/validation/validateStep.js';
import type { LearningRateMultipliers } from './LearningRateMultipliers.js';
import type { Optimizer } from './Optimizer.js';

/** Options of {@link momentum}. */
export interface MomentumOptions {
  /** η > 0. */
  learningRate: number;
  /** μ in [0, 1). Default 0.9. */
  beta?: number;
  /** Per-layer multipliers of η (µP's); layer l's weights step with η·weights[l−1]. Default: none. */
  learningRateMultipliers?: LearningRateMultipliers;
}

/**
 * Gradient descent with (heavy-ball) momentum: v ← μ·v + ∇θ, θ ← θ − η·v, v starting at 0;
 * PyTorch's `SGD(momentum=μ)` and Keras' `SGD(momentum)`. The course's variant
 * v ← β·v + (1 − β)·∇θ is the same method with η scaled by 1 − β. With
 * `learningRateMultipliers`, layer l's weights use η·c_W⁽ˡ⁾ and its biases η·c_b⁽ˡ⁾.
 *
 * @see B. T. Polyak, "Some methods of speeding up the convergence of iteration methods", 1964;
 *   Sutskever et al., ICML 2013.
 * @example
 * ```ts
 * const w = new Float64Array([0]), g = new Float64Array([1]);
 * const opt = momentum({ learningRate: 0.1, beta: 0.5 });
 * opt.step([w], [g]); // v = 1,   w = −0.1
 * opt.step([w], [g]); // v = 1.5, w = −0.25
 * ```
 * @throws TypeError if an option has the wrong kind.
 * @throws RangeError if learningRate is not positive and finite, beta is outside [0, 1), or an
 *   option key is unknown.
 */
export function momentum(options: MomentumOptions): Optimizer {
  const fn = 'momentum';
  const o = validateOptionsObject(fn, options, ['learningRate', 'beta', 'learningRateMultipliers']);
  const learningRate = validatePositive(fn, 'learningRate', o.learningRate);
  const beta = validateReal(fn, 'beta', o.beta ?? 0.9, 0, 1, true);
  const rates = resolveLearningRateMultipliers(fn, learningRate, o.learningRateMultipliers);
  let velocity: Float64Array[] | undefined;
  return {
    name: 'momentum',
    learningRate,
    ...(o.learningRateMultipliers === undefined ? {} : { learningRateMultipliers: o.learningRateMultipliers }),
    step(parameters, gradients) {
      validateStep(`${fn}.step`, parameters, gradients, velocity, rates);
      velocity ??= parameters.map((p) => new Float64Array(p.length));
      for (let k = 0; k < parameters.length; k++) {
        const p = parameters[k] as Float64Array,
          g = gradients[k] as Float64Array,
          v = velocity[k] as Float64Array;
        const eta = rates === undefined ? learningRate : (rates[k] as number);
        for (let i = 0; i < p.length; i++) {
          const vi = beta * (v[i] as number) + (g[i] as number);
          v[i] = vi;
          p[i] = (p[i] as number) - eta * vi;
        }
      }
    },
  };
}
