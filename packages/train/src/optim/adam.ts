import { resolveLearningRateMultipliers } from '../internal/optim/resolveLearningRateMultipliers.js';
import { pow } from '../internal/pow.js';
import { validateOptionsObject, validatePositive, validateReal } from '../internal/validation/scalars.js';
import { validateStep } from '../internal/validation/validateStep.js';
import type { LearningRateMultipliers } from './LearningRateMultipliers.js';
import type { Optimizer } from './Optimizer.js';

/** Options of {@link adam}. */
export interface AdamOptions {
  /** α > 0. Default 0.001. */
  learningRate?: number;
  /** β₁ in [0, 1). Default 0.9. */
  beta1?: number;
  /** β₂ in [0, 1). Default 0.999. */
  beta2?: number;
  /** ε > 0. Default 1e-8. */
  epsilon?: number;
  /** Per-layer multipliers of α (µP's); layer l's weights step with α·weights[l−1]. Default: none. */
  learningRateMultipliers?: LearningRateMultipliers;
}

/**
 * Adam (Kingma & Ba 2015, Algorithm 1): with t the step count and m, v starting at 0,
 * m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ),
 * θ ← θ − α·m̂/(√v̂ + ε), in this order of operations (the course's
 * `update_parameters_with_adam`). Moments are kept in float64. With `learningRateMultipliers`,
 * layer l's weights use α·c_W⁽ˡ⁾ and its biases α·c_b⁽ˡ⁾ (µP's MuAdam).
 *
 * @see D. P. Kingma & J. Ba, "Adam: a method for stochastic optimization", ICLR 2015.
 * @example
 * ```ts
 * const w = new Float64Array([1]);
 * adam({ learningRate: 0.1 }).step([w], [new Float64Array([3])]);
 * w[0]; // 0.9000000003333333: the first step moves by α·g/(|g| + ε) ≈ α
 * ```
 * @throws TypeError if an option has the wrong kind.
 * @throws RangeError if learningRate or epsilon is not positive and finite, a beta is outside [0, 1),
 *   or an option key is unknown (`beta_1`: did you mean `beta1`?).
 */
export function adam(options?: AdamOptions): Optimizer {
  const fn = 'adam';
  const o = validateOptionsObject(fn, options, [
    'learningRate',
    'beta1',
    'beta2',
    'epsilon',
    'learningRateMultipliers',
  ]);
  const learningRate = validatePositive(fn, 'learningRate', o.learningRate ?? 0.001);
  const beta1 = validateReal(fn, 'beta1', o.beta1 ?? 0.9, 0, 1, true);
  const beta2 = validateReal(fn, 'beta2', o.beta2 ?? 0.999, 0, 1, true);
  const epsilon = validatePositive(fn, 'epsilon', o.epsilon ?? 1e-8);
  const rates = resolveLearningRateMultipliers(fn, learningRate, o.learningRateMultipliers);
  let m: Float64Array[] | undefined, v: Float64Array[] | undefined;
  let t = 0;
  return {
    name: 'adam',
    learningRate,
    ...(o.learningRateMultipliers === undefined ? {} : { learningRateMultipliers: o.learningRateMultipliers }),
    step(parameters, gradients) {
      validateStep(`${fn}.step`, parameters, gradients, m, rates);
      m ??= parameters.map((p) => new Float64Array(p.length));
      v ??= parameters.map((p) => new Float64Array(p.length));
      t++;
      // fdlibm's pow, not `**`: engines differ in its last bit, and Adam's steps must not.
      const c1 = 1 - pow(beta1, t),
        c2 = 1 - pow(beta2, t);
      for (let k = 0; k < parameters.length; k++) {
        const p = parameters[k] as Float64Array,
          g = gradients[k] as Float64Array;
        const mk = m[k] as Float64Array,
          vk = v[k] as Float64Array;
        const alpha = rates === undefined ? learningRate : (rates[k] as number);
        for (let i = 0; i < p.length; i++) {
          const gi = g[i] as number;
          const mi = beta1 * (mk[i] as number) + (1 - beta1) * gi;
          const vi = beta2 * (vk[i] as number) + (1 - beta2) * (gi * gi);
          mk[i] = mi;
          vk[i] = vi;
          p[i] = (p[i] as number) - (alpha * (mi / c1)) / (Math.sqrt(vi / c2) + epsilon);
        }
      }
    },
  };
}
