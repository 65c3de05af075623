import { fail, validateOptions } from '@nninit/internal';
import type { MatcherState } from 'vitest';
import type { CheckSamplesOptions } from '../check/checkSamples.js';
import { checkSamples } from '../check/checkSamples.js';
import type { ConformanceOptions } from '../conformance/checkConformance.js';
import { checkConformance } from '../conformance/checkConformance.js';
import type { Distribution } from '../distributions/Distribution.js';
import type { DistributionSpec } from '../distributions/DistributionSpec.js';
import { formatNumber } from '../internal/formatNumber.js';
import { ksCore } from '../internal/ks/ksCore.js';
import { validateInDomain } from '../internal/validateInDomain.js';
import { validateOneOf } from '../internal/validateOneOf.js';
import { validateSampleArray } from '../internal/validateSampleArray.js';
import type { KsTestOptions } from '../ks/ksTest.js';

type Result = { pass: boolean; message: () => string };
type Sampler = (shape: readonly number[], seed: number) => ArrayLike<number>;

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: must match the declaration vitest augments, Matchers<T = any>
  interface Matchers<T = any> {
    /** Samples pass checkSamples against the distribution (KS + variance test, Holm at alpha, default 1e-6). */
    toFollowDistribution(distribution: Distribution | DistributionSpec, options?: CheckSamplesOptions): T;
    /** Samples pass a KS test against a CDF at `alpha` (default 1e-6). */
    toPassKsTest(cdf: (x: number) => number, options?: KsTestOptions & { readonly alpha?: number }): T;
    /** A sampler (shape, seed) => samples passes checkConformance against its declared distributions. */
    toConformTo(
      declared: (shape: readonly number[]) => Distribution | DistributionSpec,
      options?: ConformanceOptions,
    ): T;
  }
}

/**
 * Custom vitest matchers, registered with `expect.extend(verifyMatchers)` (in a test file or a
 * setupFiles entry); typed through vitest's `Matchers` interface once this module is imported.
 * Failure messages give the statistic, the p-value, n and the alpha used:
 * - `expect(samples).toFollowDistribution(normal(0, s), options?)` — {@link checkSamples};
 * - `expect(samples).toPassKsTest(cdf, { alpha, alternative }?)` — {@link ksTest};
 * - `expect(sampler).toConformTo(shape => distribution, options?)` — {@link checkConformance}.
 *
 * Exported from the `@nninit/verify/vitest` entry only, so that the main entry's types do not
 * import vitest (a project without it would fail with TS2307). vitest is only a type-level
 * dependency (erased `import type`): at run time this is a plain object.
 *
 * Reference: vitest `expect.extend` (https://vitest.dev/api/expect.html#expect-extend).
 *
 * @example
 * import { verifyMatchers } from '@nninit/verify/vitest';
 * expect.extend(verifyMatchers);
 * expect(new Float64Array(100)).not.toFollowDistribution(normal(0, 1));
 */
export const verifyMatchers = {
  toFollowDistribution(
    this: MatcherState,
    received: ArrayLike<number>,
    distribution: Distribution | DistributionSpec,
    options?: CheckSamplesOptions,
  ): Result {
    const report = checkSamples(received, distribution, options);
    const lines = report.checks.map(
      (c) =>
        `  ${c.test}: statistic ${formatNumber(c.statistic)}, p = ${formatNumber(c.pValue)}, level ${formatNumber(c.threshold)} -> ${c.rejected ? 'REJECTED' : 'ok'} (${c.detail})`,
    );
    const head = `expected ${report.n} samples ${this.isNot ? 'not ' : ''}to follow ${report.distribution} at family-wise alpha ${formatNumber(report.alpha)} (n = ${report.n})`;
    return {
      pass: report.verdict === 'pass',
      message: () => [head, ...lines, ...report.skipped.map((s) => `  skipped ${s}`)].join('\n'),
    };
  },
  toPassKsTest(
    this: MatcherState,
    received: ArrayLike<number>,
    cdf: (x: number) => number,
    options?: KsTestOptions & { readonly alpha?: number },
  ): Result {
    const { alpha: givenAlpha, ...ksOptions } = validateOptions('toPassKsTest', options, ['alpha', 'alternative']);
    const alpha = validateInDomain(
      'toPassKsTest',
      'options.alpha',
      givenAlpha ?? 1e-6,
      'a number in (0, 1)',
      (a) => a > 0 && a < 1,
    );
    // ksTest's own checks, under this matcher's name.
    const values = validateSampleArray('toPassKsTest', received);
    if (typeof cdf !== 'function') throw fail(TypeError, 'toPassKsTest', 'cdf', 'a function', cdf);
    const alternative = validateOneOf(
      'toPassKsTest',
      'options.alternative',
      ksOptions.alternative,
      ['two-sided', 'less', 'greater'],
      'two-sided',
    );
    const { statistic, pValue, n } = ksCore('toPassKsTest', 'cdf', values, cdf, alternative);
    return {
      pass: pValue > alpha,
      message: () =>
        `expected samples ${this.isNot ? 'not ' : ''}to pass a ${alternative} KS test: D = ${formatNumber(statistic)}, p = ${formatNumber(pValue)}, n = ${n}, alpha = ${formatNumber(alpha)}`,
    };
  },
  toConformTo(
    this: MatcherState,
    received: Sampler,
    declared: (shape: readonly number[]) => Distribution | DistributionSpec,
    options?: ConformanceOptions,
  ): Result {
    const report = checkConformance(received, declared, options);
    return {
      pass: report.passed,
      message: () => `expected the sampler ${this.isNot ? 'not ' : ''}to conform\n${report.summary}`,
    };
  },
};
