import { chiSquareVarianceTest, varianceZTest } from '@nninit/verify';
import fc from 'fast-check';
import { sampleVariance as ssSampleVariance, variance as ssVariance } from 'simple-statistics';
import { describe, expect, it } from 'vitest';

/**
 * An independent cross-check of the sample variances the tests report, against
 * simple-statistics (a well-kept, dependency-free statistics library used here as a second
 * implementation, not at run time).
 */
const close = (a: number, b: number): void =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(b)));
const samples = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 200 });

describe('sample variances agree with simple-statistics', () => {
  it('mean estimated: the unbiased s² (simple-statistics sampleVariance)', () => {
    fc.assert(
      fc.property(samples, (x) => {
        const ours = chiSquareVarianceTest(x, 1, { mean: 'estimated' }).sampleVariance;
        close(ours, ssSampleVariance(x));
        const z = varianceZTest(x, 1, { mean: 'estimated' }).sampleVariance;
        close(z, ssSampleVariance(x));
      }),
    );
  });

  it('mean known: Σ(x − μ)²/n, simple-statistics variance of the centred data', () => {
    fc.assert(
      fc.property(samples, fc.double({ min: -10, max: 10, noNaN: true }), (x, mu) => {
        const centred = x.map((v) => v - mu);
        const expected = ssVariance(centred) + (centred.reduce((s, v) => s + v, 0) / x.length) ** 2;
        close(chiSquareVarianceTest(x, 1, { mean: mu }).sampleVariance, expected);
      }),
    );
  });
});
