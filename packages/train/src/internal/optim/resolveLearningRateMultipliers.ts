import { fail, formatValue, validateOptions } from '@nninit/internal';
import type { LearningRateMultipliers } from '../../optim/LearningRateMultipliers.js';
import { validatePositive } from '../validation/scalars.js';

/**
 * Validates `learningRateMultipliers` and returns the effective rate of every parameter array in
 * train's order [W1, b1, W2, b2, …]: η·c, computed once per array so that a multiplier c gives
 * the same bits as the learning rate η·c (the product is the one the optimizer would have been
 * given). Without multipliers, undefined: every array steps with η itself.
 */
export function resolveLearningRateMultipliers(
  fn: string,
  learningRate: number,
  multipliers: LearningRateMultipliers | undefined,
): Float64Array | undefined {
  if (multipliers === undefined) return undefined;
  const param = 'learningRateMultipliers';
  if (multipliers === null || typeof multipliers !== 'object' || Array.isArray(multipliers))
    throw fail(TypeError, fn, param, 'an object { weights, biases }', multipliers);
  const o = validateOptions(fn, multipliers, ['weights', 'biases'], param);
  const lists = ['weights', 'biases'].map((key) => {
    const list = o[key as 'weights' | 'biases'];
    if (!Array.isArray(list)) throw fail(TypeError, fn, `${param}.${key}`, 'an array with one number per layer', list);
    if (list.length === 0) throw fail(RangeError, fn, `${param}.${key}`, 'a non-empty array', list);
    return list.map((c, l) => validatePositive(fn, `${param}.${key}[${l}]`, c));
  }) as [number[], number[]];
  const [weights, biases] = lists;
  if (weights.length !== biases.length)
    throw new RangeError(
      `${fn}: ${param}.biases must have one number per layer (${weights.length}, as weights), got ${formatValue(biases)}`,
    );
  const rates = new Float64Array(2 * weights.length);
  for (let l = 0; l < weights.length; l++) {
    const w = learningRate * (weights[l] as number),
      b = learningRate * (biases[l] as number);
    if (!Number.isFinite(w) || !Number.isFinite(b) || w === 0 || b === 0)
      throw new RangeError(
        `${fn}: ${param} must keep learningRate × multiplier positive and finite, got ${formatValue(learningRate)} × ${formatValue(Number.isFinite(w) && w !== 0 ? biases[l] : weights[l])} in layer ${l + 1}`,
      );
    rates[2 * l] = w;
    rates[2 * l + 1] = b;
  }
  return rates;
}
