import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCdf } from '../src/internal/ks/applyCdf.js';
import { sortFloat64 } from '../src/internal/ks/sortFloat64.js';
import { TestRng } from './helpers/rng.js';

const sameBits = (a: Float64Array, b: Float64Array): boolean =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

describe('sortFloat64 (radix) orders exactly as Float64Array.prototype.sort', () => {
  it('on arbitrary doubles: signed zeros, subnormals, infinities, duplicates (property, radix forced)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 300 }), (xs) => {
        expect(sameBits(sortFloat64(xs, 0), Float64Array.from(xs).sort())).toBe(true);
      }),
      { seed: 3, numRuns: 300 },
    );
  });
  it('on 10⁵ normals with special values, through the default threshold, without touching the input', () => {
    const x = new TestRng(9).fill(100_000, (g) => g.normal());
    x.set([-0, 0, 5e-324, -5e-324, Infinity, -Infinity, 1e308, -1e308], 10);
    const before = x.slice();
    expect(sameBits(sortFloat64(x), x.slice().sort())).toBe(true);
    expect(sameBits(x, before)).toBe(true);
  });
  it('matches its TSDoc example; applyCdf stops at the first bad value (TSDoc example)', () => {
    expect(
      Array.from(sortFloat64(Float64Array.of(2, -0, -1, 0, -Infinity), 0)).map((v) => (Object.is(v, -0) ? '-0' : v)),
    ).toEqual([-Infinity, -1, '-0', 0, 2]);
    const u = Float64Array.of(0.2, 3);
    expect(applyCdf(u, (x) => x)).toBe(1);
    expect(Array.from(u)).toEqual([0.2, 3]);
    expect(applyCdf(Float64Array.of(0.5, 0.7), (x) => x)).toBe(-1);
  });
});
