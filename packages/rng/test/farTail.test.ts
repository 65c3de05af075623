import { philox, RandomState, sampleTruncatedNormal } from '@nninit/rng';
import { ksTest, truncatedNormal } from '@nninit/verify';
import { describe, expect, it } from 'vitest';

/**
 * Truncated normals far in the tail and on very narrow intervals: every call finishes (bounded
 * expected cost), stays inside its bounds, and — for RandomState's exact path, used when the
 * interval's probability is below 2⁻¹⁶ — follows the truncated law. The KS checks use fixed
 * seeds; each is judged at α = 10⁻⁶ (Bonferroni over the 4 checks: 2.5·10⁻⁷ each).
 */
const ALPHA = 1e-6 / 4;

describe('far-tail truncated normals finish', () => {
  const intervals: [number, number][] = [
    [40, 41],
    [12, Infinity],
    [-Infinity, -12],
    [1e10, Infinity],
    [1e200, Infinity],
    [-Infinity, -1e300],
    [1.7e308, Infinity],
    [-1e-12, 1e-12],
    [7, 7 + 1e-9],
    [1e154, 2e154],
    [1.5e154, 1.5e154 + 3e138],
  ];
  it.each(intervals)('RandomState and philox on [%d, %d]', (low, high) => {
    for (const source of [new RandomState(1), philox(1)]) {
      const out = new Float64Array(200);
      source.fillTruncatedNormal(out, low, high);
      for (const v of out) {
        expect(v).toBeGreaterThanOrEqual(low);
        expect(v).toBeLessThanOrEqual(high);
      }
    }
  });

  it('sampleTruncatedNormal(new RandomState(1), out, 0, 1, 12, Infinity) and philox alike', () => {
    for (const source of [new RandomState(1), philox(1)]) {
      const out = new Float32Array(100);
      sampleTruncatedNormal(source, out, 0, 1, 12, Infinity);
      for (const v of out) expect(v).toBeGreaterThanOrEqual(12);
    }
  });
});

describe("RandomState's exact path follows the truncated law (KS, α = 2.5·10⁻⁷ per check)", () => {
  const cases: [number, number, number][] = [
    [21, 5, Infinity],
    [22, -Infinity, -6],
    [23, 9, 9.2],
    [24, -1e-6, 2e-6],
  ];
  it.each(cases)('seed %d on [%d, %d]', (seed, low, high) => {
    const z = new Float64Array(20000);
    new RandomState(seed).fillTruncatedNormal(z, low, high);
    const { pValue } = ksTest(z, truncatedNormal(0, 1, low, high).cdf);
    expect(pValue).toBeGreaterThan(ALPHA);
  });

  it('power canary: the same test rejects an exponential tail with the wrong rate', () => {
    const z = new Float64Array(20000);
    new RandomState(21).fillTruncatedNormal(z, 5, Infinity);
    // Stretch the excess over 5 by 10 %: the law of 5 + 1.1·(Z − 5).
    const wrong = z.map((v) => 5 + 1.1 * (v - 5));
    expect(ksTest(wrong, truncatedNormal(0, 1, 5, Infinity).cdf).pValue).toBeLessThan(ALPHA);
  });

  it('keeps plain rejection (the stream`s own Gaussians) while the interval is likely', () => {
    const out = new Float64Array(20);
    new RandomState(11).fillTruncatedNormal(out, 2, 3);
    const accepted = [...new RandomState(11).randn(2000)].filter((z) => z >= 2 && z <= 3).slice(0, 20);
    expect([...out]).toEqual(accepted);
  });
});
