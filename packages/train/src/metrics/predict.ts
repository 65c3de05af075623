import { Tensor, type DType } from '@nninit/tensor';
import { checkFeatures } from '../internal/checkDataset.js';
import { describe } from '../internal/checks.js';
import { outputsOf } from '../internal/outputsOf.js';
import type { MLP } from '../model/MLP.js';

/**
 * Class predictions of a classifier, as numbers: for a `sigmoid` output, 1 where the
 * probability a = σ(z) exceeds ½ and 0 elsewhere (the notebook's `p = (a3 > 0.5)`, so a = ½
 * exactly predicts 0), shape [n] for one output and [n, k] for k independent outputs; for a
 * `softmax` output, the index of the largest probability (the first on ties), shape [n].
 *
 * @example
 * ```ts
 * const model = new MLP({ sizes: [2, 1], output: 'sigmoid', initialization: 'zeros' });
 * model.biases[0]!.set([0], 0.1);
 * predict(model, tensor([[0, 0], [5, 5]])).toArray(); // [1, 1]
 * ```
 * @throws TypeError if x is not a tensor of the model's dtype, or the output activation is
 *   neither sigmoid nor softmax.
 * @throws RangeError if x is not [n ≥ 1, inputs].
 */
export function predict<D extends DType>(model: MLP<D>, x: Tensor<D>): Tensor<D> {
  const fn = 'predict';
  const out = model.activations[model.activations.length - 1];
  const name = typeof out === 'string' ? out : out?.name;
  if (name !== 'sigmoid' && name !== 'softmax') {
    throw new TypeError(`${fn}: model must have output 'sigmoid' or 'softmax' to predict classes, got output ${describe(name)}`);
  }
  const a = outputsOf(fn, model, checkFeatures<D>(fn, 'x', x, false));
  const [n, k] = a.shape as [number, number];
  const make = (size: number): Tensor<D>['data'] => (model.dtype === 'float32' ? new Float32Array(size) : new Float64Array(size)) as Tensor<D>['data'];
  if (name === 'sigmoid') {
    const labels = make(n * k);
    for (let i = 0; i < n * k; i++) labels[i] = (a.data[i] as number) > 0.5 ? 1 : 0;
    return new Tensor(labels, k === 1 ? [n] : [n, k]);
  }
  const labels = make(n);
  for (let j = 0; j < n; j++) {
    let best = 0;
    for (let c = 1; c < k; c++) if ((a.data[j * k + c] as number) > (a.data[j * k + best] as number)) best = c;
    labels[j] = best;
  }
  return new Tensor(labels, [n]);
}
