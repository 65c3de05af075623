import { formatValue } from '@nninit/internal';

/**
 * Validates a shape given at a public entry point (an array of non-negative safe integers) and
 * returns its size (the product of its dimensions; 1 for the empty shape of a 0-d tensor).
 */
export function validateShape(fn: string, param: string, shape: unknown): number {
  if (!Array.isArray(shape)) {
    throw new TypeError(`${fn}: ${param} must be an array of non-negative integers, got ${formatValue(shape)}`);
  }
  let size = 1;
  for (let i = 0; i < shape.length; i++) {
    const d: unknown = shape[i];
    if (typeof d !== 'number') {
      throw new TypeError(`${fn}: ${param}[${i}] must be a non-negative integer, got ${formatValue(d)}`);
    }
    if (!Number.isSafeInteger(d) || d < 0) {
      throw new RangeError(`${fn}: ${param}[${i}] must be a non-negative integer, got ${d}`);
    }
    size *= d;
  }
  if (!Number.isSafeInteger(size)) {
    throw new RangeError(`${fn}: ${param} must have a size below 2^53, got ${formatValue(shape)}`);
  }
  return size;
}
