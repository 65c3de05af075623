import { fail } from '@nninit/internal';
import type { Distribution } from '../distributions/Distribution.js';
import type { DistributionSpec } from '../distributions/DistributionSpec.js';
import { fromSpec } from './distributions/fromSpec.js';

/**
 * Validates a distribution at a public entry point: a plain-data DistributionSpec (no `cdf`)
 * goes through the constructors, whose errors are rethrown under `fn`; otherwise an object with a string `family`, a `cdf`
 * function, a finite `mean` and a finite `variance` (> 0 unless the family is 'constant').
 *
 * @example
 * validateDistribution('checkSamples', { family: 'normal', mean: 0, std: 2 }).variance; // 4
 */
export function validateDistribution(fn: string, distribution: unknown, param = 'distribution'): Distribution {
  const condition = 'a Distribution (family, cdf, mean, variance) or a DistributionSpec, e.g. normal(0, 1)';
  if (typeof distribution !== 'object' || distribution === null)
    throw fail(TypeError, fn, param, condition, distribution);
  const d = distribution as Partial<Distribution>;
  if (typeof d.family !== 'string') throw fail(TypeError, fn, `${param}.family`, 'a string', d.family);
  if (d.cdf === undefined) return fromSpec(fn, param, distribution as DistributionSpec);
  if (typeof d.cdf !== 'function') throw fail(TypeError, fn, `${param}.cdf`, 'a function', d.cdf);
  if (typeof d.mean !== 'number' || !Number.isFinite(d.mean))
    throw fail(RangeError, fn, `${param}.mean`, 'a finite number', d.mean);
  const positive = d.family === 'constant' ? 'a finite number' : 'a positive finite number';
  const variance = d.variance;
  if (typeof variance !== 'number' || !Number.isFinite(variance) || (d.family !== 'constant' && variance <= 0)) {
    throw fail(RangeError, fn, `${param}.variance`, positive, variance);
  }
  return d as Distribution;
}
