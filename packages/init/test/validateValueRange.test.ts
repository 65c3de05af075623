import { LARGEST_FINITE } from '@nninit/internal';
import { MAX_NORMAL_DRAW, philox, RandomState } from '@nninit/rng';
import { describe, expect, it } from 'vitest';
import { validateValueRange } from '../src/internal/validateValueRange.js';

describe('MAX_NORMAL_DRAW: the largest |z| of rng normal draws', () => {
  it("bounds the Philox ziggurat's tail: R + the largest x with 2·(−log u₂) > x², u ≥ 2⁻⁵³", () => {
    const R = 4.038849846109504; // rng's ZIGGURAT_R, the 1024-layer ziggurat's tail start
    const yMax = -Math.log(2 ** -53); // the largest −log u of an open 53-bit uniform
    let largest = 0;
    for (let k = 1; k <= 64; k++) {
      const x = -Math.log(k * 2 ** -53) / R; // u₁ = k·2⁻⁵³, the smallest values
      if (2 * yMax > x * x) largest = Math.max(largest, R + x);
    }
    expect(largest).toBeCloseTo(12.590684479331077, 12);
    expect(MAX_NORMAL_DRAW).toBeGreaterThanOrEqual(largest);
    expect(MAX_NORMAL_DRAW - largest).toBeLessThan(1e-4); // rounded up, not loosened
  });

  it("bounds numpy's polar method: √(−2 ln r²) with r² ≥ 2⁻¹⁰⁴", () => {
    expect(Math.sqrt(-2 * Math.log(2 ** -104))).toBeLessThan(MAX_NORMAL_DRAW);
  });

  it('is above every draw of a million from each source', () => {
    const z = new Float64Array(1_000_000);
    philox(1).fillNormal(z);
    expect(z.reduce((m, x) => Math.max(m, Math.abs(x)), 0)).toBeLessThan(MAX_NORMAL_DRAW);
    new RandomState(1).fillNormal(z);
    expect(z.reduce((m, x) => Math.max(m, Math.abs(x)), 0)).toBeLessThan(MAX_NORMAL_DRAW);
  });
});

describe('validateValueRange', () => {
  it('passes the largest finite value of each dtype and rejects anything beyond, NaN included', () => {
    expect(() => validateValueRange('f', 'p', 1, LARGEST_FINITE.float32, 'float32')).not.toThrow();
    expect(() => validateValueRange('f', 'p', 1, Number.MAX_VALUE, 'float64')).not.toThrow();
    expect(() => validateValueRange('f', 'p', 2, 3.5e38, 'float32')).toThrow(
      new RangeError(
        'f: p must be small enough for float32 (every |value| ≤ 3.4028234663852886e+38; here up to 3.5e+38), got 2',
      ),
    );
    expect(() => validateValueRange('f', 'p', 2, Infinity, 'float64')).toThrow(RangeError);
    expect(() => validateValueRange('f', 'p', 2, Number.NaN, 'float64')).toThrow(RangeError);
    expect(Math.fround(LARGEST_FINITE.float32)).toBe(LARGEST_FINITE.float32);
    expect(Math.fround(LARGEST_FINITE.float32 * (1 + 2 ** -23))).toBe(Infinity);
  });
});
