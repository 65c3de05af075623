import { checkConformance, checkSamples, normal, sphereCoordinate, toDistribution, uniform } from '@nninit/verify';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { golden, relativeError } from './helpers/golden.js';
import { TestRng } from './helpers/rng.js';

interface SphereCase {
  d: number;
  cdf: [number, number][];
  pdf: [number, number][];
  quantile: [number, number][];
}
/** mpmath at 50 digits through F(t) = I_((1+t)/2)((d−1)/2, (d−1)/2), scripts/incomplete_beta_golden.py. */
const cases = golden<SphereCase[]>('sphere.json');
/** 2e-14 relative plus an ulp of the log (values are exp of a number of size |ln v|). */
const close = (got: number, want: number): boolean => relativeError(got, want) <= 2e-14 - 4e-16 * Math.log(want);

/**
 * r·g₁/‖g‖ for g a standard normal vector in R^d: the first coordinate of a uniform point on the
 * sphere (and of the first column of a Haar orthogonal matrix), drawn with the tests' own
 * generator, independent of the code under test.
 */
function sphereSamples(seed: number, n: number, d: number, radius = 1): Float64Array {
  const rng = new TestRng(seed);
  return rng.fill(n, () => {
    const first = rng.normal();
    let squares = first * first;
    for (let i = 1; i < d; i++) squares += rng.normal() ** 2;
    return (radius * first) / Math.sqrt(squares);
  });
}

describe('sphereCoordinate(dimension, radius) against mpmath at 50 digits', () => {
  it.each(cases.map((c) => [c.d, c] as const))(
    'd = %i: cdf and pdf to 2e-14 relative (plus an ulp of the log), quantile to 1e-15',
    (_, c) => {
      const law = sphereCoordinate(c.d);
      for (const [t, want] of c.cdf)
        expect(close(law.cdf(t), want), `cdf(${t}) = ${law.cdf(t)}, mpmath ${want}`).toBe(true);
      for (const [t, want] of c.pdf)
        expect(close(law.pdf!(t), want), `pdf(${t}) = ${law.pdf!(t)}, mpmath ${want}`).toBe(true);
      for (const [p, want] of c.quantile)
        expect(Math.abs(law.quantile!(p) - want), `quantile(${p})`).toBeLessThanOrEqual(1e-15);
    },
  );

  it('covers the arcsine and uniform cases, d up to 1e5, and lower tails down to 1e-220', () => {
    expect(cases.map((c) => c.d)).toEqual([2, 3, 4, 5, 16, 64, 1001, 100000]);
    expect(Math.min(...cases.flatMap((c) => c.cdf.map((r) => r[1])).filter((v) => v > 0))).toBeLessThan(1e-200);
  });
});

describe('closed forms and limits', () => {
  const t = fc.double({ min: -1, max: 1, noNaN: true });
  const radius = fc.double({ min: 1e-3, max: 1e3, noNaN: true });

  it('d = 2 is the arcsine law: F = ½ + asin(t)/π, f = 1/(πr√(1 − t²)), F⁻¹(p) = r·sin(π(p − ½))', () => {
    fc.assert(
      fc.property(t, radius, fc.double({ min: 0, max: 1, noNaN: true }), (u, r, p) => {
        const law = sphereCoordinate(2, r);
        const v = (u * r) / r; // the t the distribution sees (F′ is unbounded near ±1, so one ulp of t shows)
        const arcsine = v <= 0 ? Math.acos(-v) / Math.PI : 1 - Math.acos(v) / Math.PI; // ½ + asin(v)/π, accurate near ±1
        expect(relativeError(law.cdf(u * r), arcsine)).toBeLessThanOrEqual(1e-14);
        if (Math.abs(v) < 1)
          expect(relativeError(law.pdf!(u * r), 1 / (Math.PI * r * Math.sqrt((1 - v) * (1 + v))))).toBeLessThanOrEqual(
            1e-13,
          );
        expect(Math.abs(law.quantile!(p) - r * Math.sin(Math.PI * (p - 0.5)))).toBeLessThanOrEqual(2e-15 * r);
      }),
      { seed: 1 },
    );
  });

  it('d = 3 is uniform(−r, r) (Archimedes): cdf, pdf and quantile agree with uniform', () => {
    fc.assert(
      fc.property(t, radius, fc.double({ min: 0, max: 1, noNaN: true }), (u, r, p) => {
        const [law, flat] = [sphereCoordinate(3, r), uniform(-r, r)];
        expect(Math.abs(law.cdf(u * r) - flat.cdf(u * r))).toBeLessThanOrEqual(1e-15);
        expect(relativeError(law.pdf!(u * r), flat.pdf!(u * r))).toBeLessThanOrEqual(1e-15);
        expect(Math.abs(law.quantile!(p) - flat.quantile!(p))).toBeLessThanOrEqual(2e-15 * r);
        expect([law.variance, law.excessKurtosis]).toEqual([flat.variance, -6 / 5]);
      }),
      { seed: 2 },
    );
  });

  it('tends to normal(0, r²/d): sup |F − Φ(x√d/r)| = 0.138/d, shrinking tenfold per decade of d', () => {
    const gaps = [10, 100, 1000, 10_000].map((d) => {
      const [law, limit] = [sphereCoordinate(d), normal(0, 1 / Math.sqrt(d))];
      let gap = 0;
      for (let k = -400; k <= 400; k++)
        gap = Math.max(gap, Math.abs(law.cdf(k / 100 / Math.sqrt(d)) - limit.cdf(k / 100 / Math.sqrt(d))));
      return gap * d;
    });
    for (const g of gaps) expect(g).toBeGreaterThan(0.13);
    for (const g of gaps) expect(g).toBeLessThan(0.15);
  });

  it('moments by quadrature of the density: ∫f = 1, E[X²] = r²/d, E[X⁴]/σ⁴ − 3 = −6/(d + 2)', () => {
    for (const d of [4, 5, 16, 101]) {
      const law = sphereCoordinate(d, 2);
      const m = [0, 2, 4].map((k) => {
        // Simpson in θ with x = 2 sin θ: x^k f(x)·2 cos θ is smooth on [−π/2, π/2] (f alone is not at ±2 for d = 4).
        const steps = 2000;
        let sum = 0;
        for (let i = 0; i <= steps; i++) {
          const theta = -Math.PI / 2 + (Math.PI * i) / steps;
          const x = 2 * Math.sin(theta);
          sum += (i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2) * x ** k * law.pdf!(x) * 2 * Math.cos(theta);
        }
        return (sum * Math.PI) / steps / 3;
      }) as [number, number, number];
      expect(m[0]).toBeCloseTo(1, 9);
      expect(relativeError(m[1], law.variance)).toBeLessThan(1e-9);
      expect(law.variance).toBe(4 / d);
      expect(Math.abs(m[2] / m[1] ** 2 - 3 - law.excessKurtosis!)).toBeLessThan(1e-8);
      expect(law.excessKurtosis).toBe(-6 / (d + 2));
    }
  });
});

describe('cdf, pdf and quantile at the edges and as functions', () => {
  it('is 0 / 1 outside [−r, r]; the density is 0 outside, 1/(2r) or 0 at ±r, and the infinite arcsine density at ±r is refused', () => {
    const law = sphereCoordinate(16, 0.5);
    expect([law.cdf(-0.5), law.cdf(-9), law.cdf(0), law.cdf(0.5), law.cdf(Infinity)]).toEqual([0, 0, 0.5, 1, 1]);
    expect(() => law.cdf(NaN)).toThrow(new RangeError('sphereCoordinate.cdf: x must be a number, not NaN, got NaN'));
    expect([law.pdf!(-0.6), law.pdf!(0.5), law.pdf!(-Infinity)]).toEqual([0, 0, 0]);
    expect(() => law.pdf!(NaN)).toThrow(new RangeError('sphereCoordinate.pdf: x must be a number, not NaN, got NaN'));
    expect(() => sphereCoordinate(2).pdf!(1)).toThrow(
      new RangeError('sphereCoordinate.pdf: x must be a point where the density is finite (it gave Infinity), got 1'),
    );
    expect([sphereCoordinate(3, 2).pdf!(-2), sphereCoordinate(4).pdf!(1)]).toEqual([0.25, 0]);
    expect([law.quantile!(0), law.quantile!(0.5), law.quantile!(1)]).toEqual([-0.5, 0, 0.5]);
    for (const p of [-0.1, 1.1, NaN]) {
      expect(() => law.quantile!(p)).toThrow(
        new RangeError(`sphereCoordinate.quantile: p must be a number in [0, 1], got ${p}`),
      );
    }
    expect(() => law.quantile!('0.5' as unknown as number)).toThrow(
      new TypeError('sphereCoordinate.quantile: p must be a number in [0, 1], got "0.5"'),
    );
  });

  it('cdf is nondecreasing and odd about ½; quantile inverts it (fast-check, d from 2 to 10⁵)', () => {
    const d = fc.oneof(fc.integer({ min: 2, max: 40 }), fc.integer({ min: 41, max: 100_000 }));
    fc.assert(
      fc.property(
        d,
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (dim, u, v) => {
          const law = sphereCoordinate(dim);
          const [lo, hi] = u <= v ? [u, v] : [v, u];
          expect(law.cdf(hi)).toBeGreaterThanOrEqual(law.cdf(lo));
          expect(Math.abs(law.cdf(-u) - (1 - law.cdf(u)))).toBeLessThanOrEqual(1e-15);
        },
      ),
      { seed: 3 },
    );
    // The quantile is within 4 ulps of the exact one: the CDF 4 ulps either side brackets p (up to
    // the CDF's own 1e-13). A round trip F(F⁻¹(p)) = p cannot hold to 1e-13 for d = 2 near ±1, where
    // one ulp of t moves F by 5e-9.
    const ulps = (t: number, k: number): number => t + k * 4 * Number.EPSILON * Math.abs(t);
    fc.assert(
      fc.property(d, fc.double({ min: 1e-12, max: 0.5, noNaN: true }), (dim, p) => {
        const law = sphereCoordinate(dim);
        const [lower, upper] = [law.quantile!(p), law.quantile!(1 - p)];
        expect(upper === -law.quantile!(1 - (1 - p))).toBe(true); // symmetric: the upper half uses 1 − p, exact for p ≥ ½
        expect(law.cdf(ulps(lower, -1))).toBeLessThanOrEqual(p * (1 + 1e-13));
        expect(law.cdf(ulps(lower, 1))).toBeGreaterThanOrEqual(p * (1 - 1e-13));
      }),
      { seed: 4 },
    );
  });
});

describe('statistical tests on g₁/‖g‖ (fixed seeds, family-wise α = 1e-6 per checkSamples call)', () => {
  it('KS and the kurtosis-aware z-test accept 20000 sphere coordinates at d = 16, and at d = 300 with r = 2.5', () => {
    const report = checkSamples(sphereSamples(21, 20_000, 16), sphereCoordinate(16));
    expect(report.checks.map((c) => [c.test, c.rejected])).toEqual([
      ['ks', false],
      ['z-variance', false],
    ]);
    expect(report.distribution).toBe('sphereCoordinate(dimension 16, radius 1)');
    expect(checkSamples(sphereSamples(27, 20_000, 300, 2.5), sphereCoordinate(300, 2.5)).verdict).toBe('pass');
    // The same samples in plain-data form (a DistributionSpec, as an initializer library would declare it):
    expect(checkSamples(sphereSamples(21, 20_000, 16), { family: 'sphereCoordinate', dimension: 16 }).verdict).toBe(
      'pass',
    );
  });

  it('the conformance harness accepts a Haar-coordinate sampler declared as sphereCoordinate(rows)', () => {
    const sampler = (shape: readonly number[], seed: number): Float64Array =>
      sphereSamples(seed, shape[0]! * shape[1]!, shape[0]!);
    const report = checkConformance(sampler, (shape) => ({ family: 'sphereCoordinate', dimension: shape[0]! }), {
      numRuns: 5,
      seed: 7,
      shapes: fc.constantFrom([4, 4], [16, 16], [32, 8]),
    });
    expect(report.passed, report.summary).toBe(true);
    expect(report.cases.every((c) => c.checks.map((k) => k.test).join() === 'ks,z-variance')).toBe(true);
  });

  it('power canary, shape: normal(0, 1/d) samples at d = 4 (right variance) are rejected by KS, not by the z-test', () => {
    const report = checkSamples(
      new TestRng(23).fill(20_000, (g) => g.normal() / 2),
      sphereCoordinate(4),
    );
    expect(report.checks.map((c) => [c.test, c.rejected])).toEqual([
      ['ks', true],
      ['z-variance', false],
    ]);
  });

  it('power canary, scale: coordinates from d = 15 declared d = 16 (variance 6.7 % high) fail the z-test', () => {
    const report = checkSamples(sphereSamples(22, 20_000, 15), sphereCoordinate(16));
    expect(report.checks.find((c) => c.test === 'z-variance')!.rejected).toBe(true);
    expect(report.verdict).toBe('fail');
  });

  it('power canary, the old 3 × 3 law at 16 × 16: uniform(−1, 1) samples against sphereCoordinate(16) and the reverse', () => {
    expect(
      checkSamples(
        new TestRng(25).fill(20_000, (g) => 2 * g.uniform() - 1),
        sphereCoordinate(16),
      ).checks.every((c) => c.rejected),
    ).toBe(true);
    expect(checkSamples(sphereSamples(26, 20_000, 16), uniform(-1, 1)).verdict).toBe('fail');
  });
});

describe('sphereCoordinate as a Distribution', () => {
  it('has its family, label, parameters and moments (TSDoc examples)', () => {
    const law = sphereCoordinate(16);
    expect([law.family, law.label, law.parameters, law.mean, law.variance, law.std, law.excessKurtosis]).toEqual([
      'sphereCoordinate',
      'sphereCoordinate(dimension 16, radius 1)',
      { dimension: 16, radius: 1 },
      0,
      0.0625,
      0.25,
      -6 / 18,
    ]);
    expect(sphereCoordinate(3, 2).cdf(1)).toBe(0.75);
    expect(sphereCoordinate(2, 0.1).label).toBe('sphereCoordinate(dimension 2, radius 0.1)');
    expect(Object.isFrozen(law) && Object.isFrozen(law.parameters)).toBe(true);
  });

  it('is built by toDistribution from its spec, radius defaulting to 1', () => {
    expect(toDistribution({ family: 'sphereCoordinate', dimension: 16 }).label).toBe(
      'sphereCoordinate(dimension 16, radius 1)',
    );
    expect(toDistribution({ family: 'sphereCoordinate', dimension: 4, radius: 3 }).variance).toBe(2.25);
  });

  it('rejects a dimension that is not an integer >= 2 and a radius that is not positive and finite', () => {
    const fn = 'sphereCoordinate';
    expect(() => sphereCoordinate(1)).toThrow(new RangeError(`${fn}: dimension must be an integer >= 2, got 1`));
    expect(() => sphereCoordinate(2.5)).toThrow(new RangeError(`${fn}: dimension must be an integer >= 2, got 2.5`));
    expect(() => sphereCoordinate(NaN)).toThrow(new RangeError(`${fn}: dimension must be an integer >= 2, got NaN`));
    expect(() => sphereCoordinate(Infinity)).toThrow(
      new RangeError(`${fn}: dimension must be an integer >= 2, got Infinity`),
    );
    expect(() => sphereCoordinate('16' as unknown as number)).toThrow(
      new TypeError(`${fn}: dimension must be an integer >= 2, got "16"`),
    );
    expect(() => sphereCoordinate(16, 0)).toThrow(
      new RangeError(
        `${fn}: radius must be a finite number in [1e-150, 1e150] (so that its square, the variance scale, is finite and positive), got 0`,
      ),
    );
    expect(() => sphereCoordinate(16, -1)).toThrow(
      new RangeError(
        `${fn}: radius must be a finite number in [1e-150, 1e150] (so that its square, the variance scale, is finite and positive), got -1`,
      ),
    );
    expect(() => sphereCoordinate(16, Infinity)).toThrow(
      new RangeError(
        `${fn}: radius must be a finite number in [1e-150, 1e150] (so that its square, the variance scale, is finite and positive), got Infinity`,
      ),
    );
    expect(() => sphereCoordinate(16, null as unknown as number)).toThrow(
      new TypeError(
        `${fn}: radius must be a finite number in [1e-150, 1e150] (so that its square, the variance scale, is finite and positive), got null`,
      ),
    );
    expect(() => toDistribution({ family: 'sphereCoordinate', dimension: 0 })).toThrow(
      new RangeError(
        `toDistribution: spec must be a valid DistributionSpec, got one that fails with "${fn}: dimension must be an integer >= 2, got 0"`,
      ),
    );
  });
});
