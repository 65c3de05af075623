import { fail, validateOptions } from '@nninit/internal';
import { ksCore } from '../internal/ks/ksCore.js';
import { validateOneOf } from '../internal/validateOneOf.js';
import { validateSampleArray } from '../internal/validateSampleArray.js';

/**
 * Options of {@link ksTest}.
 *
 * @example
 * ksTest([0.9], (x) => x, { alternative: 'greater' }).statistic; // 0.09999999999999998  (D⁺ = 1 − 0.9)
 */
export interface KsTestOptions {
  /** 'two-sided' (default): Dₙ = max(D⁺, D⁻); 'greater': D⁺ (sample CDF above F); 'less': D⁻. */
  readonly alternative?: 'two-sided' | 'less' | 'greater';
}

/**
 * Result of {@link ksTest}: the statistic (Dₙ, D⁺ or D⁻), its exact p-value and the sample size.
 *
 * @example
 * const { statistic, pValue, n } = ksTest([0.5], (x) => x); // { statistic: 0.5, pValue: 1, n: 1 }
 */
export interface KsTestResult {
  readonly statistic: number;
  readonly pValue: number;
  readonly n: number;
}

/**
 * One-sample Kolmogorov–Smirnov test of `samples` against a continuous CDF, with the same
 * statistic and exact p-value as `scipy.stats.kstest(samples, cdf, alternative=…)` (method
 * 'auto', which is exact): two-sided Dₙ = supₓ |Fₙ(x) − F(x)| with p = P(Dₙ ≥ d) from
 * {@link kstwoSf}; one-sided D⁺ or D⁻ with p from {@link ksoneSf}. It tests the *shape* of the
 * distribution; a variance test is more sensitive to its scale.
 *
 * Reference: Kolmogorov (1933); Smirnov (1948); Simard & L'Ecuyer (2011), J. Stat. Softw. 39(11).
 *
 * @param samples - at least one finite number (not modified)
 * @param cdf - x ↦ F(x) ∈ [0, 1], non-decreasing (a decrease between two samples is a RangeError)
 * @example
 * ksTest([0.1, 0.4, 0.7], (x) => x); // { statistic: 0.30000000000000004, pValue: 0.8862222222222221, n: 3 }
 */
export function ksTest(samples: ArrayLike<number>, cdf: (x: number) => number, options?: KsTestOptions): KsTestResult {
  const values = validateSampleArray('ksTest', samples);
  if (typeof cdf !== 'function') throw fail(TypeError, 'ksTest', 'cdf', 'a function', cdf);
  const opts = validateOptions('ksTest', options, ['alternative']);
  const alternative = validateOneOf(
    'ksTest',
    'options.alternative',
    opts.alternative,
    ['two-sided', 'less', 'greater'],
    'two-sided',
  );
  return ksCore('ksTest', 'cdf', values, cdf, alternative);
}
