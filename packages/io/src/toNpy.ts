import { fail } from '@nninit/internal';
import { Tensor } from '@nninit/tensor';
import { npyBytes } from './internal/npyBytes.js';
import type { WriteNpyOptions } from './internal/npyWrite.js';
import type { NdArray } from './NdArray.js';

/**
 * A `@nninit/tensor` Tensor as a `.npy` file: {@link writeNpy} of its data, dtype and shape
 * (`<f4` for float32, `<f8` for float64), byte for byte what `np.save` writes for the same array.
 *
 * @example
 * ```ts
 * const bytes = toNpy(tensor([[1, 2, 3], [4, 5, 6]], [2, 3], 'float32'));
 * bytes.length;                 // 152: the 128-byte header np.save writes, then 6 float32s
 * readNpy(bytes).shape;         // [2, 3]
 * // writeFileSync('w.npy', bytes); then in Python: np.load('w.npy')
 * ```
 * @throws TypeError if `tensor` is not a Tensor; the errors of {@link writeNpy} for options.
 */
export function toNpy(tensor: Tensor, options?: WriteNpyOptions): Uint8Array {
  const fn = 'toNpy';
  if (!(tensor instanceof Tensor)) throw fail(TypeError, fn, 'tensor', 'a Tensor', tensor);
  const array = { dtype: tensor.dtype, shape: tensor.shape, data: tensor.data } as NdArray;
  return npyBytes(fn, array, options);
}
