import { fail, formatValue } from '@nninit/internal';
import { Tensor } from '@nninit/tensor';
import type { NdArray } from './NdArray.js';

/**
 * The {@link NdArray} of a `@nninit/tensor` Tensor, sharing its data (no copy): dtype `float32`
 * or `float64` as the tensor's, or, for a float32 tensor, `float16` or `bfloat16` if `dtype` asks
 * (the writers then round each element to nearest, ties to even, as numpy's `astype` does).
 *
 * @example
 * ```ts
 * const t = tensor([1.5, -2, 3.140625], [3], 'float32');
 * fromTensor(t).dtype;                               // 'float32'
 * const bytes = writeSafetensors({ w: fromTensor(t, 'bfloat16') });
 * readSafetensors(bytes).tensors.get('w')?.data;     // Float32Array [1.5, -2, 3.140625]
 * ```
 * @throws TypeError if `tensor` is not a Tensor; RangeError for a `dtype` the tensor cannot be
 *   written as.
 */
export function fromTensor(tensor: Tensor, dtype?: 'float16' | 'bfloat16' | 'float32' | 'float64'): NdArray {
  const fn = 'fromTensor';
  if (!(tensor instanceof Tensor)) throw fail(TypeError, fn, 'tensor', 'a Tensor', tensor);
  const own = tensor.dtype;
  const allowed = own === 'float32' ? ['float16', 'bfloat16', 'float32'] : ['float64'];
  if (dtype !== undefined && !allowed.includes(dtype)) {
    throw fail(
      typeof dtype === 'string' ? RangeError : TypeError,
      fn,
      'dtype',
      `one of ${allowed.map((d) => formatValue(d)).join(', ')} for a ${own} tensor`,
      dtype,
    );
  }
  return { dtype: dtype ?? own, shape: tensor.shape, data: tensor.data } as NdArray;
}
