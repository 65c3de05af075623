import { allocate, formatValue } from '@nninit/internal';
import { type DataOf, type DType, Tensor } from '@nninit/tensor';
import { fillPrepared } from './fillPrepared.js';
import { prepare } from './prepare.js';

/**
 * The one code path behind `initialize` and every named initializer: {@link prepare}, then
 * allocate the tensor (through `allocate`: a request the host cannot satisfy is a RangeError
 * naming `fn` and the size) and fill it in place (no copy: peak memory is the tensor plus the
 * samplers' 32 KiB scratch; in the keras layout, plus one torch-layout scratch of the same size).
 */
export function generate<D extends DType>(
  fn: string,
  shape: unknown,
  initialization: unknown,
  options: unknown,
): Tensor<D> {
  const prepared = prepare(fn, shape, initialization, options, ['slice']);
  const { outDims: dims, outSize: size, dtype } = prepared;
  const what = prepared.slice === undefined ? `shape ${formatValue(dims)}` : `the slice ${formatValue(dims)}`;
  const data = dtype === 'float32' ? allocate(fn, what, Float32Array, size) : allocate(fn, what, Float64Array, size);
  fillPrepared(fn, prepared, data);
  return new Tensor(data as DataOf<D>, dims);
}
