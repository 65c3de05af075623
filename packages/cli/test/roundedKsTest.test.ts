import { ksTest } from '@nninit/verify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUNDED_GRIDS, roundedKsTest } from '../src/internal/verify/roundedKsTest.js';

const bfloat16 = ROUNDED_GRIDS['bfloat16']!;
const float16 = ROUNDED_GRIDS['float16']!;
const uniformCdf = (x: number): number => Math.min(1, Math.max(0, x));

describe('roundedKsTest', () => {
  it('compares the declared CDF at the edges of each value’s rounding cell (the TSDoc example, by hand)', () => {
    const { statistic, pValue } = roundedKsTest(new Float32Array([0.25, 0.25, 0.75]), uniformCdf, bfloat16);
    // Candidates: 2/3 − F(0.25 + 2⁻¹⁰), F(0.25 − 2⁻¹⁰) − 0, 1 − F(0.75 + 2⁻⁹), F(0.75 − 2⁻⁹) − 2/3.
    expect(statistic).toBe(2 / 3 - (0.25 + 2 ** -10));
    expect(pValue).toBe(ksTest([0.25, 0.25, 0.75], (x) => x + 2 ** -10).pValue);
  });

  it('takes the half-width from the spacing above |v|, and the subnormal spacing at 0', () => {
    // float16: 1 has spacing 2⁻¹⁰ above, so its cell is [1 − 2⁻¹¹, 1 + 2⁻¹¹]; 0's is ±2⁻²⁵.
    expect(roundedKsTest(new Float32Array([1]), (x) => uniformCdf(x - 0.5), float16).statistic).toBe(0.5 - 2 ** -11);
    const atZero = roundedKsTest(new Float64Array([0]), (x) => 0.5 + x * 2 ** 24, float16).statistic;
    expect(atZero).toBe(1 - (0.5 + 2 ** -25 * 2 ** 24));
  });

  it('is never larger than the plain statistic on the same values, so its p-value is conservative', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 200 }), (values) => {
        const data = Float32Array.from(values);
        const plain = ksTest(data, uniformCdf).statistic;
        expect(roundedKsTest(data, uniformCdf, bfloat16).statistic).toBeLessThanOrEqual(plain + 1e-15);
      }),
      { seed: 20261206, numRuns: 200 },
    );
  });
});
