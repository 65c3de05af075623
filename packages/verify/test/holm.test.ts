import { holm } from '@nninit/verify';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('holm', () => {
  it('matches its TSDoc example (0.01 <= 0.05/3 rejected; 0.03 > 0.05/2 stops the procedure)', () => {
    expect(holm([0.01, 0.04, 0.03], 0.05)).toEqual({
      rejected: [true, false, false],
      thresholds: [0.05 / 3, 0.05, 0.025],
    });
  });
  it('rejects step-down: all of [1e-9, 1e-8, 0.02] at alpha 0.05, none of an empty family', () => {
    expect(holm([0.02, 1e-8, 1e-9], 0.05).rejected).toEqual([true, true, true]);
    expect(holm([], 0.05)).toEqual({ rejected: [], thresholds: [] });
  });
  it('rejects a superset of Bonferroni and a subset of the unadjusted tests (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }),
        fc.double({ min: 1e-9, max: 0.5, noNaN: true }),
        (ps, alpha) => {
          const { rejected, thresholds } = holm(ps, alpha);
          ps.forEach((p, i) => {
            if (p <= alpha / ps.length) expect(rejected[i]).toBe(true);
            if (p > alpha) expect(rejected[i]).toBe(false);
            expect(thresholds[i]).toBeGreaterThanOrEqual(alpha / ps.length);
          });
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
  it('rejects p-values outside [0, 1] and a bad alpha', () => {
    expect(() => holm([0.5, 1.2], 0.05)).toThrow(
      new RangeError('holm: pValues[1] must be a number in [0, 1], got 1.2'),
    );
    expect(() => holm([NaN], 0.05)).toThrow(new RangeError('holm: pValues[0] must be a number in [0, 1], got NaN'));
    expect(() => holm([0.5], 0)).toThrow(new RangeError('holm: alpha must be a number in (0, 1), got 0'));
    expect(() => holm('0.5' as unknown as number[], 0.05)).toThrow(
      new TypeError('holm: pValues must be an array of numbers in [0, 1], got "0.5"'),
    );
  });
});
