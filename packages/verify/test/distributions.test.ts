import { constant, normal, truncatedNormal, uniform } from '@nninit/verify';
import { describe, expect, it } from 'vitest';
import { truncatedMoments } from '../src/internal/distributions/truncatedMoments.js';
import { golden, relativeError } from './helpers/golden.js';

interface TruncCase {
  mean: number;
  std: number;
  low: number | null;
  high: number | null;
  moments: [number, number, number];
  cdf: [number, number][];
  pdf: [number, number][];
  quantile: [number, number][];
}
const truncCases = golden<TruncCase[]>('truncnorm.json');
const normalData = golden<{ cdf: [number, number][] }>('normal.json');

describe('normal(mean, std)', () => {
  it('has the moments of N(μ, σ²) and a CDF accurate to 1e-15 against mpmath', () => {
    const d = normal(2, 3);
    expect([d.family, d.mean, d.variance, d.std, d.excessKurtosis]).toEqual(['normal', 2, 9, 3, 0]);
    expect(d.parameters).toEqual({ mean: 2, std: 3 });
    for (const [x, want] of normalData.cdf)
      expect(relativeError(d.cdf(2 + 3 * x), want), `x = ${x}`).toBeLessThanOrEqual(2e-15);
  });
  it('pdf and quantile are consistent with the CDF', () => {
    const d = normal(-1, 0.5);
    expect(d.pdf!(-1)).toBeCloseTo(1 / (0.5 * Math.sqrt(2 * Math.PI)), 15);
    for (const p of [1e-12, 0.01, 0.3, 0.5, 0.9, 1 - 1e-9])
      expect(relativeError(d.cdf(d.quantile!(p)), p)).toBeLessThan(1e-12);
  });
  it('matches its TSDoc examples and label', () => {
    expect(normal(0, 1).cdf(-10)).toBe(7.619853024160527e-24);
    expect(normal(1, 2).quantile!(0.5)).toBe(1);
    expect(normal(0, 2).variance).toBe(4);
    expect(normal(0, 0.044194173824159216).label).toBe('normal(mean 0, std 0.0441942)');
  });
  it('rejects a non-positive or non-finite std and a non-finite mean', () => {
    expect(() => normal(0, 0)).toThrow(
      new RangeError(
        'normal: std must be a finite number in [1e-150, 1e150] (so that its square, the variance scale, is finite and positive), got 0',
      ),
    );
    expect(() => normal(0, -1)).toThrow(
      new RangeError(
        'normal: std must be a finite number in [1e-150, 1e150] (so that its square, the variance scale, is finite and positive), got -1',
      ),
    );
    // σ² would overflow (normal(0, 1e308).variance was Infinity) or underflow to 0.
    expect(() => normal(0, 1e308)).toThrow(
      new RangeError(
        'normal: std must be a finite number in [1e-150, 1e150] (so that its square, the variance scale, is finite and positive), got 1e+308',
      ),
    );
    expect(() => normal(0, 1e-200)).toThrow(RangeError);
    expect(Number.isFinite(normal(0, 1e150).variance)).toBe(true);
    expect(() => normal(NaN, 1)).toThrow(new RangeError('normal: mean must be a finite number, got NaN'));
    expect(() => normal(0, '1' as unknown as number)).toThrow(
      new TypeError(
        'normal: std must be a finite number in [1e-150, 1e150] (so that its square, the variance scale, is finite and positive), got "1"',
      ),
    );
  });
});

describe('uniform(low, high)', () => {
  it('has the moments of U(a, b) and an exact piecewise-linear CDF', () => {
    const d = uniform(-1, 3);
    expect([d.mean, d.variance, d.excessKurtosis]).toEqual([1, 16 / 12, -6 / 5]);
    expect(d.std).toBeCloseTo(4 / Math.sqrt(12), 15);
    expect([d.cdf(-2), d.cdf(-1), d.cdf(0), d.cdf(3), d.cdf(9)]).toEqual([0, 0, 0.25, 1, 1]);
    expect([d.pdf!(0), d.pdf!(4), d.quantile!(0.25), d.quantile!(1)]).toEqual([0.25, 0, 0, 3]);
    expect(() => d.quantile!(2)).toThrow(new RangeError('uniform.quantile: p must be a number in [0, 1], got 2'));
    expect(uniform(-1, 1).variance).toBe(0.3333333333333333);
  });
  it('rejects high <= low and non-finite bounds', () => {
    expect(() => uniform(1, 1)).toThrow(new RangeError('uniform: high must be greater than low (1), got 1'));
    expect(() => uniform(-Infinity, 1)).toThrow(new RangeError('uniform: low must be a finite number, got -Infinity'));
  });
  it('refuses a width whose variance (high − low)²/12 is not a finite positive number', () => {
    // high − low overflowed here, and cdf(0) came out 0 instead of 0.5.
    expect(() => uniform(-1e308, 1e308)).toThrow(
      new RangeError(
        'uniform: high must be such that high − low is in [1e-150, 1e150] (so that the variance (high − low)²/12 is finite and positive; low = -1e+308), got 1e+308',
      ),
    );
    expect(() => uniform(1, 1 + 2 ** -52)).not.toThrow();
    expect(() => uniform(0, 1e-300)).toThrow(RangeError);
    const wide = uniform(-1e150 / 2, 1e150 / 2);
    expect([wide.cdf(0), wide.mean, Number.isFinite(wide.variance)]).toEqual([0.5, 0, true]);
  });
});

describe('truncatedNormal(mean, std, low, high) against mpmath (60 digits)', () => {
  it.each(truncCases.map((c) => [`[${c.low}, ${c.high}] of N(${c.mean}, ${c.std}²)`, c] as const))('%s', (_, c) => {
    const d = truncatedNormal(c.mean, c.std, c.low ?? -Infinity, c.high ?? Infinity);
    const [mean, variance, kurtosis] = c.moments;
    const scale = Math.abs(c.mean) + c.std;
    expect(Math.abs(d.mean - mean) / scale).toBeLessThanOrEqual(1e-12);
    expect(relativeError(d.variance, variance)).toBeLessThanOrEqual(1e-11);
    expect(Math.abs(d.excessKurtosis! - kurtosis)).toBeLessThanOrEqual(1e-8); // scipy.stats.truncnorm: 2e-7 off on [8, 9]
    for (const [x, want] of c.cdf) expect(Math.abs(d.cdf(x) - want), `cdf(${x})`).toBeLessThanOrEqual(1e-12);
    for (const [x, want] of c.pdf) expect(relativeError(d.pdf!(x), want), `pdf(${x})`).toBeLessThanOrEqual(1e-12);
    for (const [p, want] of c.quantile)
      expect(Math.abs(d.quantile!(p) - want) / scale, `quantile(${p})`).toBeLessThanOrEqual(1e-9);
  });
  it('gives the Keras truncation constant as the std of N(0, 1) on ±2 (TSDoc examples)', () => {
    expect(truncatedNormal(0, 1, -2, 2).std).toBe(0.8796256610342398); // Keras: 0.87962566103423978
    expect(truncatedMoments(-2, 2, 0.9544997361036416)).toEqual({
      mean: 0,
      variance: 0.7737413035499232,
      excessKurtosis: -0.6344632828703505,
    });
  });
  it('rejects bad parameters and an interval of zero probability', () => {
    expect(() => truncatedNormal(0, 1, 2, 2)).toThrow(
      new RangeError('truncatedNormal: high must be greater than low (2), got 2'),
    );
    expect(() => truncatedNormal(0, 0, -1, 1)).toThrow(
      new RangeError(
        'truncatedNormal: std must be a finite number in [1e-150, 1e150] (so that its square, the variance scale, is finite and positive), got 0',
      ),
    );
    expect(() => truncatedNormal(0, 1, NaN, 1)).toThrow(
      new RangeError('truncatedNormal: low must be a number or -Infinity, got NaN'),
    );
    expect(() => truncatedNormal(0, 1, Infinity, Infinity)).toThrow(
      new RangeError('truncatedNormal: low must be a number or -Infinity, got Infinity'),
    );
    expect(() => truncatedNormal(0, 1, 40, 41)).toThrow(
      new RangeError('truncatedNormal: [low, high] must have positive probability under N(mean, std²), got [40, 41]'),
    );
  });
});

describe('constant(value)', () => {
  it('is a point mass', () => {
    const d = constant(0.5);
    expect([d.family, d.mean, d.variance, d.std]).toEqual(['constant', 0.5, 0, 0]);
    expect(d.excessKurtosis).toBeUndefined();
    expect([d.cdf(0.49), d.cdf(0.5), d.quantile!(0.3)]).toEqual([0, 1, 0.5]);
    expect(constant(0).cdf(-1e-300)).toBe(0);
    expect(d.pdf).toBeUndefined();
    expect(() => d.quantile!(1.5)).toThrow(new RangeError('constant.quantile: p must be a number in [0, 1], got 1.5'));
  });
  it('rejects a non-finite value', () => {
    expect(() => constant(NaN)).toThrow(new RangeError('constant: value must be a finite number, got NaN'));
    expect(() => constant(null as unknown as number)).toThrow(
      new TypeError('constant: value must be a finite number, got null'),
    );
  });
});

describe('truncatedNormal on a narrow interval keeps full accuracy (against 80-digit mpmath)', () => {
  type Row = {
    low: number;
    high: number;
    mean: number;
    variance: number;
    excessKurtosis: number;
    x: number;
    cdf: number;
  };
  const rows = golden<Row[]>('truncnormNarrow.json');
  it.each(rows.map((r) => [`[${r.low}, ${r.high}]`, r] as const))('%s', (_, r) => {
    const d = truncatedNormal(0, 1, r.low, r.high);
    // Differences of Φ and φ lost up to all digits here (scipy's truncnorm gives a negative variance).
    expect(relativeError(d.mean, r.mean)).toBeLessThanOrEqual(1e-15);
    expect(relativeError(d.variance, r.variance)).toBeLessThanOrEqual(1e-14);
    expect(Math.abs(d.excessKurtosis! - r.excessKurtosis)).toBeLessThanOrEqual(1e-14);
    expect(relativeError(d.cdf(r.x), r.cdf)).toBeLessThanOrEqual(1e-14);
    expect(Math.abs(d.quantile!(r.cdf) - r.x)).toBeLessThanOrEqual(8 * Number.EPSILON * Math.abs(r.x));
    expect(d.pdf!(r.x)).toBeGreaterThan(0);
  });
});
