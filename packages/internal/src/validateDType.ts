import { fail } from './fail.js';

/** The element types of nninit's tensors and fills. */
export type FloatDType = 'float32' | 'float64';

/**
 * Validates a `dtype` argument: `undefined` means `fallback`; `'float32'` and `'float64'` pass;
 * another string is a RangeError (a value outside the domain) and anything else, `null`
 * included, a TypeError (the wrong kind of value).
 *
 * @example
 * ```ts
 * validateDType('zeros', 'options.dtype', undefined, 'float32'); // 'float32'
 * validateDType('zeros', 'options.dtype', null, 'float32');
 * // TypeError: zeros: options.dtype must be "float32" or "float64", got null
 * ```
 */
export function validateDType<D extends FloatDType>(fn: string, param: string, value: unknown, fallback: D): D;
export function validateDType(fn: string, param: string, value: unknown): FloatDType;
export function validateDType(fn: string, param: string, value: unknown, fallback?: FloatDType): FloatDType {
  const dtype = value === undefined ? fallback : value;
  if (dtype === 'float32' || dtype === 'float64') return dtype;
  throw fail(typeof dtype === 'string' ? RangeError : TypeError, fn, param, '"float32" or "float64"', dtype);
}
