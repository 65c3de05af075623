import { fail, validateOptions } from '@nninit/internal';
import { validateInDomain } from '../validateInDomain.js';
import { validateMeanOption } from '../validateMeanOption.js';
import { validateOneOf } from '../validateOneOf.js';
import { validateSampleArray } from '../validateSampleArray.js';
import { squaredDeviations } from './squaredDeviations.js';

export type Alternative = 'two-sided' | 'less' | 'greater';

/**
 * What the two variance tests share, validated before any work: the samples, the hypothesized
 * σ² > 0, the options (`mean`, `alternative` and the test's own `keys`), and Σ(xᵢ − m)² with its
 * degrees of freedom (n about a known mean, n − 1 about the sample mean).
 */
export function varianceTestCore<
  O extends { readonly mean?: number | 'estimated'; readonly alternative?: Alternative },
>(
  fn: string,
  samples: unknown,
  variance: unknown,
  options: O | undefined,
  keys: readonly (keyof O & string)[],
): {
  n: number;
  variance: number;
  options: Partial<O>;
  mean: number | 'estimated';
  alternative: Alternative;
  sum: number;
  df: number;
} {
  const values = validateSampleArray(fn, samples);
  const sigma2 = validateInDomain(fn, 'variance', variance, 'a positive finite number', (v) => v > 0);
  const opts = validateOptions(fn, options, keys);
  const mean = validateMeanOption(fn, opts.mean, values.length);
  const alternative = validateOneOf(
    fn,
    'options.alternative',
    opts.alternative,
    ['two-sided', 'less', 'greater'],
    'two-sided',
  );
  const { sum, df } = squaredDeviations(values, mean);
  // Deviations beyond ~1e154 overflow their squares, and a tiny σ² the ratio: refuse, rather
  // than report a statistic of Infinity.
  if (!Number.isFinite(sum / sigma2)) {
    throw fail(RangeError, fn, 'samples', 'such that Σ(x − mean)²/variance is finite', samples);
  }
  return { n: values.length, variance: sigma2, options: opts, mean, alternative, sum, df };
}

/** The p-value of a test whose statistic has lower tail `lower` and upper tail `upper`. */
export function sidedPValue(alternative: Alternative, lower: number, upper: number): number {
  if (alternative === 'greater') return upper;
  if (alternative === 'less') return lower;
  return Math.min(1, 2 * Math.min(lower, upper));
}
