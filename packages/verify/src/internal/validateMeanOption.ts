import { fail } from '@nninit/internal';

/**
 * Validates the `mean` option of the variance tests: a finite number (the known mean) or the
 * string 'estimated' (which needs at least 2 samples); `undefined` gives 0.
 *
 * @example
 * validateMeanOption('chiSquareVarianceTest', undefined, 10); // 0
 */
export function validateMeanOption(fn: string, mean: unknown, n: number): number | 'estimated' {
  if (mean === undefined) return 0;
  if (mean === 'estimated') {
    if (n < 2) throw fail(RangeError, fn, 'samples.length', 'at least 2 when options.mean is "estimated"', n);
    return mean;
  }
  const condition = 'a finite number or "estimated"';
  if (typeof mean !== 'number') throw fail(TypeError, fn, 'options.mean', condition, mean);
  if (!Number.isFinite(mean)) throw fail(RangeError, fn, 'options.mean', condition, mean);
  return mean;
}
