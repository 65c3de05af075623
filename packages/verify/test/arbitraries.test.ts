import { arbitraryFans, arbitrarySeed, arbitraryShape } from '@nninit/verify';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitShape } from '../src/internal/arbitraries/fitShape.js';
import { logUniformInteger } from '../src/internal/arbitraries/logUniformInteger.js';
import { fans } from './helpers/samplers.js';

describe('arbitraryShape', () => {
  it('gives [fanOut, fanIn, ...kernel] shapes within the fan, kernel and size limits', () => {
    fc.assert(
      fc.property(arbitraryShape(), (shape) => {
        expect(shape.length).toBeGreaterThanOrEqual(2);
        expect(shape.length).toBeLessThanOrEqual(4);
        expect(shape.every((d) => Number.isInteger(d) && d >= 1)).toBe(true);
        const { fanIn, fanOut } = fans(shape);
        expect(Math.max(fanIn, fanOut)).toBeLessThanOrEqual(4096);
        expect(shape.slice(2).every((k) => k <= 7)).toBe(true);
        expect(shape.reduce((p, d) => p * d, 1)).toBeLessThanOrEqual(65536);
      }),
      { seed: 1, numRuns: 500 },
    );
  });
  it('spans dense and conv, square and non-square, fans from 1 to the thousands', () => {
    const shapes = fc.sample(arbitraryShape(), { seed: 2, numRuns: 400 });
    const fanIns = shapes.map((s) => fans(s).fanIn);
    expect(shapes.some((s) => s.length === 2) && shapes.some((s) => s.length === 4)).toBe(true);
    expect(shapes.some((s) => s[0] === s[1]) && shapes.some((s) => s[0] !== s[1])).toBe(true);
    expect(Math.min(...fanIns)).toBe(1);
    expect(Math.max(...fanIns)).toBeGreaterThan(1000);
    expect(fanIns.filter((f) => f >= 10 && f < 100).length).toBeGreaterThan(40); // log-uniform, not piled at the ends
  });
  it('respects custom limits and rejects bad ones', () => {
    const shapes = fc.sample(arbitraryShape({ minRank: 3, maxRank: 5, maxFan: 64, maxKernel: 3, maxSize: 1000 }), {
      seed: 3,
      numRuns: 200,
    });
    for (const s of shapes) {
      expect(s.length).toBeGreaterThanOrEqual(3);
      expect(Math.max(fans(s).fanIn, fans(s).fanOut)).toBeLessThanOrEqual(64);
      expect(s.reduce((p, d) => p * d, 1)).toBeLessThanOrEqual(1000);
    }
    expect(() => arbitraryShape({ minRank: 1 })).toThrow(
      new RangeError('arbitraryShape: options.minRank must be an integer in [2, 5], got 1'),
    );
    expect(() => arbitraryShape({ minRank: 3, maxRank: 2 })).toThrow(
      new RangeError('arbitraryShape: options.maxRank must be an integer in [minRank (3), 5], got 2'),
    );
    expect(() => arbitraryShape({ maxFan: 0 })).toThrow(
      new RangeError('arbitraryShape: options.maxFan must be an integer in [1, 2147483647], got 0'),
    );
    // A huge bound made generation hang; bounds are now 32-bit.
    expect(() => arbitraryShape({ maxSize: 1e308 })).toThrow(RangeError);
    expect(() => arbitraryFans({ max: 2 ** 53 })).toThrow(RangeError);
  });
  it('fitShape rescales rather than clips (TSDoc example)', () => {
    expect(fitShape([4096, 4096], 4096, 65536)).toEqual([16, 4096]);
    expect(fitShape([4096, 100, 7, 7, 7], 4096, 65536)).toEqual([11, 1, 7, 7, 7]);
    expect(fitShape([1, 1, 100, 100], 4096, 65536)).toEqual([1, 1, 50, 50]);
  });
});

describe('arbitraryFans and arbitrarySeed', () => {
  it('fans are integers in [min, max], mostly unequal', () => {
    const pairs = fc.sample(arbitraryFans({ min: 2, max: 64 }), { seed: 4, numRuns: 300 });
    for (const { fanIn, fanOut } of pairs) {
      expect([fanIn, fanOut].every((f) => Number.isInteger(f) && f >= 2 && f <= 64)).toBe(true);
    }
    expect(pairs.filter((p) => p.fanIn !== p.fanOut).length).toBeGreaterThan(200);
    expect(() => arbitraryFans({ min: 5, max: 4 })).toThrow(
      new RangeError('arbitraryFans: options.max must be an integer in [options.min (5), 2147483647], got 4'),
    );
    expect(() => arbitraryFans({ min: 0 })).toThrow(
      new RangeError('arbitraryFans: options.min must be an integer in [1, 2147483647], got 0'),
    );
  });
  it('seeds are uint32, 0 and 2³² − 1 included', () => {
    const seeds = fc.sample(arbitrarySeed(), { seed: 5, numRuns: 2000 });
    expect(seeds.every((s) => Number.isInteger(s) && s >= 0 && s <= 0xffff_ffff)).toBe(true);
    expect(seeds).toContain(0);
    expect(seeds).toContain(0xffff_ffff);
  });
  it('logUniformInteger puts as many draws in each decade', () => {
    const xs = fc.sample(logUniformInteger(1, 10_000), { seed: 6, numRuns: 4000 });
    const decades = [0, 0, 0, 0];
    for (const x of xs) decades[Math.min(3, Math.floor(Math.log10(x)))]!++;
    for (const count of decades) expect(count).toBeGreaterThan(700);
  });
});

describe('TSDoc examples of the arbitraries (fixed fast-check seeds)', () => {
  it('give these exact values', () => {
    expect(fc.sample(arbitraryShape({ maxRank: 2, maxFan: 8 }), { seed: 1, numRuns: 3 })).toEqual([
      [2, 8],
      [4, 8],
      [8, 8],
    ]);
    expect(fc.sample(arbitraryFans({ max: 64 }), { seed: 3, numRuns: 2 })).toEqual([
      { fanIn: 1, fanOut: 5 },
      { fanIn: 13, fanOut: 64 },
    ]);
    expect(fc.sample(logUniformInteger(1, 4096), { seed: 1, numRuns: 3 })).toEqual([1925, 4062, 1681]);
    expect(fc.sample(arbitrarySeed(), { seed: 42, numRuns: 2 })).toEqual([4294967272, 1152992794]);
  });
});
