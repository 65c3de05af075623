import { describe, expect, it } from 'vitest';
import { TWO_POW_MINUS_24, uniform53 } from '../src/internal/philox/streamLayout.js';

describe('uniform conversions', () => {
  it('the largest float64 uniform is 1 − 2^-53 and the largest float32 uniform 1 − 2^-24', () => {
    expect(uniform53(0xffffffff, 0xffffffff)).toBe(1 - 2 ** -53);
    expect((0xffffffff >>> 8) * TWO_POW_MINUS_24).toBe(1 - 2 ** -24);
  });

  it('why float32 uniforms are truncated, not rounded: rounding the largest double gives 1', () => {
    expect(Math.fround(uniform53(0xffffffff, 0xffffffff))).toBe(1);
  });

  it('zero words give 0, and the float32 uniform is the float64 one truncated to 24 bits', () => {
    expect(uniform53(0, 0)).toBe(0);
    const a = 0x89abcdef,
      b = 0x01234567;
    expect((a >>> 8) * TWO_POW_MINUS_24).toBe(Math.floor(uniform53(a, b) * 2 ** 24) / 2 ** 24);
  });
});
