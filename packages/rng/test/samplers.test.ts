import { philox, RandomState, sampleNormal, sampleTruncatedNormal, sampleUniform } from '@nninit/rng';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestBelow } from '../src/internal/float/largestBelow.js';

describe('sampleNormal', () => {
  it("is std·z for mean 0: numpy's randn(...) * std, bit for bit (the documented example)", () => {
    const w = new Float64Array(2);
    sampleNormal(new RandomState(3), w, 0, Math.sqrt(2 / 2));
    expect([...w]).toEqual([1.7886284734303186, 0.43650985051198943]);
    const v = new Float64Array(9);
    sampleNormal(new RandomState(3), v, 0, Math.sqrt(2 / 10));
    expect([...v]).toEqual([...new RandomState(3).randn(9)].map((z) => z * Math.sqrt(2 / 10)));
  });

  it('float32 output is the float64 output rounded once, across chunk boundaries', () => {
    const n = 10000;
    const f64 = new Float64Array(n),
      f32 = new Float32Array(n);
    sampleNormal(philox(8), f64, 0.25, 0.1);
    sampleNormal(philox(8), f32, 0.25, 0.1);
    expect(f32).toEqual(Float32Array.from(f64));
  });
});

describe('sampleUniform', () => {
  it('stays in [low, high) even when rounding would reach high, float32 and float64', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 1e-6, max: 10, noNaN: true }),
        fc.integer(),
        (low, width, s) => {
          const high = low + width;
          fc.pre(low < high);
          for (const out of [new Float32Array(256), new Float64Array(256)]) {
            sampleUniform(philox(s), out, low, high);
            expect(Math.max(...out)).toBeLessThan(high);
            expect(Math.min(...out)).toBeGreaterThanOrEqual(low);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("equals low + (high − low)·u for the source's uniforms", () => {
    const u = new Float64Array(100);
    philox(2).fillUniform(u);
    const x = new Float64Array(100);
    sampleUniform(philox(2), x, -3, 5);
    expect([...x]).toEqual([...u].map((v) => -3 + 8 * v));
  });
});

describe('sampleTruncatedNormal', () => {
  it('respects the bounds of the output type, float32 included', () => {
    fc.assert(
      fc.property(fc.integer(), fc.double({ min: 0.01, max: 3, noNaN: true }), (s, std) => {
        const low = -2 * std * 1.0000001,
          high = 2 * std * 0.9999999;
        for (const out of [new Float32Array(500), new Float64Array(500)]) {
          sampleTruncatedNormal(philox(s), out, 0, std, low, high);
          expect(Math.max(...out)).toBeLessThanOrEqual(high);
          expect(Math.min(...out)).toBeGreaterThanOrEqual(low);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("is mean + std·z for the source's truncated standard normals", () => {
    const z = new Float64Array(50);
    philox(4).fillTruncatedNormal(z, -1, 3);
    const x = new Float64Array(50);
    sampleTruncatedNormal(philox(4), x, 1, 2, -1, 7);
    expect([...x]).toEqual([...z].map((v) => 1 + 2 * v));
  });
});

describe('largestBelow', () => {
  it('steps one unit in the last place down, float64 and float32, through zero', () => {
    expect(largestBelow(1, false)).toBe(1 - 2 ** -53);
    expect(largestBelow(-1, false)).toBe(-1 - 2 ** -52);
    expect(largestBelow(0, false)).toBe(-Number.MIN_VALUE);
    expect(largestBelow(1, true)).toBe(1 - 2 ** -24);
    expect(largestBelow(-1, true)).toBe(-1 - 2 ** -23);
    expect(largestBelow(0, true)).toBe(-(2 ** -149));
    expect(largestBelow(0.1, true)).toBe(
      Math.fround(0.1) < 0.1 ? Math.fround(0.1) : largestBelow(Math.fround(0.1), true),
    );
    expect(largestBelow(0.1, true)).toBeLessThan(0.1);
  });
});

describe('samplers reject bad input', () => {
  const out = new Float64Array(2);
  it.each([
    [() => sampleNormal(philox(1), out, 0, -1), RangeError, 'sampleNormal: std must be non-negative, got -1'],
    [() => sampleNormal(philox(1), out, NaN, 1), RangeError, 'sampleNormal: mean must be finite, got NaN'],
    [
      () => sampleNormal(philox(1), [1] as never, 0, 1),
      TypeError,
      'sampleNormal: out must be a Float32Array or Float64Array, got [1]',
    ],
    [
      () => sampleNormal({} as never, out, 0, 1),
      TypeError,
      'sampleNormal: source must be a RandomSource (philox(seed) or a RandomState), got an object',
    ],
    [
      () => sampleUniform(undefined as never, out, 0, 1),
      TypeError,
      'sampleUniform: source must be a RandomSource (philox(seed) or a RandomState), got undefined',
    ],
    [
      () => sampleUniform(philox(1), out, 1, 1),
      RangeError,
      'sampleUniform: low must be less than high, got low = 1, high = 1',
    ],
    [() => sampleUniform(philox(1), out, 0, Infinity), RangeError, 'sampleUniform: high must be finite, got Infinity'],
    [
      () => sampleUniform(philox(1), out, -1e308, 1e308),
      RangeError,
      'sampleUniform: high − low must be finite, got 1e+308 − -1e+308',
    ],
    [
      () => sampleTruncatedNormal(philox(1), out, 0, 0, -1, 1),
      RangeError,
      'sampleTruncatedNormal: std must be positive, got 0',
    ],
    [
      () => sampleTruncatedNormal(philox(1), out, 0, 1, 2, -2),
      RangeError,
      'sampleTruncatedNormal: low must be less than high, got low = 2, high = -2',
    ],
  ])('%#', (call, cls, message) => {
    expect(call).toThrow(cls);
    expect(call).toThrow(message);
  });

  it('a rejected call writes nothing', () => {
    const o = new Float64Array(3).fill(5);
    expect(() => sampleUniform(philox(1), o, 2, 1)).toThrow(RangeError);
    expect([...o]).toEqual([5, 5, 5]);
  });
});
