import { kstwoSf } from '@nninit/verify';
import { describe, expect, it } from 'vitest';
import { durbinMatrixCdf } from '../src/internal/ks/durbinMatrixCdf.js';
import { logFactorialOverPower } from '../src/internal/ks/logFactorialOverPower.js';
import { pelzGoodCdf } from '../src/internal/ks/pelzGoodCdf.js';
import { pomeranzCdf } from '../src/internal/ks/pomeranzCdf.js';
import { golden, relativeError } from './helpers/golden.js';

const { kstwo } = golden<{ kstwo: [number, number, number][] }>('ks.json');

/** The method SciPy (and kstwoSf) uses for P(Dn >= d), to show the table exercises each one. */
function method(n: number, d: number): string {
  const t = n * d;
  if (d <= 0 || d >= 1 || t <= 0.5) return 'trivial';
  if (t <= 1) return 'ruben-gambino-low';
  if (t >= n - 1) return 'ruben-gambino-high';
  if (d >= 0.5) return '2*smirnov';
  const s = t * d;
  if (n <= 140) return s <= 0.754693 ? 'durbin' : s <= 4 ? 'pomeranz' : '2*smirnov';
  if (s >= 370) return 'zero';
  if (s >= 2.2) return '2*smirnov';
  return n <= 100_000 && n * d ** 1.5 <= 1.4 ? 'durbin' : 'pelz-good';
}

describe('kstwoSf against scipy.stats.kstwo.sf (scripts/golden.py)', () => {
  it('covers every method of Simard & L’Ecuyer’s selection', () => {
    const counts = new Map<string, number>();
    for (const [n, d] of kstwo) counts.set(method(n, d), (counts.get(method(n, d)) ?? 0) + 1);
    for (const m of ['ruben-gambino-low', 'ruben-gambino-high', '2*smirnov', 'durbin', 'pomeranz', 'pelz-good']) {
      expect(counts.get(m) ?? 0, m).toBeGreaterThanOrEqual(5);
    }
    expect(Math.max(...kstwo.map((r) => r[0]))).toBe(1_000_000);
    expect(Math.min(...kstwo.filter((r) => r[2] > 0).map((r) => r[2]))).toBeLessThan(2e-12);
  });

  it('is within 1e-10 relative for n <= 140 (the required bound) and everywhere else too', () => {
    // Required: 1e-10 up to n = 140 and 1e-5 up to 1e6; measured worst is ~2e-12 throughout.
    for (const [n, d, want] of kstwo)
      expect(relativeError(kstwoSf(d, n), want), `n=${n} d=${d}`).toBeLessThanOrEqual(1e-10);
  });

  it('agrees in log space at small p (p < 1e-6): |ln p − ln p_scipy| <= 1e-11·|ln p_scipy|', () => {
    const small = kstwo.filter(([, , p]) => p > 0 && p < 1e-6);
    expect(small.length).toBeGreaterThan(100);
    for (const [n, d, want] of small) {
      expect(Math.abs(Math.log(kstwoSf(d, n)) - Math.log(want)), `n=${n} d=${d}`).toBeLessThanOrEqual(
        1e-11 * Math.abs(Math.log(want)),
      );
    }
  });

  it('has the limits of a survival function', () => {
    expect(kstwoSf(0, 7)).toBe(1);
    expect(kstwoSf(1 / 14, 7)).toBe(1); // D₇ >= 1/(2n) always
    expect(kstwoSf(1, 7)).toBe(0);
    expect(kstwoSf(0.6, 1)).toBeCloseTo(0.8, 15); // n = 1: P(D₁ ≥ d) = 2(1 − d)
  });

  it('matches its TSDoc example and those of its building blocks (all equal to SciPy’s internals)', () => {
    expect(kstwoSf(0.274, 10)).toBe(0.3715203845434957);
    expect(durbinMatrixCdf(10, 0.274)).toBe(0.6284796154565043);
    expect(pomeranzCdf(10, 0.5)).toBe(0.9922225900000009);
    expect(pelzGoodCdf(1000, 0.03)).toBe(0.6773097856085364);
    expect(logFactorialOverPower(1000)).toBe(-995.6271004939737);
  });

  it('rejects n < 1, a non-integer n, d outside [0, 1] and NaN', () => {
    expect(() => kstwoSf(0.1, 0)).toThrow(new RangeError('kstwoSf: n must be an integer >= 1, got 0'));
    expect(() => kstwoSf(0.1, 2.5)).toThrow(new RangeError('kstwoSf: n must be an integer >= 1, got 2.5'));
    expect(() => kstwoSf(0.1, '5' as unknown as number)).toThrow(
      new TypeError('kstwoSf: n must be an integer >= 1, got "5"'),
    );
    expect(() => kstwoSf(1.5, 5)).toThrow(new RangeError('kstwoSf: d must be in [0, 1], got 1.5'));
    expect(() => kstwoSf(-0.1, 5)).toThrow(new RangeError('kstwoSf: d must be in [0, 1], got -0.1'));
    expect(() => kstwoSf(NaN, 5)).toThrow(new RangeError('kstwoSf: d must be in [0, 1], got NaN'));
  });
});
