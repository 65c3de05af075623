import { fail, LARGEST_FINITE } from '@nninit/internal';
import type { DType } from '../DType.js';

/** The largest finite float32, (2 − 2⁻²³)·2¹²⁷. */
export const FLOAT32_MAX = LARGEST_FINITE.float32;

/**
 * Validates a number a caller asks to store in a tensor of `dtype`: it must be finite and, for
 * float32, not round to ±Infinity (|value| must stay below FLOAT32_MAX + half an ulp). A
 * parameter that would silently become Infinity in the output is a RangeError naming the
 * parameter and the dtype.
 */
export function validateStorable(fn: string, param: string, value: unknown, dtype: DType): number {
  if (typeof value !== 'number') throw fail(TypeError, fn, param, 'a number', value);
  if (!Number.isFinite(value)) throw fail(RangeError, fn, param, 'a finite number', value);
  if (dtype === 'float32' && !Number.isFinite(Math.fround(value))) {
    throw fail(RangeError, fn, param, `within the finite range of float32 (|${param}| ≤ ${FLOAT32_MAX})`, value);
  }
  return value;
}

/**
 * Validates a number that becomes an element of a float32 tensor: NaN and ±Infinity pass (the
 * caller wrote them), but a finite number that float32 rounds to ±Infinity is a RangeError.
 */
export function validateFloat32Range(fn: string, param: string, value: number): void {
  if (Number.isFinite(value) && !Number.isFinite(Math.fround(value))) {
    throw fail(RangeError, fn, param, `within the finite range of float32 (|${param}| ≤ ${FLOAT32_MAX})`, value);
  }
}
