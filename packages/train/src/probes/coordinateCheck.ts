import { formatValue } from '@nninit/internal';
import type { DType, Tensor } from '@nninit/tensor';
import { Engine } from '../internal/engine/Engine.js';
import { forwardLayer } from '../internal/engine/kernels/forwardLayer.js';
import { firstStep } from '../internal/training/firstStep.js';
import { throwIfDiverged } from '../internal/training/throwIfDiverged.js';
import { validateInteger, validateOptionsObject } from '../internal/validation/scalars.js';
import { validateFinite } from '../internal/validation/validateDataset.js';
import { validateModelData, validateTrainOptions } from '../internal/validation/validateTraining.js';
import type { Loss } from '../losses/Loss.js';
import type { MLP } from '../model/MLP.js';
import type { Optimizer } from '../optim/Optimizer.js';

/** Options of {@link coordinateCheck}. */
export interface CoordinateCheckOptions {
  /** The loss to train on (as {@link train}'s). */
  loss: Loss;
  /** A fresh optimizer for this model (with µP's multipliers for a µP model). */
  optimizer: Optimizer;
  /** Updates to make. Default 3 (the µP repository's `nsteps`). */
  steps?: number;
}

/**
 * The coordinate check of the µP authors (Yang et al. 2022, Tensor Programs V, §D.1 / Fig. 5;
 * `mup/coord_check.py`): train `model` in place for `steps` full-batch updates on the same batch
 * `data` (`fix_data`), and record, before the first update and after each, every layer's mean
 * |z⁽ˡ⁾| over units × examples, where z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾ is the layer's output before its
 * activation (the last layer's: the logits). Result[t][l − 1] is layer l's value after t updates.
 *
 * Run it at several widths: under a correct µP every layer's curve is flat in width (its size
 * per coordinate is Θ(1)); under the standard parametrization the logits (and, with Adam, the
 * hidden layers) grow with width after the first update.
 *
 * @see G. Yang et al., "Tensor Programs V", arXiv 2203.03466 (2022), Appendix D.1; github.com/microsoft/mup, `coord_check.py`.
 * @example
 * ```ts
 * const p = mup({ baseWidths: [4, 8, 2], widths: [4, 32, 2], optimizer: 'sgd' });
 * const model = new MLP({ sizes: p.sizes, initialization: p.initialization, rng: philox(0) });
 * const data = { x: tensor([[1, 0, 0, 1], [0, 1, 1, 0]]), y: tensor([[1, 0], [0, 1]]) };
 * const sizes = coordinateCheck(model, data, { loss: 'mean_squared_error', optimizer: gradientDescent({ learningRate: 0.1, learningRateMultipliers: p.learningRateMultipliers }), steps: 2 });
 * sizes.length;  // 3: at initialization and after each of the 2 updates
 * sizes[0]![1];  // 0: the readout starts at zero
 * ```
 * @throws TypeError or RangeError as {@link train} (data that does not suit the model or loss,
 *   an optimizer already used on another model), for steps < 1, an unknown option key, or a
 *   size that overflows float64.
 * @throws DivergenceError when an update makes a parameter NaN or infinite.
 */
export function coordinateCheck<D extends DType>(
  model: MLP<D>,
  data: { x: Tensor<D>; y: Tensor<D> },
  options: CoordinateCheckOptions,
): number[][] {
  const fn = 'coordinateCheck';
  const o = validateOptionsObject(fn, options, ['loss', 'optimizer', 'steps']);
  const checked = validateModelData<D>(fn, model, data, o.loss);
  const { optimizer } = validateTrainOptions(fn, { optimizer: o.optimizer as Optimizer, iterations: 0 }, checked.n);
  const steps = validateInteger(fn, 'steps', o.steps ?? 3, 1);
  model.weights.forEach((w, l) => validateFinite(fn, `model.weights[${l}]`, w));
  model.biases.forEach((b, l) => validateFinite(fn, `model.biases[${l}]`, b));

  const engine = new Engine(fn, model, checked.n, checked.targetRows);
  engine.load(checked.x.data, checked.y.data, undefined, 0, checked.n);
  const parameters = model.weights.flatMap((w, l) => [w.data, (model.biases[l] as typeof w).data]);
  const gradients = engine.gradW.flatMap((g, l) => [g, engine.gradB[l] as typeof g]);
  const L = model.weights.length;
  const widest = Math.max(...model.sizes.slice(1, L));
  const scratch = new Float64Array(L > 1 ? widest * engine.stride : 0);
  const sizes: number[][] = [];
  for (let t = 0; t <= steps; t++) {
    engine.forward();
    sizes.push(meanAbsolute(engine, model.sizes));
    const bad = (sizes[t] as number[]).findIndex((v) => !Number.isFinite(v));
    if (bad >= 0)
      throw new RangeError(
        `${fn}: data.x must give finite sizes through the model, got ${formatValue((sizes[t] as number[])[bad])} in layer ${bad + 1} after ${t} updates`,
      );
    if (t === steps) break;
    engine.outputGradient(checked.loss, false);
    engine.backward();
    if (t === 0) firstStep(fn, optimizer, parameters, gradients);
    else optimizer.step(parameters, gradients);
    throwIfDiverged(parameters, t);
  }
  return sizes;

  /** mean |z⁽ˡ⁾| of every layer after engine.forward(): z recomputed where the activation is fused. */
  function meanAbsolute(e: Engine<D>, widths: readonly number[]): number[] {
    const { act, stride, count, cols } = e;
    return model.weights.map((_, i) => {
      const l = i + 1,
        units = widths[l] as number;
      let z = act[l] as Float64Array;
      if (l < L) {
        z = scratch;
        forwardLayer(
          e.weights[i] as Float64Array,
          e.biases[i] as Float64Array,
          act[i] as Float64Array,
          z,
          units,
          widths[i] as number,
          cols,
          stride,
          false,
          e.round,
        );
      }
      let sum = 0;
      for (let u = 0; u < units; u++) for (let j = 0; j < count; j++) sum += Math.abs(z[u * stride + j] as number);
      return sum / (units * count);
    });
  }
}
