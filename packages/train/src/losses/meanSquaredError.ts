import type { DType, Tensor } from '@nninit/tensor';
import { finiteLoss, validateLossInputs } from '../internal/validation/validateLossInputs.js';

/**
 * Mean squared error over every element: (1/N)·Σᵢ (pᵢ − tᵢ)² (no ½, as PyTorch's `MSELoss`
 * and Keras' `mean_squared_error`).
 *
 * @example
 * ```ts
 * meanSquaredError(tensor([1, 2, 3]), tensor([1, 2, 5])); // 1.3333333333333333
 * ```
 * @throws TypeError if predictions or targets is not a tensor, or their dtypes differ.
 * @throws RangeError if their shapes differ or they are empty, a value is NaN or infinite, or the mean overflows float64.
 */
export function meanSquaredError<D extends DType>(predictions: Tensor<D>, targets: Tensor<D>): number {
  const { z, y } = validateLossInputs('meanSquaredError', predictions, targets, 'predictions', 'any');
  let total = 0;
  for (let i = 0; i < z.length; i++) {
    const e = (z[i] as number) - (y[i] as number);
    total += e * e;
  }
  return finiteLoss('meanSquaredError', 'predictions', total / z.length);
}
