import { fail, validateNumber } from '@nninit/internal';
import type { Tensor } from '../Tensor.js';
import { validateFloat32Range } from './validateStorable.js';
import { validateTensor } from './validateTensor.js';

/**
 * Validates a leaky-ReLU slope against x (a tensor, checked here): a finite number that cannot
 * make an output non-finite where x is finite. The function's output is α·x (`product`) or α
 * itself (the derivative): with |α| ≤ 1, α·x is never larger than x, so only a steeper slope
 * needs x's most negative element, and α itself must fit x's dtype.
 */
export function validateAlpha(fn: string, alpha: unknown, x: unknown, product: boolean): number {
  const a = validateNumber(fn, 'alpha', alpha);
  const t: Tensor = validateTensor(fn, 'x', x);
  if (t.dtype === 'float32') validateFloat32Range(fn, 'alpha', a);
  if (!product || Math.abs(a) <= 1) return a;
  let lowest = 0;
  const data = t.data;
  for (let i = 0; i < data.length; i++) {
    const v = data[i] as number;
    if (v < lowest && v !== -Infinity) lowest = v;
  }
  const y = a * lowest;
  if (!Number.isFinite(t.dtype === 'float32' ? Math.fround(y) : y)) {
    throw fail(
      RangeError,
      fn,
      'alpha',
      `small enough that alpha·x stays within ${t.dtype}'s range (x's most negative element is ${lowest})`,
      a,
    );
  }
  return a;
}
