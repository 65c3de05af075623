import { checkSamples, defineDistribution, ksTest, normal, uniform } from '@nninit/verify';
import { describe, expect, it } from 'vitest';
import { ksStatistics } from '../src/internal/ks/ksStatistics.js';
import { golden, relativeError } from './helpers/golden.js';
import { TestRng } from './helpers/rng.js';

interface KsCase {
  samples: number[];
  loc: number;
  scale: number;
  results: Record<'two-sided' | 'less' | 'greater', [number, number]>;
}
const cases = golden<KsCase[]>('kstest.json');
const uniformCdf = (u: number): number => u;
// Per-check alpha of the second-level (calibration) tests; 9 such checks in this package.
const CALIBRATION_ALPHA = 1e-4;

describe('ksTest against scipy.stats.kstest (scripts/golden.py)', () => {
  it.each(cases.map((c) => [c.samples.length, c] as const))(
    'n = %i: statistic and p-value for every alternative',
    (_, c) => {
      const cdf = normal(c.loc, c.scale).cdf;
      for (const alternative of ['two-sided', 'less', 'greater'] as const) {
        const got = ksTest(c.samples, cdf, { alternative });
        const [statistic, pValue] = c.results[alternative];
        expect(got.n).toBe(c.samples.length);
        expect(relativeError(got.statistic, statistic), alternative).toBeLessThanOrEqual(1e-12);
        expect(relativeError(got.pValue, pValue), alternative).toBeLessThanOrEqual(1e-9);
      }
    },
  );

  it('matches its TSDoc example and does not modify the input', () => {
    const samples = [0.7, 0.1, 0.4];
    expect(ksTest(samples, uniformCdf)).toEqual({ statistic: 0.30000000000000004, pValue: 0.8862222222222221, n: 3 });
    expect(samples).toEqual([0.7, 0.1, 0.4]);
    expect(ksStatistics(Float64Array.of(0.1, 0.6))).toEqual({ plus: 0.4, minus: 0.1 });
  });
});

describe('ksTest calibration: p-values are uniform under a true null', () => {
  const pValues = (n: number, runs: number, seed: number, alternative: 'two-sided' | 'less' | 'greater'): number[] => {
    const rng = new TestRng(seed);
    const cdf = normal(0, 1).cdf;
    return Array.from(
      { length: runs },
      () =>
        ksTest(
          rng.fill(n, (r) => r.normal()),
          cdf,
          { alternative },
        ).pValue,
    );
  };
  // n = 5 (Durbin, Pomeranz, 2·smirnov), 40 and 200 (Durbin, Pelz–Good), one-sided (Birnbaum–Tingey).
  it.each([
    [5, 'two-sided', 11],
    [40, 'two-sided', 12],
    [200, 'two-sided', 13],
    [40, 'greater', 14],
    [40, 'less', 15],
  ] as const)('n = %i, %s: second-level KS of 1000 p-values has p > 1e-4', (n, alternative, seed) => {
    const p = pValues(n, 1000, seed, alternative);
    expect(ksTest(p, uniformCdf).pValue).toBeGreaterThan(CALIBRATION_ALPHA);
  });

  it('power canary: it tells exact p-values from asymptotic ones (Kolmogorov’s limit used at n = 5)', () => {
    const kolmogorovSf = (x: number): number => {
      let sum = 0;
      for (let k = 1; k < 100; k++) sum += (k % 2 === 1 ? 2 : -2) * Math.exp(-2 * k * k * x * x);
      return Math.min(1, Math.max(0, sum));
    };
    const rng = new TestRng(16);
    const cdf = normal(0, 1).cdf;
    const p = Array.from({ length: 1000 }, () =>
      kolmogorovSf(
        Math.sqrt(5) *
          ksTest(
            rng.fill(5, (r) => r.normal()),
            cdf,
          ).statistic,
      ),
    );
    expect(ksTest(p, uniformCdf).pValue).toBeLessThan(CALIBRATION_ALPHA);
  });
});

describe('ksTest power canaries (deliberately wrong samples are rejected at alpha = 1e-6)', () => {
  it('uniform samples with the variance of N(0, 1), n = 5000', () => {
    const rng = new TestRng(21);
    const samples = rng.fill(5000, (r) => Math.sqrt(3) * (2 * r.uniform() - 1));
    expect(ksTest(samples, normal(0, 1).cdf).pValue).toBeLessThan(1e-6);
    expect(ksTest(samples, uniform(-Math.sqrt(3), Math.sqrt(3)).cdf).pValue).toBeGreaterThan(1e-6);
  });
  it('a mean shift of 0.2σ, n = 2000, caught by the one-sided test in the right direction only', () => {
    const rng = new TestRng(22);
    const samples = rng.fill(2000, (r) => 0.2 + r.normal());
    expect(ksTest(samples, normal(0, 1).cdf).pValue).toBeLessThan(1e-6);
    expect(ksTest(samples, normal(0, 1).cdf, { alternative: 'less' }).pValue).toBeLessThan(1e-6); // F_n below F
    expect(ksTest(samples, normal(0, 1).cdf, { alternative: 'greater' }).pValue).toBeGreaterThan(0.01);
  });
});

describe('ksTest bad input', () => {
  const cdf = normal(0, 1).cdf;
  it('rejects empty samples, NaN or infinite values and non-numbers', () => {
    expect(() => ksTest([], cdf)).toThrow(new RangeError('ksTest: samples.length must be at least 1, got 0'));
    expect(() => ksTest([0.1, NaN], cdf)).toThrow(
      new RangeError('ksTest: samples[1] must be a finite number, got NaN'),
    );
    expect(() => ksTest([Infinity], cdf)).toThrow(
      new RangeError('ksTest: samples[0] must be a finite number, got Infinity'),
    );
    expect(() => ksTest(['1'] as unknown as number[], cdf)).toThrow(
      new TypeError('ksTest: samples[0] must be a finite number, got "1"'),
    );
    expect(() => ksTest(5 as unknown as number[], cdf)).toThrow(
      new TypeError('ksTest: samples must be an array-like of numbers, got 5'),
    );
  });
  it('rejects a CDF that is not a function or returns something outside [0, 1]', () => {
    expect(() => ksTest([1], 0.5 as unknown as (x: number) => number)).toThrow(
      new TypeError('ksTest: cdf must be a function, got 0.5'),
    );
    expect(() => ksTest([1, 2], (x) => x)).toThrow(new RangeError('ksTest: cdf(2) must be a number in [0, 1], got 2'));
    expect(() => ksTest([1], () => NaN)).toThrow(new RangeError('ksTest: cdf(1) must be a number in [0, 1], got NaN'));
    expect(() => ksTest([1], (() => '0.5') as unknown as (x: number) => number)).toThrow(
      new TypeError('ksTest: cdf(1) must be a number in [0, 1], got "0.5"'),
    );
  });
  it('rejects an unknown alternative or options that are not an object', () => {
    expect(() => ksTest([1], cdf, { alternative: 'both' as 'less' })).toThrow(
      new RangeError('ksTest: options.alternative must be one of "two-sided", "less", "greater", got "both"'),
    );
    expect(() => ksTest([1], cdf, 3 as unknown as object)).toThrow(
      new TypeError('ksTest: options must be an object or undefined, got 3'),
    );
  });
  it('detects a cdf that is not monotone instead of computing a meaningless statistic', () => {
    const zigzag = (x: number): number => (x < 0.5 ? x : x - 0.4);
    expect(() => ksTest([0.1, 0.45, 0.6], zigzag)).toThrow(
      new RangeError(
        'ksTest: cdf must be non-decreasing, got cdf(0.6) = 0.19999999999999996 below 0.45, its value at a smaller sample',
      ),
    );
    const custom = defineDistribution({ family: 'zigzag', mean: 0.5, variance: 0.1, cdf: zigzag });
    expect(() => checkSamples([0.6, 0.1, 0.45], custom)).toThrow(
      /^checkSamples: distribution\.cdf must be non-decreasing, got distribution\.cdf\(0\.6\) = 0\.19999999999999996 below 0\.45/,
    );
  });
  it('rejects a misspelled option key instead of silently running two-sided', () => {
    expect(() => ksTest([1], cdf, { alterative: 'less' } as unknown as object)).toThrow(
      new RangeError(
        'ksTest: each key of options must be one of "alternative", got "alterative" (did you mean "alternative"?)',
      ),
    );
  });
});
