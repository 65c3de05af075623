import { describeDistribution, sparse } from '@nninit/init';
import { philox, sampleNormal } from '@nninit/rng';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const FC = { seed: 20240503, numRuns: 80 };

describe('sparse', () => {
  it('exactly ⌈sparsity·rows⌉ zeros in every column; the other elements are the N(0, std²) draw, untouched', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer(),
        (rows, cols, sparsity, seed) => {
          const w = sparse([rows, cols], { sparsity, std: 0.5, seed, dtype: 'float64' });
          const draw = new Float64Array(rows * cols);
          sampleNormal(philox(seed), draw, 0, 0.5);
          const k = Math.ceil(Number((sparsity * rows).toPrecision(15)));
          for (let c = 0; c < cols; c++) {
            let zeros = 0;
            for (let r = 0; r < rows; r++) {
              const v = w.get(r, c);
              if (v === 0) zeros++;
              else expect(v).toBe(draw[r * cols + c]);
            }
            expect(zeros).toBe(k);
          }
          const d = describeDistribution([rows, cols], 'sparse', { sparsity, std: 0.5 });
          expect(d).toEqual({
            family: 'sparse',
            rows,
            cols,
            zerosPerColumn: k,
            nonzero: { family: 'normal', mean: 0, std: 0.5 },
          });
        },
      ),
      FC,
    );
  });

  it("counts like PyTorch's ceil(sparsity·rows) without its rounding artefact: 0.07 of 100 rows is 7, not 8", () => {
    expect(0.07 * 100).toBe(7.000000000000001); // why PyTorch's math.ceil(0.07 * 100) gives 8
    const count = (sparsity: number, rows: number): unknown =>
      (describeDistribution([rows, 2], 'sparse', { sparsity }) as { zerosPerColumn: number }).zerosPerColumn;
    expect(count(0.07, 100)).toBe(7);
    expect(count(0.28, 25)).toBe(7);
    expect(count(0.15, 7)).toBe(2); // 1.05 → 2
    expect(count(0, 5)).toBe(0);
    expect(count(1, 5)).toBe(5);
    expect(count(0.01, 5)).toBe(1);
    // Every percentage of every row count up to 100 gives the exact ⌈pct·rows/100⌉ (13 of these
    // 9,900 cases are off by one in PyTorch).
    for (let rows = 1; rows <= 100; rows++) {
      for (let pct = 0; pct <= 100; pct++) expect(count(pct / 100, rows)).toBe(Math.floor((pct * rows + 99) / 100));
    }
  });

  it('sparsity 1 zeroes everything; the zero rows differ between columns (chosen per column)', () => {
    expect(Array.from(sparse([5, 3], { sparsity: 1, seed: 1 }).data).every((v) => v === 0)).toBe(true);
    const w = sparse([100, 20], { sparsity: 0.1, seed: 3 });
    const patterns = new Set(
      Array.from({ length: 20 }, (_, c) => Array.from({ length: 100 }, (_, r) => (w.get(r, c) === 0 ? 1 : 0)).join('')),
    );
    expect(patterns.size).toBe(20);
  });
});
