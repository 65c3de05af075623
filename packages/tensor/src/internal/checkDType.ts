import type { DType } from '../DType.js';
import { format } from './format.js';

/** Validates a dtype given at a public entry point. */
export function checkDType(fn: string, param: string, dtype: unknown): DType {
  if (dtype !== 'float32' && dtype !== 'float64') {
    // A string outside the two names is a value outside the domain; anything else the wrong kind.
    const ErrorClass = typeof dtype === 'string' ? RangeError : TypeError;
    throw new ErrorClass(`${fn}: ${param} must be 'float32' or 'float64', got ${format(dtype)}`);
  }
  return dtype;
}

/** Allocates the typed array for `dtype` with `size` zeroed elements. */
export function allocate(dtype: DType, size: number): Float32Array | Float64Array {
  return dtype === 'float32' ? new Float32Array(size) : new Float64Array(size);
}
