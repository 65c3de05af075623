import type { DType } from '@nninit/tensor';
import type { Dataset } from '../datasets/Dataset.js';
import { classify } from '../internal/model/classify.js';
import { validateDataset } from '../internal/validation/validateDataset.js';
import type { MLP } from '../model/MLP.js';

/**
 * The fraction of correct predictions, (1/N)·Σᵢ [predictᵢ = yᵢ] over every predicted label
 * (the notebook's `np.mean(p[0,:] == y[0,:])`: 298 of 300 is 0.9933333333333333).
 *
 * @example
 * ```ts
 * const model = new MLP({ sizes: [2, 1], output: 'sigmoid', initialization: 'zeros' });
 * accuracy(model, { x: tensor([[0, 0], [1, 1]]), y: tensor([0, 1]) }); // 0.5 (σ(0) = ½ predicts 0)
 * ```
 * @throws TypeError or RangeError as {@link predict}, and RangeError if data.y's shape differs
 *   from the predictions' or holds NaN or ±Infinity.
 */
export function accuracy<D extends DType>(model: MLP<D>, data: Dataset<D>): number {
  const fn = 'accuracy';
  const { x, y } = validateDataset<D>(fn, data);
  const p = classify(fn, model, x);
  if (p.size !== y.size) {
    throw new RangeError(
      `${fn}: data.y must have one label per prediction, [${p.shape.join(',')}], got [${y.shape.join(',')}]`,
    );
  }
  let correct = 0;
  for (let i = 0; i < p.size; i++) if (p.data[i] === y.data[i]) correct++;
  return correct / p.size;
}
