import { formatValue } from '@nninit/internal';
import { type DType, Tensor } from '@nninit/tensor';
import type { MLP } from '../../model/MLP.js';
import { validateFeatures } from '../validation/validateDataset.js';
import { validateModel } from '../validation/validateTraining.js';
import { outputsOf } from './outputsOf.js';

/** {@link predict}'s work, with errors under the public caller's name (predict or accuracy). */
export function classify<D extends DType>(fn: string, model: MLP<D>, x: Tensor<D>): Tensor<D> {
  validateModel(fn, model);
  const out = model.activations[model.activations.length - 1];
  const name = typeof out === 'string' ? out : out?.name;
  if (name !== 'sigmoid' && name !== 'softmax') {
    throw new TypeError(
      `${fn}: model must have output 'sigmoid' or 'softmax' to predict classes, got output ${formatValue(name)}`,
    );
  }
  const a = outputsOf(fn, model, validateFeatures<D>(fn, 'x', x));
  const [n, k] = a.shape as [number, number];
  const make = (size: number): Tensor<D>['data'] =>
    (model.dtype === 'float32' ? new Float32Array(size) : new Float64Array(size)) as Tensor<D>['data'];
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
