import type { DType, Tensor } from '@nninit/tensor';
import { Engine } from '../internal/engine/Engine.js';
import { layerValues } from '../internal/engine/layerValues.js';
import { validateOptionsObject } from '../internal/validation/scalars.js';
import { validateModel, validateModelData } from '../internal/validation/validateTraining.js';
import type { Loss } from '../losses/Loss.js';
import type { MLP } from '../model/MLP.js';
import type { LayerProbe } from './LayerProbe.js';

/**
 * Every layer's pre-activations, activations and backpropagated gradients ∂L/∂z⁽ˡ⁾ on a labelled
 * batch, with the batch's mean loss: the values behind {@link probeSignal}'s moments, for
 * histograms (He et al. 2015 plot these distributions layer by layer). It runs the trainer's own
 * forward and backward pass, so `cost` is bit for bit the cost {@link train} records for the same
 * parameters and batch, and the gradients are the ones its update uses.
 *
 * @see K. He, X. Zhang, S. Ren, J. Sun, "Delving deep into rectifiers", ICCV 2015, eqs. 10 and 13.
 * @example
 * ```ts
 * const model = new MLP({ sizes: [2, 3, 1], output: 'sigmoid', initialization: 'zeros' });
 * const probe = probeLayers(model, { x: tensor([[1, 2], [3, 4]]), y: tensor([[1], [0]]) }, { loss: 'binary_cross_entropy' });
 * probe.cost;                         // 0.6931471805599453 (ln 2: σ(0) = ½ for every example)
 * [...probe.layers[1]!.activation];   // [0.5, 0.5]
 * [...probe.layers[1]!.gradient];     // [-0.25, 0.25] ((σ(z) − y)/n)
 * ```
 * @throws TypeError or RangeError for a model, data or loss that do not suit each other (as
 *   {@link train}), an unknown option key, or a cost or signal that is not finite.
 */
export function probeLayers<D extends DType>(
  model: MLP<D>,
  data: { x: Tensor<D>; y: Tensor<D> },
  options: { loss: Loss },
): { readonly cost: number; readonly layers: LayerProbe[] } {
  const fn = 'probeLayers';
  validateModel(fn, model);
  const o = validateOptionsObject(fn, options, ['loss']);
  const c = validateModelData<D>(fn, model, data, o.loss);
  const engine = new Engine(fn, model, c.n, c.targetRows);
  engine.load(c.x.data, c.y.data, undefined, 0, c.n);
  engine.forward();
  const cost = engine.outputGradient(c.loss, true);
  engine.backward();
  const { stride, count, delta } = engine;
  // The engine's rows are `stride` long (padded to 4 examples); the probe's are `count` long.
  const rows = (source: Float64Array, units: number): Float64Array => {
    const out = new Float64Array(units * count);
    for (let u = 0; u < units; u++) out.set(source.subarray(u * stride, u * stride + count), u * count);
    return out;
  };
  const layers = model.weights.map((_, i): LayerProbe => {
    const l = i + 1,
      units = model.sizes[l] as number;
    const { z, a } = layerValues(engine, model, l);
    return {
      layer: l,
      units,
      examples: count,
      preActivation: rows(z, units),
      activation: rows(a, units),
      gradient: rows(delta[l] as Float64Array, units),
    };
  });
  if (!Number.isFinite(cost)) {
    throw new RangeError(`${fn}: data must give a finite cost through the model, got ${cost}`);
  }
  for (const p of layers) {
    for (const what of ['preActivation', 'activation', 'gradient'] as const) {
      for (const v of p[what]) {
        if (!Number.isFinite(v)) {
          throw new RangeError(
            `${fn}: data.x must give finite signals through the model, got ${v} in layer ${p.layer}'s ${what} (the values are too large for the weights)`,
          );
        }
      }
    }
  }
  return { cost, layers };
}
