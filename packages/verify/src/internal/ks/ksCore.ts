import { fail } from '@nninit/internal';
import { ksoneSf } from '../../ks/ksoneSf.js';
import { kstwoSf } from '../../ks/kstwoSf.js';
import { applyCdf } from './applyCdf.js';
import { ksStatistics } from './ksStatistics.js';
import { sortFloat64 } from './sortFloat64.js';

/**
 * The KS test on validated samples, shared by ksTest and the checks of checkSamples and
 * checkConformance, so that a bad cdf is reported by the function the caller called: a value
 * outside [0, 1] (a RangeError, a TypeError for a non-number) or a decrease between two sorted
 * samples (a RangeError: a cdf must be non-decreasing, and KS on a non-monotone one would
 * measure nothing), in messages that start with `fn` and name the cdf as `cdfName`.
 */
export function ksCore(
  fn: string,
  cdfName: string,
  values: ArrayLike<number>,
  cdf: (x: number) => number,
  alternative: 'two-sided' | 'less' | 'greater',
): { statistic: number; pValue: number; n: number } {
  const n = values.length;
  const sorted = sortFloat64(values);
  const bad = applyCdf(sorted, cdf);
  if (bad >= 0) {
    const x = sorted[bad]!;
    const u: unknown = cdf(x);
    if (typeof u === 'number' && u >= 0 && u <= 1) {
      const previous = sorted[bad - 1]!;
      throw new RangeError(
        `${fn}: ${cdfName} must be non-decreasing, got ${cdfName}(${x}) = ${u} below ${previous}, its value at a smaller sample`,
      );
    }
    throw fail(typeof u === 'number' ? RangeError : TypeError, fn, `${cdfName}(${x})`, 'a number in [0, 1]', u);
  }
  const { plus, minus } = ksStatistics(sorted);
  if (alternative === 'greater') return { statistic: plus, pValue: ksoneSf(plus, n), n };
  if (alternative === 'less') return { statistic: minus, pValue: ksoneSf(minus, n), n };
  const statistic = Math.max(plus, minus);
  return { statistic, pValue: kstwoSf(statistic, n), n };
}
