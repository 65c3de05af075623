import { validateOptions } from '@nninit/internal';
import type { Distribution } from '../distributions/Distribution.js';
import type { DistributionSpec } from '../distributions/DistributionSpec.js';
import { runChecks } from '../internal/check/runChecks.js';
import { validateDistribution } from '../internal/validateDistribution.js';
import { validateInDomain } from '../internal/validateInDomain.js';
import { validateSampleArray } from '../internal/validateSampleArray.js';
import type { CheckResult } from './CheckResult.js';
import { holm } from './holm.js';

/**
 * Options of {@link checkSamples}.
 *
 * @example
 * checkSamples([0.5], uniform(0, 1), { alpha: 0.05 }).alpha; // 0.05
 */
export interface CheckSamplesOptions {
  /** Family-wise significance level over this call's checks, Holm-corrected (default 1e-6). */
  readonly alpha?: number;
  /** Fewest samples for the kurtosis-aware z-test on the variance (default 1000). */
  readonly minZTestSamples?: number;
}

/**
 * Report of {@link checkSamples}: the declared distribution's label, n, α, the verdict, every
 * check with its Holm level, and the checks that did not apply.
 *
 * @example
 * checkSamples([0.5], uniform(0, 1)).skipped; // ['z-variance: n = 1 is below 1000 samples']
 */
export interface SampleReport {
  readonly distribution: string;
  readonly n: number;
  readonly alpha: number;
  readonly verdict: 'pass' | 'fail';
  readonly checks: readonly CheckResult[];
  /** Checks that did not apply, with the reason. */
  readonly skipped: readonly string[];
}

/**
 * Tests whether samples follow a declared distribution, with the tests that fit it: exact
 * equality for a constant; two-sided KS (shape) plus the exact chi-square variance test
 * (scale) for a normal; KS plus the kurtosis-aware variance z-test (from 1000 samples) for
 * uniform, truncated normal and custom families. The variance tests use the declared mean; the
 * distribution may also be a plain DistributionSpec. The verdict is 'fail' if Holm's procedure
 * rejects any check at family-wise level α, so a correct sampler fails with probability at most
 * α (1e-6 by default).
 *
 * Reference: Kolmogorov–Smirnov (Simard & L'Ecuyer 2011), chi-square variance test, Holm (1979).
 *
 * @example
 * checkSamples([0, 0, 0], constant(0)).verdict; // 'pass'
 * checkSamples([0, 0, 1e-9], constant(0)).verdict; // 'fail'
 */
export function checkSamples(
  samples: ArrayLike<number>,
  distribution: Distribution | DistributionSpec,
  options?: CheckSamplesOptions,
): SampleReport {
  const fn = 'checkSamples';
  const values = validateSampleArray(fn, samples);
  const declared = validateDistribution(fn, distribution);
  const opts = validateOptions(fn, options, ['alpha', 'minZTestSamples']);
  const alpha = validateInDomain(fn, 'options.alpha', opts.alpha ?? 1e-6, 'a number in (0, 1)', (a) => a > 0 && a < 1);
  const minZ = validateInDomain(
    fn,
    'options.minZTestSamples',
    opts.minZTestSamples ?? 1000,
    'an integer >= 2',
    (m) => Number.isInteger(m) && m >= 2,
  );
  const { checks, skipped } = runChecks(fn, 'distribution', values, declared, minZ);
  const { rejected, thresholds } = holm(
    checks.map((c) => c.pValue),
    alpha,
  );
  const results = checks.map((c, i) => ({ ...c, threshold: thresholds[i]!, rejected: rejected[i]! }));
  return {
    distribution: declared.label,
    n: values.length,
    alpha,
    verdict: rejected.some((r) => r) ? 'fail' : 'pass',
    checks: results,
    skipped,
  };
}
