import { ksoneSf } from '@nninit/verify';
import { describe, expect, it } from 'vitest';
import { floorAndFraction } from '../src/internal/ks/exactProduct.js';
import { ldexp } from '../src/internal/ks/ldexp.js';
import { smirnovSf } from '../src/internal/ks/smirnovSf.js';
import { golden, relativeError } from './helpers/golden.js';

const { ksone } = golden<{ ksone: [number, number, number][] }>('ks.json');

describe('ksoneSf against scipy.stats.ksone.sf (scripts/golden.py)', () => {
  it('is within 1e-10 relative for every n from 1 to 1e6 (required: 1e-10 to n = 140, 1e-5 beyond)', () => {
    expect(ksone.length).toBeGreaterThan(900);
    for (const [n, d, want] of ksone)
      expect(relativeError(ksoneSf(d, n), want), `n=${n} d=${d}`).toBeLessThanOrEqual(1e-10);
  });

  it('agrees in log space at small p (p < 1e-6)', () => {
    const small = ksone.filter(([, , p]) => p > 0 && p < 1e-6);
    expect(small.length).toBeGreaterThan(100);
    for (const [n, d, want] of small) {
      expect(Math.abs(Math.log(ksoneSf(d, n)) - Math.log(want)), `n=${n} d=${d}`).toBeLessThanOrEqual(
        1e-11 * Math.abs(Math.log(want)),
      );
    }
  });

  it('uses the closed forms at the ends of the support', () => {
    expect(ksoneSf(0.3, 1)).toBe(0.7); // n = 1: 1 − d
    expect(ksoneSf(0, 9)).toBe(1);
    expect(ksoneSf(1, 9)).toBe(0);
    expect(ksoneSf(0.05, 10)).toBeCloseTo(1 - 0.05 * 1.05 ** 9, 15); // d <= 1/n
    expect(ksoneSf(0.95, 10)).toBeCloseTo(0.05 ** 10, 25); // d >= 1 − 1/n
    expect(ksoneSf(0.01, 2_000_000)).toBe(Math.exp(-((6 * 2e6 * 0.01 + 1) ** 2) / 18 / 2e6)); // n > 1e6, as SciPy
  });

  it('matches its TSDoc examples', () => {
    expect(ksoneSf(0.5, 5)).toBe(0.056);
    expect(smirnovSf(5, 0.5)).toBe(0.056);
    expect(floorAndFraction(10, 0.3)).toEqual({ floor: 2, fraction: 0.9999999999999999 });
    expect(floorAndFraction(3, 1 / 3)).toEqual({ floor: 1, fraction: 0 });
    expect(ldexp(2 ** 200, -1100)).toBe(2 ** -900);
  });

  it('rejects bad n and d', () => {
    expect(() => ksoneSf(0.5, -3)).toThrow(new RangeError('ksoneSf: n must be an integer >= 1, got -3'));
    expect(() => ksoneSf(2, 3)).toThrow(new RangeError('ksoneSf: d must be in [0, 1], got 2'));
    expect(() => ksoneSf(undefined as unknown as number, 3)).toThrow(
      new TypeError('ksoneSf: d must be in [0, 1], got undefined'),
    );
  });
});
