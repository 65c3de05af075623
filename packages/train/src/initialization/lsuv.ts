import { initialize } from '@nninit/init';
import { formatValue, validateNumber } from '@nninit/internal';
import type { RandomSource } from '@nninit/rng';
import type { DType, Tensor } from '@nninit/tensor';
import { Engine } from '../internal/engine/Engine.js';
import { activateRows } from '../internal/engine/kernels/activateRows.js';
import { forwardLayer } from '../internal/engine/kernels/forwardLayer.js';
import { moments } from '../internal/engine/moments.js';
import { LINEAR } from '../internal/model/activations.js';
import { validateInteger, validateOptionsObject, validateRandomSource } from '../internal/validation/scalars.js';
import { validateFeatures } from '../internal/validation/validateDataset.js';
import { validateInputs, validateModel } from '../internal/validation/validateTraining.js';
import type { MLP } from '../model/MLP.js';

/** Options of {@link lsuv}. */
export interface LSUVOptions {
  /** Stop rescaling a layer once |Var(z⁽ˡ⁾) − 1| < tol. In (0, 1); default 0.1 (the paper's Tol_var). */
  tol?: number;
  /** Rescalings allowed per layer before lsuv gives up with an error. Integer ≥ 1; default 10 (the paper's T_max). */
  maxIterations?: number;
  /**
   * When given, every layer's weights are first re-drawn orthonormal (@nninit/init's
   * `'orthogonal'`, gain 1, layer after layer from this source). Without it, lsuv starts from
   * the weights the model has: build it with `initialization: 'orthogonal'` for the paper's
   * pre-initialization.
   */
  rng?: RandomSource;
}

/** What {@link lsuv} did to one layer. */
export interface LSUVLayer {
  /** Rescalings W ← W/√Var applied (0 when the first measurement was already within tol). */
  iterations: number;
  /** Var(z⁽ˡ⁾) over the batch with the final weights: within tol of 1. */
  variance: number;
}

/**
 * Layer-sequential unit-variance initialization (LSUV): after an orthonormal pre-initialization,
 * go through the layers in order; for layer l, forward the batch x, measure the variance v of the
 * layer's output z⁽ˡ⁾ = W⁽ˡ⁾·a⁽ˡ⁻¹⁾ + b⁽ˡ⁾ over the whole [units × examples] tensor, and set
 * W⁽ˡ⁾ ← W⁽ˡ⁾/√v, until |v − 1| < tol or `maxIterations` rescalings (Mishkin & Matas 2016,
 * Algorithm 1, with their Tol_var = 0.1 and T_max = 10 as defaults, the tolerance on the
 * variance as in the paper and the authors' Caffe script; their PyTorch port puts 0.1 on the
 * standard deviation instead, a variance band of about [0.81, 1.21]).
 *
 * The weights are rescaled in place; biases are left as they are (the paper and the Caffe script
 * rescale weights only). z⁽ˡ⁾ is the affine layer's output, before the activation: the layer the
 * paper rescales is the FC layer, and a post-activation target could not be met at all by a
 * sigmoid (variance ≤ ¼) and only by saturation for tanh (variance < 1). With constant biases,
 * Var(z) scales exactly by 1/v and one rescaling suffices; biases that differ between units make
 * Var(z) non-linear in the scale and may need more, or make 1 unreachable (the minimum over s
 * of Var(s·W·a + b) is Var(b)·(1 − ρ²), ρ the correlation of b with W·a).
 *
 * x should be a large batch of real inputs, scaled to unit variance (the authors' advice).
 *
 * @see D. Mishkin, J. Matas, "All you need is a good init", ICLR 2016 (arXiv 1511.06422), Algorithm 1;
 *   the authors' ducha-aiki/LSUVinit `tools/extra/lsuv_init.py` and ducha-aiki/LSUV-pytorch `LSUV.py`.
 * @example
 * ```ts
 * const model = new MLP({ sizes: [16, 64, 64, 1], activation: 'tanh', initialization: 'zeros' });
 * const x = initialize([512, 16], 'normal', { rng: philox(1), dtype: 'float64' });
 * lsuv(model, x, { rng: philox(2) });
 * // [{ iterations: 1, variance: 1.0000000000000018 }, { iterations: 1, variance: 0.999999999999996 },
 * //  { iterations: 1, variance: 1 }]: one rescaling each, exact up to rounding (zero biases)
 * ```
 * @throws TypeError for a model that is not an MLP, an x that is not a Tensor of its dtype, or an
 *   rng that is not a RandomSource.
 * @throws RangeError for x of the wrong width or holding NaN/±Infinity, a tol outside (0, 1), a
 *   maxIterations < 1, an unknown option key, a layer whose output has zero or non-finite
 *   variance on x, or a layer that does not reach |Var − 1| < tol in maxIterations rescalings
 *   (the message names the layer and its last variance). Options and data are validated
 *   before any weight changes; an error from a layer leaves the weights redrawn (with `rng`) and
 *   the layers before it rescaled.
 */
export function lsuv<D extends DType>(model: MLP<D>, x: Tensor<D>, options?: LSUVOptions): LSUVLayer[] {
  const fn = 'lsuv';
  validateModel(fn, model);
  const checked = validateFeatures<D>(fn, 'x', x);
  validateInputs(fn, model, checked, 'x');
  const o = validateOptionsObject(fn, options, ['tol', 'maxIterations', 'rng']);
  const tol = validateNumber(fn, 'tol', o.tol ?? 0.1, { moreThan: 0, lessThan: 1 });
  const maxIterations = validateInteger(fn, 'maxIterations', o.maxIterations ?? 10, 1);
  const rng = o.rng === undefined ? undefined : validateRandomSource(fn, 'rng', o.rng);

  const n = checked.shape[0] as number;
  // The Engine allocates (and bounds) the workspace before any weight is touched.
  const engine = new Engine(fn, model, n, 0);
  if (rng !== undefined) {
    // Orthonormal pre-initialization (the paper's step 1), drawn layer after layer.
    for (const w of model.weights)
      w.data.set(initialize(w.shape, 'orthogonal', { rng, dtype: model.dtype }).data as Tensor<D>['data']);
  }
  engine.load(checked.data, undefined, undefined, 0, n);
  const { act, cols, stride, round } = engine;
  const inputVariance = variance(act[0] as Float64Array, model.sizes[0] as number, n, stride);
  if (inputVariance === 0)
    throw new RangeError(`${fn}: x must have a non-zero variance (every value equal), got variance 0`);

  const L = model.weights.length;
  return model.weights.map((w, i): LSUVLayer => {
    const units = model.sizes[i + 1] as number,
      inputs = model.sizes[i] as number;
    const z = act[i + 1] as Float64Array;
    const mirror = engine.weights[i] as Float64Array;
    const measure = (): number => {
      if (round) {
        mirror.set(w.data);
        (engine.biases[i] as Float64Array).set((model.biases[i] as Tensor<D>).data);
      }
      forwardLayer(
        mirror,
        engine.biases[i] as Float64Array,
        act[i] as Float64Array,
        z,
        units,
        inputs,
        cols,
        stride,
        false,
        round,
      );
      return variance(z, units, n, stride);
    };
    let v = measure();
    let iterations = 0;
    for (;;) {
      if (!Number.isFinite(v) || v === 0) {
        throw new RangeError(
          `${fn}: x must give layer ${i + 1}'s output a finite non-zero variance, got ${formatValue(v)}${v === 0 ? ' (the layer outputs a constant on this batch)' : ' (the values overflow through the weights)'}`,
        );
      }
      if (Math.abs(v - 1) < tol) break;
      if (iterations === maxIterations) {
        throw new RangeError(
          `${fn}: layer ${i + 1} did not converge: its output variance is ${formatValue(v)} after maxIterations = ${maxIterations} rescalings, not within tol = ${formatValue(tol)} of 1 (biases that vary between units can make 1 unreachable)`,
        );
      }
      const scale = 1 / Math.sqrt(v);
      for (let k = 0; k < w.data.length; k++) w.data[k] = (w.data[k] as number) * scale;
      iterations++;
      v = measure();
    }
    const f = engine.activations[i];
    if (i < L - 1 && f !== undefined && f.code !== LINEAR) activateRows(z, units, cols, stride, f.code, f.alpha, round);
    return { iterations, variance: v };
  });
}

/** Population variance over the first `count` columns of `rows` rows, two-pass (moments). */
function variance(v: Float64Array, rows: number, count: number, stride: number): number {
  const { std } = moments(v, rows, count, stride);
  return std * std;
}
