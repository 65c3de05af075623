import { readFileSync } from 'node:fs';
import { describeDistribution, initialize, initializers, zeroInit } from '@nninit/init';
import { RandomState } from '@nninit/rng';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Written by scripts/zero_init_golden.py from scipy.linalg.hadamard, as the ZerO authors' code.
const golden = JSON.parse(readFileSync(new URL('./data/zero-init-golden.json', import.meta.url), 'utf8')) as {
  zero_init: { shape: number[]; float64: number[] }[];
};
const FC = { seed: 20261205, numRuns: 60 };

/** WWᵀ (rows) or WᵀW (columns) of a row-major rows × cols matrix, in float64. */
function gram(w: ArrayLike<number>, rows: number, cols: number, of: 'rows' | 'columns'): number[][] {
  const k = of === 'rows' ? rows : cols;
  const at = (a: number, i: number): number => (of === 'rows' ? w[a * cols + i] : w[i * cols + a]) as number;
  const len = of === 'rows' ? cols : rows;
  return Array.from({ length: k }, (_, a) =>
    Array.from({ length: k }, (_, b) => {
      let s = 0;
      for (let i = 0; i < len; i++) s += at(a, i) * at(b, i);
      return s;
    }),
  );
}
/** max |G − I| over the entries. */
const deviationFromEye = (g: number[][]): number =>
  Math.max(0, ...g.flatMap((row, a) => row.map((x, b) => Math.abs(x - +(a === b)))));
const eye = (k: number): number[][] =>
  Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => +(a === b)));

describe('zero_init (ZerO, Zhao, Schäfer & Anandkumar 2022, Algorithm 1)', () => {
  it("is exactly the authors' construction on scipy's Hadamard matrices, float64 and float32, dense and conv", () => {
    expect(golden.zero_init.length).toBeGreaterThanOrEqual(15);
    for (const { shape, float64 } of golden.zero_init) {
      expect(Array.from(initialize(shape, 'zero_init', { dtype: 'float64' }).data), `${shape}`).toEqual(float64);
      expect(Array.from(zeroInit(shape).data), `${shape}`).toEqual(float64.map(Math.fround));
    }
  });

  it('matches its TSDoc example and needs no rng; a given rng is not consumed', () => {
    expect(zeroInit([3, 2]).toArray()).toEqual([
      [0.5, 0.5],
      [0.5, -0.5],
      [0.5, 0.5],
    ]);
    const rng = new RandomState(4);
    zeroInit([5, 3], { rng });
    expect(rng.randn(2)).toEqual(new RandomState(4).randn(2));
    expect(initializers.zero_init.random).toBe(false);
  });

  it('out ≤ in: rows orthonormal, WWᵀ = I (a partial identity)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 12 }), (m, extra) => {
        const n = m + extra;
        const w = initialize([m, n], 'zero_init', { dtype: 'float64' }).data;
        expect(gram(w, m, n, 'rows')).toEqual(eye(m));
      }),
      FC,
    );
  });

  it('out > in with out a power of two: columns orthonormal, WᵀW = I to rounding', () => {
    for (const [m, n] of [
      [2, 1],
      [4, 3],
      [8, 5],
      [16, 1],
      [32, 31],
      [64, 7],
    ] as const) {
      const w = initialize([m, n], 'zero_init', { dtype: 'float64' }).data;
      // 1/√p is rounded once, so WᵀW is I up to a few ulps (exactly I for p a power of four).
      expect(deviationFromEye(gram(w, m, n, 'columns')), `${m}×${n}`).toBeLessThan(1e-15);
    }
  });

  it('out > in otherwise: column norms² are out/p, and columns are not orthogonal in general (3 × 2)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.integer({ min: 1, max: 39 }), (m, nn) => {
        const n = Math.min(nn, m - 1);
        const p = 2 ** Math.ceil(Math.log2(m));
        const g = gram(initialize([m, n], 'zero_init', { dtype: 'float64' }).data, m, n, 'columns');
        for (let j = 0; j < n; j++) expect(g[j]?.[j]).toBeCloseTo(m / p, 14);
      }),
      FC,
    );
    // [[½, ½], [½, −½], [½, ½]]: the two columns have inner product ¼, so only out = p is orthogonal.
    expect(gram(zeroInit([3, 2], { dtype: 'float64' }).data, 3, 2, 'columns')).toEqual([
      [0.75, 0.25],
      [0.25, 0.75],
    ]);
  });

  it('a conv kernel is zero off the centre tap ⌊k/2⌋, which holds the dense matrix over (out, in)', () => {
    const shape = [6, 3, 4, 3];
    const w = initialize(shape, 'zero_init', { dtype: 'float64' });
    const dense = initialize([6, 3], 'zero_init', { dtype: 'float64' });
    for (let o = 0; o < 6; o++)
      for (let i = 0; i < 3; i++)
        for (let a = 0; a < 4; a++)
          for (let b = 0; b < 3; b++) expect(w.get(o, i, a, b)).toBe(a === 2 && b === 1 ? dense.get(o, i) : 0);
  });

  it('declares its structure: rows, cols and the kernel centre', () => {
    expect(describeDistribution([5, 3], 'zero_init')).toEqual({ family: 'zero_init', rows: 5, cols: 3, center: [] });
    expect(describeDistribution([4, 2, 3, 5], 'zero_init')).toEqual({
      family: 'zero_init',
      rows: 4,
      cols: 2,
      center: [1, 2],
    });
  });

  it('rejects a rank outside 2 to 5 and unknown parameters, naming the function and the value', () => {
    expect(() => zeroInit([4])).toThrow('zeroInit: shape must have 2 to 5 dimensions');
    expect(() => initialize([1, 1, 1, 1, 1, 1], 'zero_init')).toThrow(
      /initialize: shape must have 2 to 5 dimensions.*\[1,1,1,1,1,1\]/,
    );
    expect(() => initialize([2, 2], { name: 'zero_init', gain: 2 } as never)).toThrow(/gain/);
  });
});
