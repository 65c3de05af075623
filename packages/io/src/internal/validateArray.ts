import { fail, formatChoices, validateShape } from '@nninit/internal';
import type { ArrayData, NdArray } from '../NdArray.js';
import { BY_NAME, DTYPE_NAMES, type DTypeInfo } from './dtypes.js';

/** Validates a dtype name given by the caller. */
export function validateArrayDType(fn: string, param: string, dtype: unknown): DTypeInfo {
  if (typeof dtype !== 'string') throw fail(TypeError, fn, param, `one of ${formatChoices(DTYPE_NAMES)}`, dtype);
  const info = BY_NAME.get(dtype);
  if (info === undefined) throw fail(RangeError, fn, param, `one of ${formatChoices(DTYPE_NAMES)}`, dtype);
  return info;
}

/** Validates that `data` is the typed array of `info` with `size` elements. */
export function validateArrayData(fn: string, param: string, info: DTypeInfo, data: unknown, size: number): ArrayData {
  if (!(data instanceof info.Type)) throw fail(TypeError, fn, param, `a ${info.Type.name} (dtype ${info.name})`, data);
  const typed = data as ArrayData;
  if (typed.length !== size) throw fail(RangeError, fn, `${param}.length`, `the shape's size ${size}`, typed.length);
  return typed;
}

/** Validates an {@link NdArray} given by the caller and returns its dtype's facts and size. */
export function validateNdArray(fn: string, param: string, array: unknown): { info: DTypeInfo; size: number } {
  if (typeof array !== 'object' || array === null || Array.isArray(array)) {
    throw fail(TypeError, fn, param, 'an object { dtype, shape, data }', array);
  }
  const { dtype, shape, data } = array as Partial<NdArray>;
  const info = validateArrayDType(fn, `${param}.dtype`, dtype);
  const size = validateShape(fn, `${param}.shape`, shape);
  validateArrayData(fn, `${param}.data`, info, data, size);
  return { info, size };
}

/** Validates the name of an array in an archive: a non-empty string. */
export function validateArrayName(fn: string, param: string, name: unknown): string {
  if (typeof name !== 'string') throw fail(TypeError, fn, param, 'a non-empty string', name);
  if (name === '') throw fail(RangeError, fn, param, 'a non-empty string', name);
  return name;
}
