import {
  arbitraryFans,
  arbitraryShape,
  checkConformance,
  checkSamples,
  chiSquareVarianceTest,
  constant,
  holm,
  ksTest,
  symmetryGap,
  uniform,
  varianceZTest,
  type WeightMatrix,
} from '@nninit/verify';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const zeros = (shape: readonly number[]): Float64Array => new Float64Array(shape.reduce((p, d) => p * d, 1));

describe('TSDoc examples of the exported option and result types', () => {
  it('ksTest options and result', () => {
    expect(ksTest([0.9], (x) => x, { alternative: 'greater' }).statistic).toBe(0.09999999999999998);
    expect(ksTest([0.5], (x) => x)).toEqual({ statistic: 0.5, pValue: 1, n: 1 });
  });
  it('variance test options and results', () => {
    expect(chiSquareVarianceTest([1, 3], 1, { mean: 'estimated' }).df).toBe(1);
    expect(chiSquareVarianceTest([3, 5], 1, { mean: 4 }).sampleVariance).toBe(1);
    expect(varianceZTest([1, -1], 1, { excessKurtosis: -1.2, alternative: 'greater' }).statistic).toBe(0);
    expect(varianceZTest([2, -2], 1).sampleVariance).toBe(4);
  });
  it('holm, checkSamples options and report', () => {
    expect(holm([0.5, 1e-9], 0.01).rejected).toEqual([false, true]);
    expect(checkSamples([0.5], uniform(0, 1), { alpha: 0.05 }).alpha).toBe(0.05);
    expect(checkSamples([0.5], uniform(0, 1)).skipped).toEqual(['z-variance: n = 1 is below 1000 samples']);
  });
  it('conformance options, cases and failures', () => {
    expect(checkConformance(zeros, () => constant(0), { numRuns: 5, shapes: fc.constant([2, 3]) }).numCases).toBe(5);
    expect(
      checkConformance(zeros, () => constant(0), { numRuns: 1, shapes: fc.constant([2, 3]), minSamples: 12 }).cases[0]!
        .draws,
    ).toBe(2);
    expect(checkConformance(zeros, () => constant(1), { numRuns: 1 }).failures[0]!.test).toBe('constant');
  });
  it('WeightMatrix, ShapeOptions, FanOptions', () => {
    const m: WeightMatrix = { data: new Float32Array(6), shape: [2, 3] };
    expect(symmetryGap(m)).toBe(0);
    expect(fc.sample(arbitraryShape({ minRank: 3, maxRank: 3, maxFan: 2 }), { seed: 1, numRuns: 1 })).toEqual([
      [1, 1, 2],
    ]);
    expect(fc.sample(arbitraryFans({ min: 7, max: 7 }), { seed: 1, numRuns: 1 })).toEqual([{ fanIn: 7, fanOut: 7 }]);
  });
});
