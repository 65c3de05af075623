import type { Initialization } from '@nninit/init';
import { fail, formatValue } from '@nninit/internal';
import {
  validateBoolean,
  validateInteger,
  validateOptionsObject,
  validatePositive,
} from '../internal/validation/scalars.js';
import type { LearningRateMultipliers } from '../optim/LearningRateMultipliers.js';

/** Options of {@link mup}. */
export interface MupOptions {
  /** Layer widths of the base model (the one whose hyperparameters were tuned), inputs first. */
  baseWidths: readonly number[];
  /** Layer widths of the model to build: same length, same input and output sizes. */
  widths: readonly number[];
  /** Which learning-rate rule: `'sgd'` (gradientDescent, momentum: MuSGD) or `'adam'` (MuAdam). */
  optimizer: 'sgd' | 'adam';
  /** σ² of the input and hidden layers' init variance σ²/fan_in. Default 2 (He, for ReLU). */
  scale?: number;
  /** Output weights start at 0 (the µP repository's recommendation). Default true. */
  readoutZeroInit?: boolean;
}

/** What {@link mup} returns: the MLP's `sizes` and `initialization`, and the optimizer's multipliers. */
export interface MupParametrization {
  /** `widths`, to pass to {@link MLP} as `sizes`. */
  readonly sizes: readonly number[];
  /** One initialization per layer, to pass to {@link MLP} as `initialization`. */
  readonly initialization: readonly Initialization[];
  /** To pass to gradientDescent, momentum or adam as `learningRateMultipliers`. */
  readonly learningRateMultipliers: LearningRateMultipliers;
}

/**
 * The Maximal Update Parametrization (µP) of an MLP, relative to a base model: per-layer
 * initializations and learning-rate multipliers such that hyperparameters tuned on the base
 * model stay (near) optimal as the hidden widths grow (Yang et al. 2022, Tensor Programs V,
 * Table 3). With width multipliers m_in = n_{l−1}/base_{l−1} and m_out = n_l/base_l of layer l,
 * and σ² = `scale`:
 *
 * | | input weights, all biases | hidden weights | output weights |
 * |---|---|---|---|
 * | init variance | σ²/fan_in (biases: `MLP`'s constant) | σ²/fan_in | σ²/(fan_in·m_in), or 0 (`readoutZeroInit`) |
 * | SGD LR multiplier | m_out (output bias: 1) | m_out/m_in | 1/m_in |
 * | Adam LR multiplier | 1 | 1/m_in | 1/m_in |
 *
 * This is Table 3's form, with no output multiplier (Table 3 writes 1/fan_in² and 1/fan_in for
 * the output layer; relative to a base model they are σ²/(fan_in·m_in) and 1/m_in, so that at
 * the base widths µP is the standard parametrization and every multiplier is 1). It trains
 * identically to the microsoft/mup code's form (Tables 8–9: `MuReadout` multiplies the readout's
 * input by 1/m and `set_base_shapes` scales its init std by √m; `MuSGD` multiplies a
 * vector-like parameter's LR by m and a hidden one's by fanout_mult/fanin_mult; `MuAdam` divides
 * a hidden one's by fanin_mult, in mup/optim.py), up to where Adam's ε enters. A width equal to
 * its base width counts as finite (m = 1), as in mup/infshape.py; a hidden layer kept at its base
 * width after a wider one maps a width to a fixed size, so it is output-like (init variance
 * σ²/(fan_in·m_in)), as the repository requires a `MuReadout` there.
 *
 * @see G. Yang, E. J. Hu, I. Babuschkin, S. Sidor, X. Liu, D. Farhi, N. Ryder, J. Pachocki,
 *   W. Chen, J. Gao, "Tensor Programs V: Tuning large neural networks via zero-shot
 *   hyperparameter transfer", arXiv 2203.03466 (2022), Table 3; github.com/microsoft/mup.
 * @example
 * ```ts
 * const p = mup({ baseWidths: [2, 64, 64, 1], widths: [2, 256, 256, 1], optimizer: 'adam' });
 * p.learningRateMultipliers; // { weights: [1, 0.25, 0.25], biases: [1, 1, 1] }
 * p.initialization[2];       // 'zeros'
 * const model = new MLP({ sizes: p.sizes, initialization: p.initialization, rng: philox(0) });
 * const opt = adam({ learningRate: 0.01, learningRateMultipliers: p.learningRateMultipliers });
 * ```
 * @throws TypeError for options of the wrong kind.
 * @throws RangeError for fewer than 3 widths (µP needs a hidden layer), lists of different
 *   lengths, input or output sizes that differ from the base's, a non-positive scale, an unknown
 *   optimizer or an unknown option key.
 */
export function mup(options: MupOptions): MupParametrization {
  const fn = 'mup';
  const o = validateOptionsObject(fn, options, ['baseWidths', 'widths', 'optimizer', 'scale', 'readoutZeroInit']);
  const list = (param: 'baseWidths' | 'widths'): number[] => {
    const value = o[param];
    if (!Array.isArray(value)) throw fail(TypeError, fn, param, 'an array of layer widths', value);
    if (value.length < 3)
      throw fail(RangeError, fn, param, 'at least 3 widths (inputs, a hidden layer, outputs)', value);
    return value.map((n, l) => validateInteger(fn, `${param}[${l}]`, n, 1));
  };
  const base = list('baseWidths'),
    widths = list('widths');
  if (widths.length !== base.length)
    throw fail(RangeError, fn, 'widths', `${base.length} widths, as baseWidths`, widths);
  const L = widths.length - 1;
  for (const l of [0, L]) {
    if (widths[l] !== base[l])
      throw new RangeError(
        `${fn}: widths[${l}] must equal baseWidths[${l}] (${base[l]}; µP scales hidden widths only, the ${l === 0 ? 'input' : 'output'} size is fixed), got ${widths[l]}`,
      );
  }
  if (typeof o.optimizer !== 'string') throw fail(TypeError, fn, 'optimizer', "'sgd' or 'adam'", o.optimizer);
  if (o.optimizer !== 'sgd' && o.optimizer !== 'adam')
    throw new RangeError(`${fn}: optimizer must be 'sgd' or 'adam', got ${formatValue(o.optimizer)}`);
  const sgd = o.optimizer === 'sgd';
  const scale = validatePositive(fn, 'scale', o.scale ?? 2);
  const zeroReadout = validateBoolean(fn, 'readoutZeroInit', o.readoutZeroInit ?? true);

  const initialization: Initialization[] = [],
    weights: number[] = [],
    biases: number[] = [];
  for (let l = 1; l <= L; l++) {
    const mIn = (widths[l - 1] as number) / (base[l - 1] as number);
    const mOut = (widths[l] as number) / (base[l] as number);
    // A weight from a width to a fixed size (the readout, or a hidden layer kept at its base width
    // after a wider one) is output-like: Table 3's output column, MuReadout in the repository.
    const outputLike = widths[l - 1] !== base[l - 1] && widths[l] === base[l];
    initialization.push(
      l === L && zeroReadout
        ? 'zeros'
        : {
            name: 'variance_scaling',
            scale: outputLike ? scale / mIn : scale,
            mode: 'fan_in',
            distribution: 'untruncated_normal',
          },
    );
    // One rule covers the four kinds (m = 1 for a dim at its base width): input weights
    // (m_in = 1) m_out and 1; hidden m_out/m_in and 1/m_in; output-like (m_out = 1) 1/m_in twice.
    weights.push(sgd ? mOut / mIn : 1 / mIn);
    // A bias is vector-like in its own width: MuSGD scales it by m_out, MuAdam leaves it.
    biases.push(sgd ? mOut : 1);
  }
  return Object.freeze({
    sizes: Object.freeze(widths),
    initialization: Object.freeze(initialization),
    learningRateMultipliers: Object.freeze({ weights: Object.freeze(weights), biases: Object.freeze(biases) }),
  });
}
