import { constant, defineDistribution, normal, sphereCoordinate, truncatedNormal, uniform } from '@nninit/verify';
import { describe, expect, it } from 'vitest';

const laplaceCdf = (x: number): number => (x < 0 ? Math.exp(x) / 2 : 1 - Math.exp(-x) / 2);

describe('distribution methods validate their arguments', () => {
  it('quantile refuses p outside [0, 1] instead of returning NaN, and a string p', () => {
    expect(() => normal(0, 1).quantile!(1.5)).toThrow(
      new RangeError('normal.quantile: p must be a number in [0, 1], got 1.5'),
    );
    expect(() => normal(0, 1).quantile!(Number.NaN)).toThrow(RangeError);
    expect(() => normal(0, 1).quantile!('0.5' as unknown as number)).toThrow(
      new TypeError('normal.quantile: p must be a number in [0, 1], got "0.5"'),
    );
  });
  it('cdf and pdf refuse a string instead of coercing it, and NaN', () => {
    expect(() => normal(0, 1).cdf('1' as unknown as number)).toThrow(
      new TypeError('normal.cdf: x must be a number, got "1"'),
    );
    expect(() => uniform(0, 1).pdf!(Number.NaN)).toThrow(
      new RangeError('uniform.pdf: x must be a number, not NaN, got NaN'),
    );
    expect(() => truncatedNormal(0, 1, -2, 2).cdf(null as unknown as number)).toThrow(
      new TypeError('truncatedNormal.cdf: x must be a number, got null'),
    );
    expect(() => constant(0).cdf(undefined as unknown as number)).toThrow(TypeError);
    expect(() => sphereCoordinate(5).cdf(Number.NaN)).toThrow(RangeError);
  });
  it('an infinite argument is fine where the answer is finite, and refused where it is not', () => {
    expect([normal(0, 1).cdf(-Infinity), normal(0, 1).cdf(Infinity), normal(0, 1).pdf!(Infinity)]).toEqual([0, 1, 0]);
    expect(() => normal(0, 1).quantile!(0)).toThrow(
      new RangeError(
        'normal.quantile: p must be a probability whose quantile is finite (it gave -Infinity; use p in (0, 1) for an unbounded support), got 0',
      ),
    );
    expect(truncatedNormal(0, 1, -2, 2).quantile!(0)).toBe(-2);
    expect(() => truncatedNormal(0, 1, 0, Infinity).quantile!(1)).toThrow(RangeError);
  });
});

describe('defineDistribution', () => {
  it('builds a custom law whose methods are guarded (TSDoc example)', () => {
    const d = defineDistribution({ family: 'laplace', mean: 0, variance: 2, excessKurtosis: 3, cdf: laplaceCdf });
    expect([d.family, d.label, d.cdf(0), d.std, d.excessKurtosis]).toEqual(['laplace', 'laplace', 0.5, Math.SQRT2, 3]);
    expect(() => d.cdf('0' as unknown as number)).toThrow(new TypeError('laplace.cdf: x must be a number, got "0"'));
    expect(Object.isFrozen(d)).toBe(true);
  });
  it('turns a user cdf that returns NaN or a value above 1 into a RangeError naming the point', () => {
    const d = defineDistribution({ family: 'broken', mean: 0, variance: 1, cdf: (x) => (x > 5 ? Number.NaN : 1.2) });
    expect(() => d.cdf(1)).toThrow(
      new RangeError('broken.cdf: x must be a point where the cdf is in [0, 1] (it gave 1.2), got 1'),
    );
    expect(() => d.cdf(6)).toThrow(RangeError);
  });
  it('validates the definition: kinds, moments, built-in names and misspelled keys', () => {
    const base = { family: 'laplace', mean: 0, variance: 2, cdf: laplaceCdf };
    expect(() => defineDistribution(null as never)).toThrow(
      new TypeError('defineDistribution: definition must be an object or undefined, got null'),
    );
    expect(() => defineDistribution({ ...base, varianse: 2 } as never)).toThrow(/did you mean "variance"/);
    expect(() => defineDistribution({ ...base, variance: 0 })).toThrow(
      new RangeError('defineDistribution: definition.variance must be a positive finite number, got 0'),
    );
    expect(() => defineDistribution({ ...base, variance: Infinity })).toThrow(RangeError);
    expect(() => defineDistribution({ ...base, mean: '0' as unknown as number })).toThrow(TypeError);
    expect(() => defineDistribution({ ...base, excessKurtosis: -2 })).toThrow(RangeError);
    expect(() => defineDistribution({ ...base, family: 'normal' })).toThrow(RangeError);
    expect(() => defineDistribution({ ...base, cdf: 0.5 as never })).toThrow(
      new TypeError('defineDistribution: definition.cdf must be a function, got 0.5'),
    );
    expect(() => defineDistribution({ ...base, parameters: { b: Number.NaN } })).toThrow(
      new RangeError('defineDistribution: definition.parameters.b must be a finite number, got NaN'),
    );
  });
});
