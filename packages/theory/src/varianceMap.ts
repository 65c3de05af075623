import { validateNumber } from '@nninit/internal';
import { resolveActivation } from './internal/resolveActivation.js';
import { validateStd } from './internal/validateStd.js';
import type { MeanFieldActivation } from './MeanFieldActivation.js';

/**
 * The predicted pre-activation variance layer after layer: q⁰ = `q0`, and
 * qˡ = σ_w²·E[φ(√qˡ⁻¹·z)²] + σ_b², z ~ N(0, 1) (Poole et al. 2016, the length map). Returns
 * [q⁰, q¹, …, q^depth] (`depth + 1` values).
 *
 * In an MLP with weights of variance σ_w²/fan_in and biases of variance σ_b², layer 1's
 * pre-activations have variance q⁰ = σ_w²·mean(x²) + σ_b² over the inputs x, and layer l's are
 * predicted to have q^(l−1), exactly in the mean over weight draws for l = 1 and in the limit of
 * infinite width after that.
 *
 * @example
 * ```ts
 * varianceMap('relu', Math.SQRT2, 0, 1, 3); // [1, 1.0000000000000002, 1.0000000000000004, 1.0000000000000007]
 * varianceMap('linear', 0.5, 1, 0, 2);      // [0, 1, 1.25]
 * ```
 * @throws RangeError for an unknown activation, a std that is negative, not finite or above 1e50,
 *   a q0 outside [0, 1e100], a depth that is not an integer in [0, 1e6], or a variance that
 *   leaves float64's finite range before `depth`.
 */
export function varianceMap(
  activation: MeanFieldActivation,
  weightStd: number,
  biasStd: number,
  q0: number,
  depth: number,
): number[] {
  const fn = 'varianceMap';
  const act = resolveActivation(fn, 'activation', activation);
  const sw2 = validateStd(fn, 'weightStd', weightStd) ** 2;
  const sb2 = validateStd(fn, 'biasStd', biasStd) ** 2;
  validateNumber(fn, 'q0', q0, { min: 0, max: 1e100 });
  validateNumber(fn, 'depth', depth, { integer: true, min: 0, max: 1e6 });
  const m = new Float64Array(3);
  const q = [q0];
  for (let l = 1; l <= depth; l++) {
    const previous = q[l - 1] as number;
    if (previous > 1e100) {
      throw new RangeError(
        `${fn}: depth must be at most ${l - 1} for these scales, got ${depth} (the variance passes 1e100 at layer ${l - 1})`,
      );
    }
    act.moments(previous, m);
    q.push(sw2 * (m[0] as number) + sb2);
  }
  return q;
}
