import type { DType, Tensor } from '@nninit/tensor';
import { classify } from '../internal/model/classify.js';
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
 * @throws RangeError if x is not [n ≥ 1, inputs], holds NaN or ±Infinity, or overflows the
 *   network (non-finite outputs).
 */
export function predict<D extends DType>(model: MLP<D>, x: Tensor<D>): Tensor<D> {
  return classify('predict', model, x);
}
