import type { DType, Tensor } from '@nninit/tensor';
import { softmaxTerm } from '../internal/engine/kernels/lossGradient.js';
import { finiteLoss, validateLossInputs } from '../internal/validation/validateLossInputs.js';

/**
 * Mean softmax cross-entropy of class labels under logits z [nSamples, nClasses]:
 *
 * ℓ(z, y) = −log softmax(z)_y = log Σₖ e^{zₖ} − z_y, computed as log Σₖ e^{zₖ − m} − (z_y − m)
 * with m = maxₖ zₖ, so no exponential overflows;
 *
 * averaged over examples. Labels are class indices 0 … nClasses − 1, shape [nSamples].
 *
 * @see J. Bridle, "Probabilistic interpretation of feedforward classification network outputs", 1990.
 * @example
 * ```ts
 * softmaxCrossEntropy(tensor([[0, 0, 0]]), tensor([2]));      // 1.0986122886681096 (ln 3)
 * softmaxCrossEntropy(tensor([[1000, 0]]), tensor([0]));      // 0
 * ```
 * @throws TypeError if logits or labels is not a tensor, or their dtypes differ.
 * @throws RangeError if logits is not [n, k] with k ≥ 1, labels is not [n], or a label is not an
 *   integer in [0, k), for a NaN or infinite value, or a mean that overflows float64.
 */
export function softmaxCrossEntropy<D extends DType>(logits: Tensor<D>, labels: Tensor<D>): number {
  const { z, y, n, k } = validateLossInputs('softmaxCrossEntropy', logits, labels, 'logits', 'classes');
  let total = 0;
  for (let j = 0; j < n; j++) total += softmaxTerm(z, j * k, 1, k, y[j] as number);
  return finiteLoss('softmaxCrossEntropy', 'logits', total / n);
}
