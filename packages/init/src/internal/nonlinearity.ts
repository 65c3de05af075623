import { formatValue } from '@nninit/internal';
import { choiceParam, numberParam } from './validateParameters.js';

/** PyTorch's `calculate_gain` table, in its order. */
export const NONLINEARITIES = [
  'linear',
  'conv1d',
  'conv2d',
  'conv3d',
  'conv_transpose1d',
  'conv_transpose2d',
  'conv_transpose3d',
  'sigmoid',
  'tanh',
  'relu',
  'leaky_relu',
  'selu',
] as const;

/**
 * A nonlinearity name known to {@link calculateGain}: PyTorch's list.
 * @example
 * ```ts
 * const n: Nonlinearity = 'leaky_relu';
 * ```
 */
export type Nonlinearity = (typeof NONLINEARITIES)[number];

/** The default negative slope of leaky_relu when `param` is not given (PyTorch's 0.01). */
export const DEFAULT_LEAKY_SLOPE = 0.01;

/**
 * Validates `nonlinearity` and `param` together and returns the nonlinearity and the leaky_relu
 * slope (undefined for the others: a `param` for them is an error rather than silently ignored,
 * as PyTorch does).
 */
export function validateNonlinearity(
  fn: string,
  nonlinearity: unknown,
  param: unknown,
  fallback?: Nonlinearity,
): { name: Nonlinearity; slope: number } {
  const name = choiceParam(fn, 'nonlinearity', nonlinearity, NONLINEARITIES, fallback);
  if (name !== 'leaky_relu') {
    if (param !== undefined)
      throw new RangeError(
        `${fn}: param must be undefined for ${formatValue(name)} (only "leaky_relu" takes a slope), got ${formatValue(param)}`,
      );
    return { name, slope: 0 };
  }
  return { name, slope: numberParam(fn, 'param', param, DEFAULT_LEAKY_SLOPE) };
}

/**
 * gain², exactly as a rational where the gain is a square root: relu 2, leaky_relu 2/(1 + slope²),
 * tanh 25/9, selu 9/16, the others 1. The scaled initializers use σ = √(gain²/fan), one rounding
 * of the quotient and one of the root (numpy's `sqrt(2/fan)`), not PyTorch's gain/√fan.
 */
export function gainSquared(name: Nonlinearity, slope: number): number {
  switch (name) {
    case 'relu':
      return 2;
    case 'leaky_relu':
      // 0 for |slope| ≳ 1.3e154: the scaled plans then reject gain²/fan = 0 as a RangeError.
      return 2 / (1 + slope * slope);
    case 'tanh':
      return 25 / 9;
    case 'selu':
      return 9 / 16;
    default:
      return 1;
  }
}
