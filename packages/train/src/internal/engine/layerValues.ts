import type { DType } from '@nninit/tensor';
import type { MLP } from '../../model/MLP.js';
import { outputActivation } from '../model/outputActivation.js';
import type { Engine } from './Engine.js';
import { forwardLayer } from './kernels/forwardLayer.js';

/**
 * Layer l's pre-activations z⁽ˡ⁾ and activations a⁽ˡ⁾ (1-based l) after `engine.forward()`, in
 * the engine's row layout (`units` rows of `engine.stride`). The engine keeps a hidden layer's
 * activations and the output layer's logits, not both halves of each pair: the missing half is
 * recomputed here with the engine's own kernels, so it is bit for bit what the forward pass had.
 */
export function layerValues<D extends DType>(
  engine: Engine<D>,
  model: MLP<D>,
  l: number,
): { readonly z: Float64Array; readonly a: Float64Array } {
  const { act, stride, count, cols } = engine;
  const L = model.weights.length;
  const i = l - 1;
  const units = model.sizes[l] as number;
  if (l === L) {
    const z = act[L] as Float64Array;
    return { z, a: outputActivation(z, units, count, stride, engine.activations[i]!) };
  }
  const z = new Float64Array(units * stride);
  forwardLayer(
    engine.weights[i] as Float64Array,
    engine.biases[i] as Float64Array,
    act[i] as Float64Array,
    z,
    units,
    model.sizes[i] as number,
    cols,
    stride,
    false,
    engine.round,
  );
  return { z, a: act[l] as Float64Array };
}
