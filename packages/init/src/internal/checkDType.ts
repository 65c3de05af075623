import type { DType } from '@nninit/tensor';
import { format } from './format.js';

/** `dtype` with its default 'float32': a non-string is a TypeError, an unknown name a RangeError. @internal */
export function checkDType(fn: string, dtype: unknown): DType {
  const d = dtype ?? 'float32';
  if (typeof d !== 'string') throw new TypeError(`${fn}: options.dtype must be "float32" or "float64", got ${format(d)}`);
  if (d !== 'float32' && d !== 'float64') throw new RangeError(`${fn}: options.dtype must be "float32" or "float64", got ${format(d)}`);
  return d;
}
