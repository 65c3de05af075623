import { fail, validateOptions } from '@nninit/internal';
import { Tensor } from '@nninit/tensor';
import { readNpyBytes } from './internal/npyRead.js';
import { toBytes } from './internal/source.js';
import { validateMaxHeaderSize } from './internal/validateMaxHeaderSize.js';
import type { ReadNpyOptions } from './readNpy.js';

/**
 * Reads a `.npy` file of floats as a `@nninit/tensor` Tensor: {@link readNpy}, then a float32
 * tensor for `<f4`/`<f2` (float16 widens exactly) and float64 for `<f8`, in C order whatever the
 * file's order. Integer files are refused; read them with {@link readNpy}.
 *
 * @example
 * ```ts
 * const w = fromNpy(readFileSync('w.npy')); // what np.save(f, torch_weight.numpy()) wrote
 * w.shape; // [128, 256]
 * ```
 * @throws The errors of {@link readNpy}, named `fromNpy`, and a RangeError for an integer dtype.
 */
export function fromNpy(bytes: Uint8Array | ArrayBuffer, options?: ReadNpyOptions): Tensor {
  const fn = 'fromNpy';
  const { maxHeaderSize } = validateOptions(fn, options, ['maxHeaderSize']);
  const array = readNpyBytes(fn, 'bytes', toBytes(fn, 'bytes', bytes), validateMaxHeaderSize(fn, maxHeaderSize));
  if (!(array.data instanceof Float32Array || array.data instanceof Float64Array)) {
    throw fail(
      RangeError,
      fn,
      'the dtype of bytes',
      'a floating-point dtype (a Tensor holds only floats)',
      array.dtype,
    );
  }
  return new Tensor(array.data, array.shape);
}
