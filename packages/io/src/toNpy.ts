import { allocate, fail } from '@nninit/internal';
import { Tensor } from '@nninit/tensor';
import { npyParts, type WriteNpyOptions } from './internal/npyWrite.js';
import type { NdArray } from './NdArray.js';

/**
 * A `@nninit/tensor` Tensor as a `.npy` file: {@link writeNpy} of its data, dtype and shape
 * (`<f4` for float32, `<f8` for float64), byte for byte what `np.save` writes for the same array.
 *
 * @example
 * ```ts
 * writeFileSync('w.npy', toNpy(heNormal([256, 128], { seed: 1 })));
 * // python: np.load('w.npy').std()
 * ```
 * @throws TypeError if `tensor` is not a Tensor; the errors of {@link writeNpy} for options.
 */
export function toNpy(tensor: Tensor, options?: WriteNpyOptions): Uint8Array {
  const fn = 'toNpy';
  if (!(tensor instanceof Tensor)) throw fail(TypeError, fn, 'tensor', 'a Tensor', tensor);
  const array = { dtype: tensor.dtype, shape: tensor.shape, data: tensor.data } as NdArray;
  const [header, data] = npyParts(fn, array, options);
  const out = allocate(
    fn,
    `a .npy file of ${header.length + data.length} bytes`,
    Uint8Array,
    header.length + data.length,
  );
  out.set(header);
  out.set(data, header.length);
  return out;
}
