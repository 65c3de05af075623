import { Tensor, type DType } from '@nninit/tensor';
import { activate, resolveActivation, SOFTMAX } from './activations.js';
import { Engine, type Layers } from './Engine.js';

/**
 * The network's outputs for every row of x [n, inputs], as a [n, outputs] tensor: a forward
 * pass over all rows at once, then the output activation applied to the logits (softmax with
 * the max subtracted, so it never overflows).
 */
export function outputsOf<D extends DType>(fn: string, net: Layers<D>, x: Tensor<D>): Tensor<D> {
  const inputs = net.sizes[0] as number;
  if (x.dtype !== net.dtype) throw new TypeError(`${fn}: x.dtype must be the model's ${net.dtype}, got ${x.dtype}`);
  if (x.shape[1] !== inputs) throw new RangeError(`${fn}: x must have ${inputs} column${inputs === 1 ? '' : 's'} (the model's inputs), got shape [${x.shape.join(',')}]`);
  const n = x.shape[0] as number;
  const engine = new Engine(net, n, 0);
  engine.load(x.data, undefined, undefined, 0, n);
  engine.forward();
  const L = net.sizes.length - 1;
  const k = net.sizes[L] as number;
  const z = engine.act[L] as Float32Array | Float64Array;
  const f = resolveActivation(fn, 'output', net.activations[L - 1], true);
  const out = new Tensor((net.dtype === 'float32' ? new Float32Array(n * k) : new Float64Array(n * k)) as Tensor<D>['data'], [n, k]);
  for (let j = 0; j < n; j++) {
    let max = -Infinity, sum = 0;
    if (f.code === SOFTMAX) {
      for (let c = 0; c < k; c++) max = Math.max(max, z[c * engine.stride + j] as number);
      for (let c = 0; c < k; c++) sum += Math.exp((z[c * engine.stride + j] as number) - max);
    }
    for (let c = 0; c < k; c++) {
      const v = z[c * engine.stride + j] as number;
      out.data[j * k + c] = f.code === SOFTMAX ? Math.exp(v - max) / sum : activate(v, f.code, f.alpha);
    }
  }
  return out;
}
