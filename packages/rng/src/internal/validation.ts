import { fail } from '@nninit/internal';

/** Argument checks shared by the public entry points, in nninit's one format (`fail`). */

export function validateFloatArray(
  fn: string,
  param: string,
  out: unknown,
): asserts out is Float32Array | Float64Array {
  if (!(out instanceof Float32Array) && !(out instanceof Float64Array)) {
    throw fail(TypeError, fn, param, 'a Float32Array or Float64Array', out);
  }
}

export function validateSize(fn: string, param: string, size: unknown): asserts size is number {
  if (typeof size !== 'number') throw fail(TypeError, fn, param, 'a number', size);
  if (!Number.isSafeInteger(size) || size < 0) throw fail(RangeError, fn, param, 'a non-negative integer', size);
}

export function validateFinite(fn: string, param: string, value: unknown): asserts value is number {
  if (typeof value !== 'number') throw fail(TypeError, fn, param, 'a number', value);
  if (!Number.isFinite(value)) throw fail(RangeError, fn, param, 'finite', value);
}

/** Checks low < high for a truncation or uniform interval (infinite ends allowed when `allowInfinite`). */
export function validateInterval(fn: string, low: unknown, high: unknown, allowInfinite: boolean): void {
  for (const [name, v] of [
    ['low', low],
    ['high', high],
  ] as const) {
    if (typeof v !== 'number') throw fail(TypeError, fn, name, 'a number', v);
    if (Number.isNaN(v) || (!allowInfinite && !Number.isFinite(v))) {
      throw fail(RangeError, fn, name, allowInfinite ? 'a number, not NaN' : 'finite', v);
    }
  }
  if (!((low as number) < (high as number))) {
    throw new RangeError(`${fn}: low must be less than high, got low = ${String(low)}, high = ${String(high)}`);
  }
}
