import { symmetryGap } from '@nninit/verify';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('symmetryGap', () => {
  it('matches its TSDoc examples', () => {
    expect(symmetryGap({ data: [1, 2, 1, 2], shape: [2, 2] })).toBe(0);
    expect(symmetryGap({ data: [1, 2, 1, 2.5], shape: [2, 2] }, 'rows')).toBe(0.5);
  });
  it('is the largest spread of a coordinate across units, for rows and for columns', () => {
    // rows [1, 2, 3], [1, 5, 3]: column 1 spreads by 3; columns [1, 1], [2, 5], [3, 3]: row spreads 2 and 4
    const m = { data: Float64Array.of(1, 2, 3, 1, 5, 3), shape: [2, 3] };
    expect(symmetryGap(m, 'rows')).toBe(3);
    expect(symmetryGap(m, 'columns')).toBe(4);
  });
  it('is 0 exactly when all units are identical (zero and constant layers), > 0 once one weight differs (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.double({ min: 1e-6, max: 1, noNaN: true }),
        (units, row, pick, bump) => {
          const data = Array.from({ length: units }, () => row).flat();
          const m = { data, shape: [units, row.length] };
          expect(symmetryGap(m, 'rows')).toBe(0);
          if (units > 1) {
            const i = pick % data.length;
            data[i]! += bump;
            expect(symmetryGap(m, 'rows')).toBeGreaterThan(0);
          }
        },
      ),
      { seed: 11, numRuns: 200 },
    );
  });
  it('treats a bias (rank 1) as one column and flattens higher ranks to [shape[0], ∏rest]', () => {
    expect(symmetryGap({ data: [0, 0, 0], shape: [3] })).toBe(0);
    expect(symmetryGap({ data: [0, 0.25, 0], shape: [3] })).toBe(0.25);
    expect(symmetryGap({ data: [1, 2, 3, 4, 1, 2, 3, 4], shape: [2, 2, 2] })).toBe(0);
    expect(symmetryGap({ data: [], shape: [0, 4] })).toBe(0);
  });
  it('rejects malformed matrices, NaN and an unknown axis', () => {
    expect(() => symmetryGap(null as never)).toThrow(
      new TypeError('symmetryGap: matrix must be an object { data, shape }, got null'),
    );
    expect(() => symmetryGap({ data: [1, 2], shape: [2, 2] })).toThrow(
      new RangeError('symmetryGap: matrix.data.length must be 4 (the product of the shape), got 2'),
    );
    expect(() => symmetryGap({ data: [1], shape: [1.5] })).toThrow(
      new TypeError('symmetryGap: matrix.shape must be a non-empty array of non-negative integers, got [1.5]'),
    );
    expect(() => symmetryGap({ data: [NaN, 1], shape: [2, 1] })).toThrow(
      new RangeError('symmetryGap: matrix.data must be finite numbers (no NaN or ±Infinity), got NaN'),
    );
    expect(() => symmetryGap({ data: [1], shape: [1, 1] }, 'diagonal' as 'rows')).toThrow(
      new RangeError('symmetryGap: axis must be one of "rows", "columns", got "diagonal"'),
    );
  });
});
