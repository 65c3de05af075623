import { formatValue } from '@nninit/internal';
import type { DType, Tensor } from '@nninit/tensor';
import { Engine } from '../internal/engine/Engine.js';
import { layerValues } from '../internal/engine/layerValues.js';
import { moments } from '../internal/engine/moments.js';
import { validateOptionsObject } from '../internal/validation/scalars.js';
import { validateFeatures } from '../internal/validation/validateDataset.js';
import { validateInputs, validateModel, validateModelData } from '../internal/validation/validateTraining.js';
import type { Loss } from '../losses/Loss.js';
import type { MLP } from '../model/MLP.js';
import type { LayerSignal } from './LayerSignal.js';

/**
 * Per-layer statistics of the signal a network propagates, forward and backward, on a batch:
 * the quantities He et al. (2015) reason about. With zero-mean weights of variance Var[w] and
 * ReLU, Var[z⁽ᴸ⁾] = Var[z⁽¹⁾]·Πₗ ½·nₗ₋₁·Var[w⁽ˡ⁾] (their eq. 10 with symmetric inputs): He's
 * Var[w] = 2/fanIn keeps it constant, LeCun's 1/fanIn halves it at every layer. Call it at
 * initialization, or from `train`'s `onProgress` at any point in training.
 *
 * @see K. He, X. Zhang, S. Ren, J. Sun, "Delving deep into rectifiers", ICCV 2015, eqs. 10 and 13.
 * @example
 * ```ts
 * const model = new MLP({ sizes: [2, 3, 1], output: 'sigmoid', initialization: 'zeros' });
 * probeSignal(model, { x: tensor([[1, 2], [3, 4]]) })[1]!.activation; // { mean: 0.5, std: 0 }
 * ```
 * @throws TypeError or RangeError for data that does not suit the model (as {@link train}),
 *   labels without a loss, an unknown option key, or signals that overflow float64.
 */
export function probeSignal<D extends DType>(
  model: MLP<D>,
  data: { x: Tensor<D>; y?: Tensor<D> },
  options?: { loss?: Loss },
): LayerSignal[] {
  const fn = 'probeSignal';
  validateModel(fn, model);
  const o = validateOptionsObject(fn, options, ['loss']);
  if (data === null || typeof data !== 'object')
    throw new TypeError(`${fn}: data must be { x } or { x, y } tensors, got ${formatValue(data)}`);
  let engine: Engine<D>;
  if (data.y !== undefined || o.loss !== undefined) {
    if (o.loss === undefined || data.y === undefined)
      throw new TypeError(
        `${fn}: options.loss and data.y must be given together, got ${o.loss === undefined ? 'data.y alone' : 'options.loss alone'}`,
      );
    const c = validateModelData<D>(fn, model, data, o.loss);
    engine = new Engine(fn, model, c.n, c.targetRows);
    engine.load(c.x.data, c.y.data, undefined, 0, c.n);
    engine.forward();
    engine.outputGradient(c.loss, false);
    engine.backward();
  } else {
    const x = validateFeatures<D>(fn, 'data.x', data.x);
    validateInputs(fn, model, x);
    engine = new Engine(fn, model, x.shape[0] as number, 0);
    engine.load(x.data, undefined, undefined, 0, x.shape[0] as number);
    engine.forward();
  }
  const { stride, count } = engine;
  const signals = model.weights.map((w, i): LayerSignal => {
    const l = i + 1,
      units = model.sizes[l] as number;
    const { z, a } = layerValues(engine, model, l);
    const signal = {
      layer: l,
      preActivation: moments(z, units, count, stride),
      activation: moments(a, units, count, stride),
    };
    if (engine.target.length === 0) return signal;
    return {
      ...signal,
      gradient: moments(engine.delta[l] as Float64Array, units, count, stride),
      weightGradient: moments(engine.gradW[i] as Float64Array, 1, w.size, w.size),
    };
  });
  // Finite data can still overflow through large weights: refuse rather than report ±Infinity.
  for (const signal of signals) {
    for (const [what, m] of Object.entries(signal)) {
      if (typeof m !== 'object') continue;
      for (const v of [m.mean, m.std]) {
        if (!Number.isFinite(v)) {
          throw new RangeError(
            `${fn}: data.x must give finite signals through the model, got ${v} in layer ${signal.layer}'s ${what} (the values are too large for the weights)`,
          );
        }
      }
    }
  }
  return signals;
}
