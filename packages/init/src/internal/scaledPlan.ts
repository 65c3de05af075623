import type { Plan } from './Definition.js';
import { normalPlan, truncatedNormalPlan, uniformPlan } from './plans.js';

/**
 * The standard deviation of N(0, 1) truncated to [−2, 2]: Keras's and JAX's correction constant
 * (`stddev = sqrt(scale) / .87962566103423978`), so a truncated draw has variance scale/fan.
 * @internal
 */
export const TRUNCATION_CORRECTION = 0.87962566103423978;

/** How a variance-scaling initializer draws. @internal */
export type ScaledDistribution = 'normal' | 'truncated_normal' | 'uniform';

/**
 * Keras's `VarianceScaling` core, shared by every fan-scaled initializer: with v = scale/fan,
 *
 * - normal: N(0, v), σ = √v;
 * - truncated_normal: σ = √v / 0.87962566103423978, truncated to [−2σ, 2σ] (variance v);
 * - uniform: U[−√(3v), √(3v)) (variance v).
 *
 * He, Glorot and LeCun are this with scale = gain² (so he_normal's σ is √(2/fan), numpy's
 * `sqrt(2/fan)` to the last bit) and the matching fan.
 * @internal
 */
export function scaledPlan(
  fn: string,
  scaleName: string,
  scale: number,
  fan: number,
  distribution: ScaledDistribution,
): Plan {
  const v = scale / fan;
  if (!(v > 0 && Number.isFinite(v))) {
    throw new RangeError(
      `${fn}: ${scaleName}/fan must be positive and finite at float64 precision, got ${scale}/${fan}`,
    );
  }
  if (distribution === 'normal') return normalPlan(0, Math.sqrt(v));
  if (distribution === 'uniform') {
    const limit = Math.sqrt(3 * v);
    return uniformPlan(fn, -limit, limit);
  }
  const std = Math.sqrt(v) / TRUNCATION_CORRECTION;
  return truncatedNormalPlan(fn, 0, std, -2 * std, 2 * std);
}
