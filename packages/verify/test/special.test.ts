import { standardNormalCdf } from '@nninit/internal';
import { regularizedGammaP, regularizedGammaQ } from '@nninit/verify';
import { describe, expect, it } from 'vitest';
import { binomialDeviance } from '../src/internal/special/binomialDeviance.js';
import { incompleteGamma } from '../src/internal/special/incompleteGamma.js';
import { log1pmx } from '../src/internal/special/log1pmx.js';
import { standardNormalQuantile } from '../src/internal/special/standardNormalQuantile.js';
import { stirlingError } from '../src/internal/special/stirlingError.js';
import { golden, relativeError } from './helpers/golden.js';

const normalData = golden<{ cdf: [number, number][]; quantile: [number, number][] }>('normal.json');
const gammaData = golden<[number, number, number, number][]>('gamma.json');
const gammaLarge = golden<[number, number, number, number][]>('gammaLarge.json');

describe('standard normal CDF (Cody) against mpmath at 60 digits', () => {
  it('is within 1e-15 relative from x = -38 to 9', () => {
    expect(normalData.cdf.length).toBeGreaterThan(150);
    for (const [x, want] of normalData.cdf)
      expect(relativeError(standardNormalCdf(x), want), `x = ${x}`).toBeLessThanOrEqual(1e-15);
  });
  it('gives the upper tail to full precision as Φ(−x)', () => {
    expect(relativeError(standardNormalCdf(-8), 6.22096057427178e-16)).toBeLessThan(1e-14);
    expect(standardNormalCdf(0)).toBe(0.5);
    expect(standardNormalCdf(-40)).toBe(0);
    expect(standardNormalCdf(Infinity)).toBe(1);
    expect(standardNormalCdf(NaN)).toBeNaN();
  });
  it('matches its TSDoc example', () => {
    expect(standardNormalCdf(-10)).toBe(7.619853024160527e-24);
  });
});

describe('standard normal quantile (AS 241) against mpmath', () => {
  it('is within 1e-15 relative for p from 1e-295 to 1 - 1e-10', () => {
    for (const [p, want] of normalData.quantile)
      expect(relativeError(standardNormalQuantile(p), want), `p = ${p}`).toBeLessThanOrEqual(1e-15);
  });
  it('maps the ends to infinities and rejects p outside [0, 1] with NaN', () => {
    expect(standardNormalQuantile(0)).toBe(-Infinity);
    expect(standardNormalQuantile(1)).toBe(Infinity);
    expect(standardNormalQuantile(1.5)).toBeNaN();
    expect(standardNormalQuantile(0.975)).toBe(1.9599639845400536); // mpmath: 1.95996398454005423552

    expect(standardNormalQuantile(1e-10)).toBe(-6.361340902404056);
  });
});

describe('regularized incomplete gamma against mpmath at 60 digits', () => {
  it('P and Q are within 2e-13 relative for a up to 5e6 (chi-square df up to 1e7)', () => {
    expect(gammaData.length).toBeGreaterThan(200);
    expect(Math.max(...gammaData.map((r) => r[0]))).toBe(5e6);
    for (const [a, x, p, q] of gammaData) {
      const got = incompleteGamma(a, x);
      expect(relativeError(got.p, p), `P(${a}, ${x})`).toBeLessThanOrEqual(2e-13);
      expect(relativeError(got.q, q), `Q(${a}, ${x})`).toBeLessThanOrEqual(2e-13);
    }
  });
  it('P and Q keep their relative accuracy for a from 1e7 to 1e300 (Temme), where the series gave NaN', () => {
    expect(gammaLarge.length).toBeGreaterThan(80);
    let worst = 0;
    for (const [a, x, p, q] of gammaLarge) {
      const got = incompleteGamma(a, x);
      // The exponent a·(λ − 1 − ln λ) carries the rounding of x/a: allow a few ulps of it.
      const t = (x - a) / a;
      const exponent = a * (t - Math.log1p(t));
      const tolerance = 1e-15 * (8 + 2 * exponent);
      worst = Math.max(worst, relativeError(got.p, p) / tolerance, relativeError(got.q, q) / tolerance);
      expect(relativeError(got.p, p), `P(${a}, ${x})`).toBeLessThanOrEqual(tolerance);
      expect(relativeError(got.q, q), `Q(${a}, ${x})`).toBeLessThanOrEqual(tolerance);
    }
    expect(worst).toBeLessThanOrEqual(1);
    expect(regularizedGammaP(1e300, 1e300)).toBeCloseTo(0.5, 15);
    expect(regularizedGammaQ(1e300, 1e300)).toBeCloseTo(0.5, 15);
    expect([regularizedGammaP(1e300, 2e300), regularizedGammaQ(1e300, 2e300)]).toEqual([1, 0]);
    expect([regularizedGammaP(1e300, 1e299), regularizedGammaQ(1e300, 1e299)]).toEqual([0, 1]);
  });
  it('public wrappers match the pair and their TSDoc examples', () => {
    // mpmath: 1 − e⁻¹ = 0.63212055882855767840, erfc(√8) = 6.33424836662398425e-5
    expect(regularizedGammaP(1, 1)).toBe(0.6321205588285578);
    expect(regularizedGammaQ(0.5, 8)).toBe(0.00006334248366623984);
    expect(incompleteGamma(1, 1)).toEqual({ p: 0.6321205588285578, q: 0.3678794411714422 });
    expect(regularizedGammaP(3, 0)).toBe(0);
    expect(regularizedGammaQ(3, Infinity)).toBe(0);
  });
  it('rejects a <= 0, x < 0 and non-numbers with the package error format', () => {
    expect(() => regularizedGammaP(0, 1)).toThrow(
      new RangeError('regularizedGammaP: a must be a positive finite number, got 0'),
    );
    expect(() => regularizedGammaP(Infinity, 1)).toThrow(
      new RangeError('regularizedGammaP: a must be a positive finite number, got Infinity'),
    );
    expect(() => regularizedGammaQ(1, -1)).toThrow(
      new RangeError('regularizedGammaQ: x must be a number >= 0, got -1'),
    );
    expect(() => regularizedGammaQ(1, NaN)).toThrow(
      new RangeError('regularizedGammaQ: x must be a number >= 0, got NaN'),
    );
    expect(() => regularizedGammaP('1' as unknown as number, 1)).toThrow(
      new TypeError('regularizedGammaP: a must be a positive finite number, got "1"'),
    );
  });
});

describe('building blocks', () => {
  it('log1pmx agrees with the series −t²/2 + t³/3 − … near 0 and with log1p − t away from it', () => {
    // mpmath: log1p(0.001) − 0.001 = −4.99666916466833190601e-7
    expect(log1pmx(1e-3)).toBe(-4.996669164668331e-7);
    expect(relativeError(log1pmx(1e-8), -5e-17 + 1e-24 / 3)).toBeLessThan(1e-15);
    expect(log1pmx(3)).toBe(Math.log1p(3) - 3);
    expect(relativeError(log1pmx(-0.4), Math.log1p(-0.4) + 0.4)).toBeLessThan(1e-14);
  });
  it('stirlingError matches ln Γ(a) − Stirling for integers (ln Γ(n) = ln (n−1)!)', () => {
    for (const n of [1, 2, 5, 10, 30]) {
      let logFactorial = 0;
      for (let k = 2; k < n; k++) logFactorial += Math.log(k);
      const stirling = (n - 0.5) * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI);
      expect(stirlingError(n)).toBeCloseTo(logFactorial - stirling, 13);
    }
    expect(stirlingError(10)).toBe(0.008330563433362871);
  });
  it('stirlingError below 10 is within 1e-16 of mpmath (no cancellation in the recurrence)', () => {
    // mpmath, 40 digits: loggamma(a) − ((a − ½)·ln a − a + ½·ln 2π). The form
    // ln Γ(a + m) − ln(a(a+1)…(a+m−1)) − Stirling(a) was 1.5e-15 off at ½ and 3.4e-15 at 1.5.
    const want: [number, number][] = [
      [0.1, 0.51274008133191494448],
      [0.5, 0.15342640972002734529],
      [1.5, 0.054814121051917653896],
      [3.5, 0.023746163656297495971],
      [7.5, 0.011104559758206917327],
      [9.9, 0.0084146538940902635537],
    ];
    for (const [a, s] of want) expect(Math.abs(stirlingError(a) - s), `a = ${a}`).toBeLessThanOrEqual(1e-16);
  });
  it('binomialDeviance is x ln(x/M) + M − x without cancellation', () => {
    expect(binomialDeviance(10, 20)).toBeCloseTo(10 * Math.log(0.5) + 10, 14);
    // mpmath: 1000·ln(1000/1001) + 1 = 4.99666916466833190601e-4 (the direct formula keeps ~8 digits)
    expect(binomialDeviance(1000, 1001)).toBe(0.0004996669164668333);
    expect(binomialDeviance(5, 5)).toBe(0);
  });
});
