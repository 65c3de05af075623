import type { DType, Tensor } from '@nninit/tensor';
import { bceTerm } from '../internal/engine/kernels/lossGradient.js';
import { finiteLoss, validateLossInputs } from '../internal/validation/validateLossInputs.js';

/**
 * Mean binary cross-entropy of labels y ∈ {0, 1} under probabilities σ(z), computed from the
 * logits z without ever taking log 0:
 *
 * ℓ(z, y) = −[y·log σ(z) + (1 − y)·log(1 − σ(z))] = max(t, 0) + log(1 + e^{−|t|}), t = (1 − 2y)·z,
 *
 * averaged over every element. Equal to the course notebook's `compute_loss` wherever that is
 * finite; where σ(z) rounds to 0 or 1 (the notebook's `random` initialization, |z| > 37) the
 * notebook's `np.log` gives inf and `nansum` hides the NaN, while this stays finite and exact.
 *
 * @see PyTorch `BCEWithLogitsLoss`; deeplearning.ai, Improving Deep Neural Networks, init_utils.compute_loss.
 * @example
 * ```ts
 * binaryCrossEntropy(tensor([0, 0]), tensor([0, 1]));  // 0.6931471805599453 (ln 2)
 * binaryCrossEntropy(tensor([800]), tensor([0]));      // 800 (the notebook: inf)
 * ```
 * @throws TypeError if logits or labels is not a tensor, or their dtypes differ.
 * @throws RangeError if their shapes differ, they are empty, or a label is not 0 or 1, a value is NaN or infinite, or the mean overflows float64.
 */
export function binaryCrossEntropy<D extends DType>(logits: Tensor<D>, labels: Tensor<D>): number {
  const { z, y } = validateLossInputs('binaryCrossEntropy', logits, labels, 'logits', 'binary');
  let total = 0;
  for (let i = 0; i < z.length; i++) total += bceTerm(z[i] as number, y[i] as number);
  return finiteLoss('binaryCrossEntropy', 'logits', total / z.length);
}
