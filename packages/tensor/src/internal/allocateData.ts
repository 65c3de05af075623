import { allocate } from '@nninit/internal';
import type { DataOf, DType } from '../DType.js';
import { formatShape } from './format.js';

/**
 * The zeroed typed array of `dtype` for a tensor of `shape` (`size` elements), or a RangeError
 * naming `fn` and the shape when it would exceed one array's 4 GiB limit or the host's memory,
 * instead of the engine's `Invalid typed array length` or an out-of-memory abort.
 */
export function allocateData<D extends DType>(fn: string, dtype: D, shape: readonly number[], size: number): DataOf<D> {
  const what = `shape ${formatShape(shape)}`;
  return (
    dtype === 'float32' ? allocate(fn, what, Float32Array, size) : allocate(fn, what, Float64Array, size)
  ) as DataOf<D>;
}
