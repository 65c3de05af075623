import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { npCos, npSin } from '../src/internal/datasets/numpyTrig.js';

const golden = JSON.parse(readFileSync(new URL('./data/trig.json', import.meta.url), 'utf8')) as {
  x: number[];
  sin: number[];
  cos: number[];
};

describe('npSin / npCos: numpy (glibc) sin and cos, bit for bit', () => {
  it(`match np.sin and np.cos on all ${golden.x.length} golden inputs`, () => {
    const wrong = golden.x.filter((x, i) => !Object.is(npSin(x), golden.sin[i]) || !Object.is(npCos(x), golden.cos[i]));
    expect(wrong).toEqual([]);
  });

  it('the golden inputs include many where V8 differs from glibc (so the test can fail)', () => {
    const differ = golden.x.filter((x, i) => Math.sin(x) !== golden.sin[i] || Math.cos(x) !== golden.cos[i]).length;
    expect(differ).toBeGreaterThan(100);
  });

  it('special values follow glibc: tiny arguments, signed zero, beyond the exact range', () => {
    expect(Object.is(npSin(-0), -0)).toBe(true);
    expect(npCos(0)).toBe(1);
    expect(npSin(1e-10)).toBe(1e-10);
    expect(npCos(1e-10)).toBe(1);
    expect(npSin(1e9)).toBe(Math.sin(1e9));
    expect(Number.isNaN(npSin(NaN))).toBe(true);
    expect(Number.isNaN(npCos(Infinity))).toBe(true);
  });
});
