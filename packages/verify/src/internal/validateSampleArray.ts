import { fail } from '@nninit/internal';

/**
 * Validates a sample at a public entry point, before anything is computed: an array-like of at
 * least `minLength` finite numbers. A TypeError for something that is not array-like or holds a
 * non-number, a RangeError for a too-short sample or a NaN or infinite element (the message names
 * the first offending index).
 *
 * @example
 * validateSampleArray('ksTest', [0.1, 0.2]); // returns the same array
 * validateSampleArray('ksTest', []); // RangeError: ksTest: samples.length must be at least 1, got 0
 */
export function validateSampleArray(fn: string, samples: unknown, minLength = 1): ArrayLike<number> {
  const isArrayLike =
    Array.isArray(samples) ||
    (ArrayBuffer.isView(samples) && !(samples instanceof DataView)) ||
    (typeof samples === 'object' && samples !== null && typeof (samples as { length?: unknown }).length === 'number');
  if (!isArrayLike) throw fail(TypeError, fn, 'samples', 'an array-like of numbers', samples);
  const values = samples as ArrayLike<unknown>;
  if (values.length < minLength) {
    throw fail(RangeError, fn, 'samples.length', `at least ${minLength}`, values.length);
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number') throw fail(TypeError, fn, `samples[${i}]`, 'a finite number', v);
    if (!Number.isFinite(v)) throw fail(RangeError, fn, `samples[${i}]`, 'a finite number', v);
  }
  return values as ArrayLike<number>;
}
