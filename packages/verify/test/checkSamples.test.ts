import { checkSamples, constant, type Distribution, normal, truncatedNormal, uniform } from '@nninit/verify';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../src/internal/check/runChecks.js';
import { TestRng } from './helpers/rng.js';

const rng = (seed: number): TestRng => new TestRng(seed);

describe('checkSamples picks the tests that fit the distribution', () => {
  it('normal: KS and the exact chi-square variance test, Holm at 1e-6 by default', () => {
    const report = checkSamples(
      rng(1).fill(5000, (g) => 0.5 * g.normal()),
      normal(0, 0.5),
    );
    expect(report.verdict).toBe('pass');
    expect(report.alpha).toBe(1e-6);
    expect(report.n).toBe(5000);
    expect(report.distribution).toBe('normal(mean 0, std 0.5)');
    expect(report.checks.map((c) => c.test)).toEqual(['ks', 'chi-square-variance']);
    expect(report.checks.map((c) => c.threshold).sort((a, b) => a - b)).toEqual([5e-7, 1e-6]);
    expect(report.skipped).toEqual([]);
  });
  it('uniform and truncated normal: KS and the kurtosis-aware z-test from 1000 samples', () => {
    const u = checkSamples(
      rng(2).fill(3000, (g) => 4 * g.uniform() - 2),
      uniform(-2, 2),
    );
    expect(u.checks.map((c) => [c.test, c.rejected])).toEqual([
      ['ks', false],
      ['z-variance', false],
    ]);
    const small = checkSamples(
      rng(3).fill(999, (g) => 4 * g.uniform() - 2),
      uniform(-2, 2),
    );
    expect(small.checks.map((c) => c.test)).toEqual(['ks']);
    expect(small.skipped).toEqual(['z-variance: n = 999 is below 1000 samples']);
    expect(checkSamples([0.1], truncatedNormal(0, 1, -2, 2), { minZTestSamples: 2 }).checks.map((c) => c.test)).toEqual(
      ['ks'],
    );
  });
  it('constant: exact equality, with the first mismatch in the detail (TSDoc examples)', () => {
    expect(checkSamples([0, 0, 0], constant(0)).verdict).toBe('pass');
    const bad = checkSamples([0, 0, 1e-9], constant(0));
    expect(bad.verdict).toBe('fail');
    expect(bad.checks).toEqual([
      {
        test: 'constant',
        statistic: 1,
        pValue: 0,
        threshold: 1e-6,
        rejected: true,
        detail: '1 of 3 samples differ from 0 (first: samples[2] = 1e-9)',
      },
    ]);
    expect(checkSamples([-0, 0], constant(0)).verdict).toBe('pass'); // −0 === 0
  });
  it('a custom family gets KS plus the z-test with its declared kurtosis', () => {
    const laplace: Distribution = {
      family: 'laplace',
      label: 'laplace(0, 1)',
      parameters: { mean: 0, scale: 1 },
      mean: 0,
      variance: 2,
      std: Math.SQRT2,
      excessKurtosis: 3,
      cdf: (x) => (x < 0 ? 0.5 * Math.exp(x) : 1 - 0.5 * Math.exp(-x)),
    };
    const samples = rng(4).fill(4000, (g) => {
      const u = g.uniform() - 0.5;
      return -Math.sign(u) * Math.log(1 - 2 * Math.abs(u));
    });
    const report = checkSamples(samples, laplace);
    expect(report.checks.map((c) => [c.test, c.rejected])).toEqual([
      ['ks', false],
      ['z-variance', false],
    ]);
    expect(runChecks('checkSamples', 'distribution', [0, 0], constant(0), 1000).checks[0]!.pValue).toBe(1);
  });
});

describe('checkSamples power canaries (each test type rejects a deliberately wrong sample)', () => {
  it('KS catches uniform samples declared normal with the same variance (n = 10000)', () => {
    const report = checkSamples(
      rng(5).fill(10_000, (g) => Math.sqrt(3) * (2 * g.uniform() - 1)),
      normal(0, 1),
    );
    expect(report.checks.find((c) => c.test === 'ks')!.rejected).toBe(true);
  });
  it('chi-square catches a 5 % std error (n = 20000)', () => {
    const report = checkSamples(
      rng(6).fill(20_000, (g) => 1.05 * g.normal()),
      normal(0, 1),
    );
    expect(report.checks.find((c) => c.test === 'chi-square-variance')!.rejected).toBe(true);
    expect(report.verdict).toBe('fail');
  });
  it('the z-test catches a truncated normal whose std was not corrected for the truncation (n = 2000)', () => {
    const target = 0.1;
    const declared = truncatedNormal(
      0,
      target / 0.87962566103423978,
      (-2 * target) / 0.87962566103423978,
      (2 * target) / 0.87962566103423978,
    );
    const wrong = rng(7).fill(2000, (g) => {
      for (;;) {
        const z = g.normal();
        if (Math.abs(z) <= 2) return target * z;
      }
    });
    const report = checkSamples(wrong, declared);
    expect(report.checks.find((c) => c.test === 'z-variance')!.rejected).toBe(true);
    expect(report.checks.find((c) => c.test === 'z-variance')!.detail).toMatch(
      /^sample variance 0\.007\d+ vs declared 0\.01, n = 2000$/,
    );
  });
  it('the variance tests use the declared mean, so a mean shift fails them too', () => {
    const report = checkSamples(
      rng(8).fill(20_000, (g) => 0.3 + g.normal()),
      normal(0, 1),
    ); // E(x − 0)² = 1.09
    expect(report.checks.every((c) => c.rejected)).toBe(true);
  });
});

describe('checkSamples bad input', () => {
  it('rejects empty samples, NaN, and bad distributions and options', () => {
    expect(() => checkSamples([], normal(0, 1))).toThrow(
      new RangeError('checkSamples: samples.length must be at least 1, got 0'),
    );
    expect(() => checkSamples([NaN], normal(0, 1))).toThrow(
      new RangeError('checkSamples: samples[0] must be a finite number, got NaN'),
    );
    expect(() => checkSamples([1], null as unknown as Distribution)).toThrow(
      new TypeError(
        'checkSamples: distribution must be a Distribution (family, cdf, mean, variance) or a DistributionSpec, e.g. normal(0, 1), got null',
      ),
    );
    expect(() => checkSamples([1], { ...normal(0, 1), cdf: 1 } as unknown as Distribution)).toThrow(
      new TypeError('checkSamples: distribution.cdf must be a function, got 1'),
    );
    expect(() => checkSamples([1], { ...normal(0, 1), variance: -1 })).toThrow(
      new RangeError('checkSamples: distribution.variance must be a positive finite number, got -1'),
    );
    expect(() => checkSamples([1], normal(0, 1), { alpha: 1 })).toThrow(
      new RangeError('checkSamples: options.alpha must be a number in (0, 1), got 1'),
    );
    expect(() => checkSamples([1], normal(0, 1), { minZTestSamples: 1.5 })).toThrow(
      new RangeError('checkSamples: options.minZTestSamples must be an integer >= 2, got 1.5'),
    );
  });
});
