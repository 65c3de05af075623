import {
  checkConformance,
  constant,
  type Distribution,
  defineDistribution,
  normal,
  truncatedNormal,
  uniform,
} from '@nninit/verify';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../src/internal/conformance/summarize.js';
import { fans, normalSampler, truncatedSampler, uniformSampler } from './helpers/samplers.js';

type Shape = readonly number[];
type Sampler = (shape: Shape, seed: number) => ArrayLike<number>;
const KERAS = 0.87962566103423978; // std of N(0, 1) truncated to ±2
const heStd = (s: Shape): number => Math.sqrt(2 / fans(s).fanIn);
const glorotBound = (s: Shape): number => Math.sqrt(6 / (fans(s).fanIn + fans(s).fanOut));
const truncStd = (s: Shape): number => heStd(s) / KERAS;

/** Correct samplers with the distributions they declare (the init package's shapes of problem). */
const correct: Record<string, [Sampler, (s: Shape) => Distribution]> = {
  he_normal: [normalSampler(heStd), (s) => normal(0, heStd(s))],
  lecun_normal: [normalSampler((s) => Math.sqrt(1 / fans(s).fanIn)), (s) => normal(0, Math.sqrt(1 / fans(s).fanIn))],
  glorot_uniform: [uniformSampler(glorotBound), (s) => uniform(-glorotBound(s), glorotBound(s))],
  truncated_he: [truncatedSampler(truncStd), (s) => truncatedNormal(0, truncStd(s), -2 * truncStd(s), 2 * truncStd(s))],
  zeros: [(s) => new Float64Array(s.reduce((p, d) => p * d, 1)), () => constant(0)],
};

describe('false alarms: correct samplers pass at every one of 8 fixed fast-check seeds', () => {
  // Each run: 20 cases, 40 checks (20 for zeros), family-wise alpha 1e-6 (Holm). Over the
  // 5 × 8 = 40 runs below (1440 checks) the chance of any false alarm is at most 40 × 1e-6.
  it.each(Object.entries(correct))('%s', (_, [sampler, declared]) => {
    for (let seed = 1; seed <= 8; seed++) {
      const report = checkConformance(sampler, declared, { seed });
      expect(report.passed, report.summary).toBe(true);
      expect(report.numCases).toBe(20);
      expect(report.numChecks).toBe(sampler === correct.zeros![0] ? 20 : 40);
      expect(report.alpha).toBe(1e-6);
      expect(report.cases.every((c) => c.n >= 10_000)).toBe(true);
    }
  });
});

describe('power canaries: the harness rejects each defect at the default alpha and sample sizes', () => {
  const he = (s: Shape): Distribution => normal(0, heStd(s));
  const truncated = (s: Shape): Distribution => truncatedNormal(0, truncStd(s), -2 * truncStd(s), 2 * truncStd(s));
  it('variance 1/n instead of 2/n', () => {
    expect(
      checkConformance(
        normalSampler((s) => Math.sqrt(1 / fans(s).fanIn)),
        he,
      ).passed,
    ).toBe(false);
  });
  it('fan_out instead of fan_in, caught on the non-square shapes only', () => {
    const report = checkConformance(
      normalSampler((s) => Math.sqrt(2 / fans(s).fanOut)),
      he,
    );
    expect(report.passed).toBe(false);
    const square = (c: { shape: Shape }): boolean => c.shape[0] === c.shape[1];
    expect(report.failures.some((f) => !square(f))).toBe(true);
    expect(report.failures.every((f) => !square(f))).toBe(true);
  });
  it('a 5 % error in the standard deviation', () => {
    const report = checkConformance(
      normalSampler((s) => 1.05 * heStd(s)),
      he,
    );
    expect(report.passed).toBe(false);
    expect(report.failures.some((f) => f.test === 'chi-square-variance')).toBe(true);
  });
  it('uniform instead of normal with the same variance', () => {
    const report = checkConformance(
      uniformSampler((s) => Math.sqrt(3) * heStd(s)),
      he,
    );
    expect(report.passed).toBe(false);
    expect(report.failures.every((f) => f.test === 'ks')).toBe(true); // the variance is right
  });
  it('a truncated normal whose std was not corrected for the truncation (0.88× too narrow)', () => {
    expect(checkConformance(truncatedSampler(heStd), truncated).passed).toBe(false);
  });
});

describe('the report says which case failed', () => {
  it('with its shape, seed, draws, statistic, p-value and Holm level, in fields and in the summary', () => {
    const report = checkConformance(
      normalSampler((s) => 1.5 * heStd(s)),
      (s) => normal(0, heStd(s)),
      { numRuns: 3 },
    );
    expect(report.failures.length).toBeGreaterThan(0);
    const f = report.failures[0]!;
    const c = report.cases[f.caseIndex]!;
    expect([f.shape, f.seed, f.draws, f.n, f.distribution]).toEqual([c.shape, c.seed, c.draws, c.n, c.distribution]);
    expect(f.pValue).toBeLessThanOrEqual(f.threshold);
    expect(f.n).toBe(c.draws * c.shape.reduce((p, d) => p * d, 1));
    const lines = report.summary.split('\n');
    expect(lines[0]).toMatch(/^conformance: FAIL, 3 cases, 6 checks, family-wise alpha 1e-6 \(Holm\)$/);
    expect(lines[1]).toContain(`case ${f.caseIndex}: shape [${f.shape.join(', ')}], seed ${f.seed}`);
    expect(lines[1]).toMatch(/p = [0-9.e-]+ <= [0-9.e-]+ \(/);
  });
  it('a pass names the smallest p-value and its case', () => {
    const report = checkConformance(...correct.he_normal!, { numRuns: 2, seed: 5 });
    expect(report.summary).toMatch(
      /^conformance: PASS, 2 cases, 4 checks, family-wise alpha 1e-6 \(Holm\), smallest p = \S+ \((ks|chi-square-variance), case [01]: shape \[[0-9, ]+\], seed \d+\)$/,
    );
  });
  it('is deterministic: the same options give the same cases and p-values', () => {
    const a = checkConformance(...correct.glorot_uniform!, { numRuns: 4, seed: 9 });
    const b = checkConformance(...correct.glorot_uniform!, { numRuns: 4, seed: 9 });
    expect(b.cases).toEqual(a.cases);
    expect(checkConformance(...correct.glorot_uniform!, { numRuns: 4, seed: 10 }).cases).not.toEqual(a.cases);
  });
});

describe('TSDoc examples', () => {
  it('a seed-ignoring grid sampler fails: small shapes pool copies of one grid', () => {
    const grid = (shape: readonly number[]): Float64Array => {
      const n = shape.reduce((p, d) => p * d, 1);
      return Float64Array.from({ length: n }, (_, i) => (i + 0.5) / n);
    };
    const report = checkConformance(grid, () => uniform(0, 1));
    expect(report.passed).toBe(false);
    expect(report.failures[0]!.shape).toEqual([3, 1, 5]);
    expect(report.failures[0]!.draws).toBe(667);
    expect(report.summary.split('\n')[0]).toBe('conformance: FAIL, 20 cases, 40 checks, family-wise alpha 1e-6 (Holm)');
    expect(summarize([], [], 1e-6)).toBe('conformance: PASS, 0 cases, 0 checks, family-wise alpha 1e-6 (Holm)');
  });
});

describe('invalid sampler output is a failed case (validity, p = 0), not an exception', () => {
  const shapes = fc.constant([4, 5]);
  const declared = (): Distribution => normal(0, 1);
  it.each([
    ['wrong length', () => new Float64Array(19), /sampler returned 19 values for seed \d+, shape needs 20/],
    [
      'NaN',
      () => Float64Array.from({ length: 20 }, (_, i) => (i === 3 ? NaN : 0)),
      /1 non-finite values for seed \d+ \(first: index 3 = NaN\)/,
    ],
    [
      'a throw',
      () => {
        throw new Error('boom');
      },
      /sampler threw for seed \d+: boom/,
    ],
    ['not an array', () => 7 as unknown as number[], /sampler returned number for seed \d+, not an array-like/],
  ] as const)('%s', (_, sampler, detail) => {
    const report = checkConformance(sampler, declared, { shapes, numRuns: 2 });
    expect(report.passed).toBe(false);
    expect(report.failures).toHaveLength(2);
    expect(report.failures[0]).toMatchObject({ test: 'validity', pValue: 0, rejected: true });
    expect(report.failures[0]!.detail).toMatch(detail);
  });
  it('pools seeds modulo 2³² for 32-bit seeds', () => {
    const seen: number[] = [];
    checkConformance(
      (s, seed) => {
        seen.push(seed);
        return normalSampler(() => 1)(s, seed);
      },
      declared,
      {
        shapes,
        seeds: fc.constant(0xffff_ffff),
        numRuns: 1,
        minSamples: 60,
      },
    );
    expect(seen).toEqual([0xffff_ffff, 0, 1]);
  });
});

describe('checkConformance bad input', () => {
  const ok = correct.he_normal!;
  it('rejects non-functions, a declared value that is not a distribution, and bad options', () => {
    expect(() => checkConformance(null as unknown as Sampler, ok[1])).toThrow(
      new TypeError('checkConformance: sampler must be a function (shape, seed) => samples, got null'),
    );
    expect(() => checkConformance(ok[0], {} as unknown as (s: Shape) => Distribution)).toThrow(
      new TypeError('checkConformance: declared must be a function shape => Distribution, got an object'),
    );
    expect(() =>
      checkConformance(ok[0], () => 0.5 as unknown as Distribution, { shapes: fc.constant([2, 3]), numRuns: 1 }),
    ).toThrow(
      new TypeError(
        'checkConformance: declared([2, 3]) must be a Distribution (family, cdf, mean, variance) or a DistributionSpec, e.g. normal(0, 1), got 0.5',
      ),
    );
    expect(() => checkConformance(ok[0], ok[1], { alpha: 0 })).toThrow(
      new RangeError('checkConformance: options.alpha must be a number in (0, 1), got 0'),
    );
    expect(() => checkConformance(ok[0], ok[1], { numRuns: 0 })).toThrow(
      new RangeError('checkConformance: options.numRuns must be an integer in [1, 10000], got 0'),
    );
    expect(() => checkConformance(ok[0], ok[1], { minSamples: -1 })).toThrow(
      new RangeError('checkConformance: options.minSamples must be an integer in [1, 10000000], got -1'),
    );
    expect(() => checkConformance(ok[0], ok[1], { seed: 0.5 })).toThrow(
      new RangeError('checkConformance: options.seed must be an integer, got 0.5'),
    );
  });
  it("reports a bad shapes or seeds option as its own error, not fast-check's", () => {
    expect(() => checkConformance(ok[0], ok[1], { shapes: [[0, 5]] })).toThrow(
      new RangeError(
        'checkConformance: options.shapes[0] must be a non-empty array of positive integers with at most 10000000 elements in all, got [0,5]',
      ),
    );
    expect(() => checkConformance(ok[0], ok[1], { shapes: [] })).toThrow(
      new TypeError(
        'checkConformance: options.shapes must be a fast-check Arbitrary or a non-empty array of values, got []',
      ),
    );
    expect(() => checkConformance(ok[0], ok[1], { shapes: fc.constant([2, -1]) })).toThrow(
      new RangeError(
        'checkConformance: each value options.shapes generates must be a non-empty array of positive integers with at most 10000000 elements in all, got [2,-1]',
      ),
    );
    expect(() => checkConformance(ok[0], ok[1], { seeds: [0.5] })).toThrow(
      new RangeError('checkConformance: options.seeds[0] must be a safe integer, got 0.5'),
    );
    expect(() => checkConformance(ok[0], ok[1], { numRuns: 2, shapes: [[4, 8]], seeds: [1, 2] })).not.toThrow();
    expect(() => checkConformance(ok[0], ok[1], { shape: [[4, 8]] } as never)).toThrow(/did you mean "shapes"/);
  });
  it('throws a clear error for a declared cdf that is not monotone', () => {
    const zigzag = defineDistribution({
      family: 'zigzag',
      mean: 0,
      variance: 1,
      cdf: (x) => (x < 0 ? 0.5 : x < 0.5 ? 0.2 : 1),
    });
    expect(() => checkConformance(ok[0], () => zigzag, { numRuns: 1, shapes: [[4, 8]] })).toThrow(
      /^checkConformance: declared\(\[4, 8\]\)\.cdf must be non-decreasing, got declared\(\[4, 8\]\)\.cdf\(.*\) = 0\.2 below 0\.5, its value at a smaller sample$/,
    );
  });
});
