import { fail } from '@nninit/internal';
import { Tensor } from '@nninit/tensor';
import { validateNdArray } from './internal/validateArray.js';
import type { NdArray } from './NdArray.js';

/**
 * A `@nninit/tensor` Tensor of a floating-point array, sharing its data (no copy): float32,
 * float16 and bfloat16 arrays (all held as Float32Array, exactly) give float32 tensors, float64
 * ones float64 tensors. Integer arrays are refused: a Tensor holds only floats, and converting
 * silently would lose int64 values above 2⁵³; convert them explicitly if that is what you mean.
 *
 * @example
 * ```ts
 * const t = toTensor(readNpy(bytes)); // Tensor<'float32'> of the file's shape
 * ```
 * @throws TypeError or RangeError for an invalid array, or a RangeError for an integer dtype.
 */
export function toTensor(array: NdArray): Tensor {
  const fn = 'toTensor';
  const { info } = validateNdArray(fn, 'array', array);
  if (!(array.data instanceof Float32Array || array.data instanceof Float64Array)) {
    throw fail(RangeError, fn, 'array.dtype', 'a floating-point dtype (a Tensor holds only floats)', info.name);
  }
  return new Tensor(array.data, array.shape);
}
