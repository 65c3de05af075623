import type { Nonlinearity } from './internal/nonlinearity.js';
import { validateNonlinearity } from './internal/nonlinearity.js';

export type { Nonlinearity } from './internal/nonlinearity.js';

/**
 * The recommended gain for a nonlinearity: the factor by which a scaled initializer's standard
 * deviation is multiplied so that activations keep their variance through the layer. PyTorch's
 * `torch.nn.init.calculate_gain` table, value for value:
 *
 * | nonlinearity | gain |
 * |---|---|
 * | linear, conv1d/2d/3d, conv_transpose1d/2d/3d, sigmoid | 1 |
 * | tanh | 5/3 |
 * | relu | √2 |
 * | leaky_relu | √(2/(1 + slope²)), slope = `param`, default 0.01 (any finite slope: for |slope| > 2⁵⁰⁰, where 1 + slope² is slope² or overflows, √2/|slope|) |
 * | selu | 3/4 |
 *
 * Reference: He et al. 2015, "Delving deep into rectifiers", eq. 10 (relu, and eq. 15 for the
 * leaky variant); PyTorch documentation of `calculate_gain`. Unlike PyTorch, a `param` for a
 * nonlinearity other than leaky_relu is an error, not silently ignored.
 *
 * @example
 * ```ts
 * calculateGain('relu');             // 1.4142135623730951
 * calculateGain('tanh');             // 1.6666666666666667
 * calculateGain('leaky_relu', 0.2);  // 1.3867504905630728
 * calculateGain('leaky_relu', 1e200); // 1.4142135623730953e-200, √2·10⁻²⁰⁰ to 1 ulp
 * ```
 * @throws RangeError for an unknown nonlinearity, a `param` given to another nonlinearity than
 *   leaky_relu, or a non-finite slope; TypeError for a non-string name or non-number slope.
 */
export function calculateGain(nonlinearity: Nonlinearity, param?: number): number {
  const { name, slope } = validateNonlinearity('calculateGain', nonlinearity, param);
  switch (name) {
    case 'relu':
      return Math.sqrt(2);
    case 'leaky_relu':
      return leakyReluGain(slope);
    case 'tanh':
      return 5 / 3;
    case 'selu':
      return 3 / 4;
    default:
      return 1;
  }
}

/**
 * √(2/(1 + s²)) without overflow: where 1 + s² ≤ 2¹⁰⁰⁰ the formula as written (PyTorch's, to the
 * bit); beyond, 1 + s² rounds to s² in float64 and √(2/s²) = √2/|s| exactly, computed without
 * forming s² (which overflows for |s| > 1.3e154), within 1 ulp: 1e200 gives 1.4142135623730953e-200, not 0.
 */
function leakyReluGain(slope: number): number {
  const square = 1 + slope * slope;
  return square <= 2 ** 1000 ? Math.sqrt(2 / square) : Math.SQRT2 / Math.abs(slope);
}
