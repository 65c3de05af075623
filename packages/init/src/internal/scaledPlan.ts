import type { DType } from '@nninit/tensor';
import { type Definition, type Plan, parameter } from './Definition.js';
import { fanFor } from './fans.js';
import { gainSquared, type Nonlinearity, validateNonlinearity } from './nonlinearity.js';
import { normalPlan, truncatedNormalPlan, uniformPlan } from './plans.js';
import { choiceParam, nonNegativeParam } from './validateParameters.js';

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

/**
 * Glorot (Xavier): scale = gain², fan = (fanIn + fanOut)/2. Gain 0 gives zeros, as PyTorch's
 * `xavier_normal_(t, gain=0)` (`normal_(0, 0)`) and `xavier_uniform_(t, gain=0)` (`uniform_(-0, 0)`)
 * do: declared as the constant 0, drawing as the normal or uniform with that σ would. A negative
 * gain is an error (PyTorch's `normal_` rejects a negative std, its `uniform_` from > to).
 */
export function glorotPlan(distribution: ScaledDistribution): Definition['plan'] {
  return (fn, shape, p, dtype) => {
    const gain = nonNegativeParam(fn, 'gain', p['gain'], 1);
    const fan = fanFor(fn, shape, 'fan_avg');
    if (gain === 0) return distribution === 'uniform' ? uniformPlan(fn, 0, 0, dtype) : normalPlan(fn, 0, 0, dtype);
    return scaledPlan(fn, 'gain²', gain * gain, fan, distribution, dtype, 'gain', gain);
  };
}

/** LeCun: scale = 1, fan = fanIn. */
export function lecunPlan(distribution: ScaledDistribution): Definition['plan'] {
  return (fn, shape, _p, dtype) =>
    scaledPlan(fn, '1', 1, fanFor(fn, shape, 'fan_in'), distribution, dtype, 'shape', shape);
}
