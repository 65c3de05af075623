import type { CheckResult } from '../../check/CheckResult.js';
import type { Distribution } from '../../distributions/Distribution.js';
import { chiSquareVarianceTest } from '../../variance/chiSquareVarianceTest.js';
import { varianceZTest } from '../../variance/varianceZTest.js';
import { formatNumber } from '../formatNumber.js';
import { ksCore } from '../ks/ksCore.js';

/** A check before multiplicity correction. */
export type RawCheck = Omit<CheckResult, 'threshold' | 'rejected'>;

/**
 * The tests that fit a distribution, on already-validated samples, with raw p-values:
 * - constant: exact equality of every sample (p = 0 on any mismatch, else 1);
 * - normal: two-sided KS (shape) and chi-square on Σ(x − μ)² (scale; exact for any n);
 * - any other family: KS and the kurtosis-aware z-test on the variance, the latter only from
 *   `minZTestSamples` samples (its normal approximation needs them) and when γ₂ is finite.
 * The variance tests use the declared mean (so a shifted mean also inflates them). A cdf that
 * leaves [0, 1] or decreases is an error of `fn`, naming `${distributionName}.cdf`.
 *
 * @example
 * runChecks('checkSamples', 'distribution', [0, 0], constant(0), 1000).checks[0].pValue; // 1
 */
export function runChecks(
  fn: string,
  distributionName: string,
  samples: ArrayLike<number>,
  distribution: Distribution,
  minZTestSamples: number,
): { checks: RawCheck[]; skipped: string[] } {
  const n = samples.length;
  const skipped: string[] = [];
  if (distribution.family === 'constant') {
    let mismatches = 0;
    let first = -1;
    for (let i = 0; i < n; i++) {
      if (samples[i] !== distribution.mean) {
        mismatches++;
        if (first < 0) first = i;
      }
    }
    const detail =
      mismatches === 0
        ? `all ${n} samples equal ${distribution.mean}`
        : `${mismatches} of ${n} samples differ from ${distribution.mean} (first: samples[${first}] = ${samples[first]})`;
    return { checks: [{ test: 'constant', statistic: mismatches, pValue: mismatches === 0 ? 1 : 0, detail }], skipped };
  }
  const ks = ksCore(fn, `${distributionName}.cdf`, samples, distribution.cdf, 'two-sided');
  const checks: RawCheck[] = [
    { test: 'ks', statistic: ks.statistic, pValue: ks.pValue, detail: `D = ${formatNumber(ks.statistic)}, n = ${n}` },
  ];
  const versus = (s2: number): string =>
    `sample variance ${formatNumber(s2)} vs declared ${formatNumber(distribution.variance)}, n = ${n}`;
  // The variance tests refuse samples whose squared deviations overflow; their message must name
  // the function the caller called, not the test run inside it.
  const underName = <T>(run: () => T): T => {
    try {
      return run();
    } catch (error) {
      if (error instanceof RangeError) throw new RangeError(error.message.replace(/^\w+: /, `${fn}: `));
      throw error;
    }
  };
  if (distribution.family === 'normal') {
    const chi = underName(() => chiSquareVarianceTest(samples, distribution.variance, { mean: distribution.mean }));
    checks.push({
      test: 'chi-square-variance',
      statistic: chi.statistic,
      pValue: chi.pValue,
      detail: versus(chi.sampleVariance),
    });
  } else if (distribution.excessKurtosis === undefined || !Number.isFinite(distribution.excessKurtosis)) {
    skipped.push(`z-variance: excess kurtosis of ${distribution.label ?? distribution.family} is not declared`);
  } else if (n < minZTestSamples) {
    skipped.push(`z-variance: n = ${n} is below ${minZTestSamples} samples`);
  } else {
    const z = underName(() =>
      varianceZTest(samples, distribution.variance, {
        mean: distribution.mean,
        excessKurtosis: distribution.excessKurtosis as number,
      }),
    );
    checks.push({ test: 'z-variance', statistic: z.statistic, pValue: z.pValue, detail: versus(z.sampleVariance) });
  }
  return { checks, skipped };
}
