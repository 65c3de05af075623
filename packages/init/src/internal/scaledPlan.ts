import type { DType } from '@nninit/tensor';
import { type Definition, type Plan, parameter } from './Definition.js';
import { fanFor } from './fans.js';
import { gainSquared, type Nonlinearity, validateNonlinearity } from './nonlinearity.js';
import { normalPlan, truncatedNormalPlan, uniformPlan } from './plans.js';
import { choiceParam, positiveParam } from './validateParameters.js';

/**
 * The standard deviation of N(0, 1) truncated to [−2, 2]: Keras's and JAX's correction constant
 * (`stddev = sqrt(scale) / .87962566103423978`), so a truncated draw has variance scale/fan.
 */
export const TRUNCATION_CORRECTION = 0.87962566103423978;

/** How a variance-scaling initializer draws. */
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
 */
export function scaledPlan(
  fn: string,
  scaleName: string,
  scale: number,
  fan: number,
  distribution: ScaledDistribution,
  dtype: DType,
  param: string,
  paramValue: unknown,
): Plan {
  const v = scale / fan;
  if (!(v > 0 && Number.isFinite(v))) {
    throw new RangeError(
      `${fn}: ${scaleName}/fan must be positive and finite at float64 precision, got ${scale}/${fan}`,
    );
  }
  if (distribution === 'normal') return normalPlan(fn, 0, Math.sqrt(v), dtype, param, paramValue);
  if (distribution === 'uniform') {
    const limit = Math.sqrt(3 * v);
    return uniformPlan(fn, -limit, limit, dtype, param, param, paramValue);
  }
  const std = Math.sqrt(v) / TRUNCATION_CORRECTION;
  return truncatedNormalPlan(fn, 0, std, -2 * std, 2 * std, dtype, param, paramValue);
}

/** He's parameters (he_normal, he_uniform). */
export const HE_PARAMETERS = {
  nonlinearity: parameter<Nonlinearity>(),
  param: parameter<number>(),
  mode: parameter<'fan_in' | 'fan_out'>(),
};

/** He (Kaiming): scale = gain(nonlinearity)², fan by `mode` (fan_in or fan_out). */
export function hePlan(distribution: ScaledDistribution): Definition['plan'] {
  return (fn, shape, p, dtype) => {
    const { name: nonlinearity, slope } = validateNonlinearity(fn, p['nonlinearity'], p['param'], 'relu');
    const mode = choiceParam(fn, 'mode', p['mode'], ['fan_in', 'fan_out'] as const, 'fan_in');
    return scaledPlan(
      fn,
      'gain²',
      gainSquared(nonlinearity, slope),
      fanFor(fn, shape, mode),
      distribution,
      dtype,
      'nonlinearity',
      nonlinearity,
    );
  };
}

/** Glorot (Xavier): scale = gain², fan = (fanIn + fanOut)/2. */
export function glorotPlan(distribution: ScaledDistribution): Definition['plan'] {
  return (fn, shape, p, dtype) => {
    const gain = positiveParam(fn, 'gain', p['gain'], 1);
    return scaledPlan(fn, 'gain²', gain * gain, fanFor(fn, shape, 'fan_avg'), distribution, dtype, 'gain', gain);
  };
}

/** LeCun: scale = 1, fan = fanIn. */
export function lecunPlan(distribution: ScaledDistribution): Definition['plan'] {
  return (fn, shape, _p, dtype) =>
    scaledPlan(fn, '1', 1, fanFor(fn, shape, 'fan_in'), distribution, dtype, 'shape', shape);
}
