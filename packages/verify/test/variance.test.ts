import { chiSquareVarianceTest, ksTest, truncatedNormal, varianceZTest } from '@nninit/verify';
import { describe, expect, it } from 'vitest';
import { squaredDeviations } from '../src/internal/variance/squaredDeviations.js';
import { golden, relativeError } from './helpers/golden.js';
import { TestRng } from './helpers/rng.js';

interface VarianceCase {
  samples: number[];
  variance: number;
  known: [number, number, number];
  estimated?: [number, number, number];
}
const cases = golden<VarianceCase[]>('variance.json');
const CALIBRATION_ALPHA = 1e-4; // per second-level check
const uniformCdf = (u: number): number => u;

describe('chiSquareVarianceTest against scipy.stats.chi2 (scripts/golden.py)', () => {
  it.each(cases.map((c) => [c.samples.length, c] as const))(
    'n = %i, known and estimated mean, all alternatives',
    (n, c) => {
      const [stat, cdf, sf] = c.known;
      const two = chiSquareVarianceTest(c.samples, c.variance);
      expect(two.df).toBe(n);
      expect(relativeError(two.statistic, stat)).toBeLessThanOrEqual(1e-12);
      expect(relativeError(two.pValue, Math.min(1, 2 * Math.min(cdf, sf)))).toBeLessThanOrEqual(1e-10);
      expect(
        relativeError(chiSquareVarianceTest(c.samples, c.variance, { alternative: 'greater' }).pValue, sf),
      ).toBeLessThanOrEqual(1e-10);
      expect(
        relativeError(chiSquareVarianceTest(c.samples, c.variance, { alternative: 'less' }).pValue, cdf),
      ).toBeLessThanOrEqual(1e-10);
      if (c.estimated) {
        const [eStat, eCdf, eSf] = c.estimated;
        const est = chiSquareVarianceTest(c.samples, c.variance, { mean: 'estimated' });
        expect(est.df).toBe(n - 1);
        expect(relativeError(est.statistic, eStat)).toBeLessThanOrEqual(1e-12);
        expect(relativeError(est.pValue, Math.min(1, 2 * Math.min(eCdf, eSf)))).toBeLessThanOrEqual(1e-10);
      }
    },
  );

  it('matches its TSDoc example (S = 10/2.5 = 4 on 4 df, p = 2·Q(2, 2) = 6e⁻²)', () => {
    expect(chiSquareVarianceTest([1, -1, 2, -2], 2.5)).toEqual({
      statistic: 4,
      pValue: 0.8120116994196767,
      df: 4,
      sampleVariance: 2.5,
    });
    expect(relativeError(0.8120116994196767, 6 * Math.exp(-2))).toBeLessThan(1e-15);
    expect(squaredDeviations([1, 2, 3], 'estimated')).toEqual({ sum: 2, df: 2 });
    expect(chiSquareVarianceTest([3, 5], 1, { mean: 4 }).statistic).toBe(2);
  });
});

describe('varianceZTest', () => {
  it('computes z with the exact Var(s²) for a known and an estimated mean', () => {
    // known mean: s² = Σx²/n = 1, Var = σ⁴(2 + γ₂)/n = (1/9)(0.8)/4
    expect(varianceZTest([1, -1, 1, -1], 1 / 3, { excessKurtosis: -1.2 })).toEqual({
      statistic: 4.4721359549995805,
      pValue: 0.000007744216431044043, // scipy: 2·norm.sf(√20) = 7.744216431044025e-06
      sampleVariance: 1,
    });
    // estimated mean: s² = 2/2 = 1, Var = σ⁴(2/(n − 1) + γ₂/n) = 2/2 + 0/3
    const est = varianceZTest([1, 2, 3], 2, { mean: 'estimated' });
    expect(est.sampleVariance).toBe(1);
    expect(est.statistic).toBeCloseTo((1 - 2) / (2 * Math.sqrt(1)), 15);
    expect(varianceZTest([1, 2, 3], 2, { mean: 'estimated', alternative: 'less' }).pValue).toBeCloseTo(
      0.3085375387259869,
      15,
    );
  });
});

describe('calibration: p-values are uniform under a true null (second-level KS, 1000 runs unless noted)', () => {
  const pValues = (runs: number, seed: number, draw: (rng: TestRng) => number): number[] => {
    const rng = new TestRng(seed);
    return Array.from({ length: runs }, () => draw(rng));
  };
  it('chi-square, mean known, n = 10', () => {
    const p = pValues(
      1000,
      31,
      (r) =>
        chiSquareVarianceTest(
          r.fill(10, (g) => 2 * g.normal()),
          4,
        ).pValue,
    );
    expect(ksTest(p, uniformCdf).pValue).toBeGreaterThan(CALIBRATION_ALPHA);
  });
  it('chi-square, mean estimated, n = 10, one-sided', () => {
    const p = pValues(
      1000,
      32,
      (r) =>
        chiSquareVarianceTest(
          r.fill(10, (g) => 3 + g.normal()),
          1,
          { mean: 'estimated', alternative: 'greater' },
        ).pValue,
    );
    expect(ksTest(p, uniformCdf).pValue).toBeGreaterThan(CALIBRATION_ALPHA);
  });
  it('z-test on uniform samples (γ₂ = −6/5), n = 2000, 500 runs', () => {
    const p = pValues(
      500,
      33,
      (r) =>
        varianceZTest(
          r.fill(2000, (g) => 2 * g.uniform() - 1),
          1 / 3,
          { excessKurtosis: -1.2 },
        ).pValue,
    );
    expect(ksTest(p, uniformCdf).pValue).toBeGreaterThan(CALIBRATION_ALPHA);
  });
  it('z-test on truncated-normal samples (±2σ), mean estimated, n = 2000, 500 runs', () => {
    const t = truncatedNormal(0, 1, -2, 2);
    const draw = (g: TestRng): number => {
      for (;;) {
        const z = g.normal();
        if (Math.abs(z) <= 2) return z;
      }
    };
    const p = pValues(
      500,
      34,
      (r) =>
        varianceZTest(r.fill(2000, draw), t.variance, { excessKurtosis: t.excessKurtosis!, mean: 'estimated' }).pValue,
    );
    expect(ksTest(p, uniformCdf).pValue).toBeGreaterThan(CALIBRATION_ALPHA);
  });
  it('power canary: ignoring the kurtosis (γ₂ = 0 for uniform samples) is detected as miscalibrated', () => {
    const p = pValues(
      500,
      35,
      (r) =>
        varianceZTest(
          r.fill(2000, (g) => 2 * g.uniform() - 1),
          1 / 3,
        ).pValue,
    );
    expect(ksTest(p, uniformCdf).pValue).toBeLessThan(CALIBRATION_ALPHA);
  });
});

describe('power canaries at alpha = 1e-6', () => {
  it('chi-square rejects a 5 % std error at n = 20000 and a 5 % shortfall too', () => {
    const rng = new TestRng(41);
    expect(
      chiSquareVarianceTest(
        rng.fill(20_000, (g) => 1.05 * g.normal()),
        1,
      ).pValue,
    ).toBeLessThan(1e-6);
    expect(
      chiSquareVarianceTest(
        rng.fill(20_000, (g) => 0.95 * g.normal()),
        1,
      ).pValue,
    ).toBeLessThan(1e-6);
    expect(
      chiSquareVarianceTest(
        rng.fill(20_000, (g) => g.normal()),
        1,
      ).pValue,
    ).toBeGreaterThan(1e-6);
  });
  it('z-test rejects uniform samples whose bound is 5 % too wide at n = 20000', () => {
    const rng = new TestRng(42);
    expect(
      varianceZTest(
        rng.fill(20_000, (g) => 1.05 * (2 * g.uniform() - 1)),
        1 / 3,
        { excessKurtosis: -1.2 },
      ).pValue,
    ).toBeLessThan(1e-6);
  });
});

describe('bad input', () => {
  it('rejects negative, zero and non-finite variances', () => {
    expect(() => chiSquareVarianceTest([1], -1)).toThrow(
      new RangeError('chiSquareVarianceTest: variance must be a positive finite number, got -1'),
    );
    expect(() => chiSquareVarianceTest([1], 0)).toThrow(
      new RangeError('chiSquareVarianceTest: variance must be a positive finite number, got 0'),
    );
    expect(() => varianceZTest([1], Infinity)).toThrow(
      new RangeError('varianceZTest: variance must be a positive finite number, got Infinity'),
    );
    expect(() => varianceZTest([1], '1' as unknown as number)).toThrow(
      new TypeError('varianceZTest: variance must be a positive finite number, got "1"'),
    );
  });
  it('rejects empty samples, NaN and too few samples for an estimated mean', () => {
    expect(() => chiSquareVarianceTest([], 1)).toThrow(
      new RangeError('chiSquareVarianceTest: samples.length must be at least 1, got 0'),
    );
    expect(() => varianceZTest([1, NaN], 1)).toThrow(
      new RangeError('varianceZTest: samples[1] must be a finite number, got NaN'),
    );
    expect(() => chiSquareVarianceTest([1], 1, { mean: 'estimated' })).toThrow(
      new RangeError(
        'chiSquareVarianceTest: samples.length must be at least 2 when options.mean is "estimated", got 1',
      ),
    );
  });
  it('rejects a bad mean, kurtosis or alternative option', () => {
    expect(() => chiSquareVarianceTest([1], 1, { mean: NaN })).toThrow(
      new RangeError('chiSquareVarianceTest: options.mean must be a finite number or "estimated", got NaN'),
    );
    expect(() => chiSquareVarianceTest([1], 1, { mean: 'sample' as 'estimated' })).toThrow(
      new TypeError('chiSquareVarianceTest: options.mean must be a finite number or "estimated", got "sample"'),
    );
    expect(() => varianceZTest([1], 1, { excessKurtosis: -2 })).toThrow(
      new RangeError('varianceZTest: options.excessKurtosis must be a finite number > -2, got -2'),
    );
    expect(() => varianceZTest([1], 1, { alternative: 'up' as 'less' })).toThrow(
      new RangeError('varianceZTest: options.alternative must be one of "two-sided", "less", "greater", got "up"'),
    );
  });
});

describe('the two variance tests share one core', () => {
  it('validate the same way, message for message but the function name', () => {
    const cases: [unknown, unknown, unknown][] = [
      [[1, 2], -1, undefined],
      [[1], 1, { mean: 'estimated' }],
      [[1, 2], 1, { alternative: 'up' }],
      [[], 1, undefined],
    ];
    for (const [samples, variance, options] of cases) {
      const messages = [chiSquareVarianceTest, varianceZTest].map((test) => {
        try {
          test(samples as number[], variance as number, options as never);
        } catch (error) {
          return (error as Error).message.replace(/^\w+: /, '');
        }
        return 'no error';
      });
      expect(messages[0]).not.toBe('no error');
      expect(messages[1]).toBe(messages[0]);
    }
    for (const test of [chiSquareVarianceTest, varianceZTest]) {
      expect(() => test([1, 2], 1, { alterative: 'less' } as never)).toThrow(/did you mean "alternative"/);
    }
  });
  it('form one-sided p-values that add up to 1 and a two-sided one twice the smaller', () => {
    const x = [0.3, -1.2, 2.5, 0.1, -0.4, 1.9];
    for (const test of [chiSquareVarianceTest, varianceZTest]) {
      const [less, greater, two] = (['less', 'greater', 'two-sided'] as const).map(
        (alternative) => test(x, 1, { alternative }).pValue,
      );
      expect(less! + greater!).toBeCloseTo(1, 14);
      expect(two).toBeCloseTo(Math.min(1, 2 * Math.min(less!, greater!)), 15);
    }
  });
});
