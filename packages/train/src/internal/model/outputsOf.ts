import { type DType, Tensor } from '@nninit/tensor';
import { Engine, type Layers } from '../engine/Engine.js';
import { validateFinite } from '../validation/validateDataset.js';
import { outputActivation } from './outputActivation.js';

/**
 * The network's outputs for every row of x [n, inputs], as a [n, outputs] tensor of the model's
 * dtype: one forward pass over all rows, the output activation applied to the logits, the result
 * transposed back to examples in rows.
 */
export function outputsOf<D extends DType>(fn: string, net: Layers<D>, x: Tensor<D>): Tensor<D> {
  const inputs = net.sizes[0] as number;
  if (x.dtype !== net.dtype) throw new TypeError(`${fn}: x.dtype must be the model's ${net.dtype}, got ${x.dtype}`);
  if (x.shape[1] !== inputs)
    throw new RangeError(
      `${fn}: x must have ${inputs} column${inputs === 1 ? '' : 's'} (the model's inputs), got shape [${x.shape.join(',')}]`,
    );
  const n = x.shape[0] as number;
  const engine = new Engine(fn, net, n, 0);
  engine.load(x.data, undefined, undefined, 0, n);
  engine.forward();
  const L = net.sizes.length - 1,
    k = net.sizes[L] as number;
  const a = outputActivation(engine.act[L] as Float64Array, k, n, engine.stride, engine.activations[L - 1]!);
  const out = new Tensor(
    (net.dtype === 'float32' ? new Float32Array(n * k) : new Float64Array(n * k)) as Tensor<D>['data'],
    [n, k],
  );
  for (let j = 0; j < n; j++) for (let c = 0; c < k; c++) out.data[j * k + c] = a[c * engine.stride + j] as number;
  // Finite inputs can still overflow through large weights; a NaN output would classify as
  // anything, so it is refused rather than returned.
  validateFinite(fn, 'x', out, "'s outputs", 'the values of x are too large for the weights');
  return out;
}
