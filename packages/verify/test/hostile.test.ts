import { expectCleanOutcome, hostileNumber, hostileOptions, hostileValue } from '@nninit/internal/testing';
import {
  arbitraryFans,
  arbitrarySeed,
  arbitraryShape,
  checkConformance,
  checkSamples,
  chiSquareVarianceTest,
  constant,
  type Distribution,
  defineDistribution,
  holm,
  ksoneSf,
  ksTest,
  kstwoSf,
  normal,
  regularizedGammaP,
  regularizedGammaQ,
  regularizedIncompleteBeta,
  sphereCoordinate,
  symmetryGap,
  toDistribution,
  truncatedNormal,
  uniform,
  varianceZTest,
} from '@nninit/verify';
import { verifyMatchers } from '@nninit/verify/vitest';
import * as fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

// Every public function, distribution constructor and distribution method, on NaN, ±Infinity,
// −0, huge and tiny numbers, wrong types and misspelled option keys: each call returns a finite,
// well-formed result or throws a TypeError or RangeError whose message starts with its name.
// Fixed seed; the sizes of samples and of conformance runs are capped by the arbitraries so that
// no call is slow.
const SEED = 20261205;
const RUNS = 1000;
let inputs = 0;

const samples: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue,
  fc.array(hostileNumber, { maxLength: 40 }),
  fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 1, maxLength: 40 }),
  fc
    .array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 1, maxLength: 40 })
    .map((a) => Float64Array.from(a)),
);
const cdf: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue,
  fc.constantFrom<unknown>(
    (x: number) => normal(0, 1).cdf(x),
    (x: number) => Math.min(1, Math.max(0, x)),
    () => Number.NaN,
    (x: number) => (x < 0 ? 0.7 : 0.2),
    () => '0.5',
  ),
);
const distribution: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue,
  fc.constantFrom<unknown>(
    normal(0, 1),
    uniform(-1, 1),
    constant(0),
    sphereCoordinate(4),
    truncatedNormal(0, 1, -2, 2),
  ),
  fc.record(
    {
      family: fc.constantFrom('normal', 'uniform', 'constant', 'cauchy', 'truncated_normal'),
      mean: hostileNumber,
      std: hostileNumber,
      low: hostileNumber,
      high: hostileNumber,
      value: hostileNumber,
    },
    { requiredKeys: ['family'] },
  ),
);

function property<T extends unknown[]>(
  fn: string,
  args: { [K in keyof T]: fc.Arbitrary<T[K]> },
  call: (...a: T) => unknown,
  runs = RUNS,
): void {
  fc.assert(
    fc.property(...(args as unknown as [fc.Arbitrary<unknown>]), (...values: unknown[]) => {
      inputs++;
      expectCleanOutcome(fn, () => call(...(values as T)));
    }),
    { seed: SEED, numRuns: runs },
  );
}

/** Runs the methods of a distribution a constructor returned on hostile arguments. */
function methods(name: string, d: Distribution): void {
  fc.assert(
    fc.property(hostileValue, (x) => {
      inputs += 3;
      expectCleanOutcome(`${name}.cdf`, () => d.cdf(x as number));
      if (d.pdf) expectCleanOutcome(`${name}.pdf`, () => d.pdf!(x as number));
      if (d.quantile) expectCleanOutcome(`${name}.quantile`, () => d.quantile!(x as number));
    }),
    { seed: SEED, numRuns: 40 },
  );
}

/** A constructor call: clean, and when it returns, its methods are clean too. */
function construction<T extends unknown[]>(
  name: string,
  args: { [K in keyof T]: fc.Arbitrary<T[K]> },
  build: (...a: T) => Distribution,
  runs = 200,
): void {
  let built = 0;
  fc.assert(
    fc.property(...(args as unknown as [fc.Arbitrary<unknown>]), (...values: unknown[]) => {
      inputs++;
      let d: Distribution | undefined;
      const outcome = expectCleanOutcome(name, () => {
        d = build(...(values as T));
        // parameters echo the arguments (a truncation bound may be ±Infinity): check the rest.
        const { parameters: _, ...rest } = d;
        return rest;
      });
      if (outcome === 'returned' && d !== undefined && built++ < 5) methods(d.family, d);
    }),
    { seed: SEED, numRuns: runs },
  );
}

describe('hostile inputs: every public function returns something finite or throws its own TypeError/RangeError', () => {
  afterAll(() => {
    // The count goes to the report; at least this many inputs were tried.
    expect(inputs).toBeGreaterThan(5000);
    console.info(`hostile.test.ts: ${inputs} inputs`);
  });

  it('distribution constructors and their methods', () => {
    const scale = fc.oneof(hostileNumber, fc.double({ min: 0.1, max: 10, noNaN: true }));
    construction('normal', [hostileNumber, scale], (m, s) => normal(m as number, s as number));
    construction('normal', [hostileValue, hostileValue], (m, s) => normal(m as number, s as number), 100);
    construction('uniform', [hostileNumber, hostileNumber], (l, h) => uniform(l, h));
    construction('uniform', [hostileValue, hostileValue], (l, h) => uniform(l as number, h as number), 100);
    construction('constant', [hostileValue], (v) => constant(v as number));
    construction('truncatedNormal', [hostileNumber, scale, hostileNumber, hostileNumber], (m, s, l, h) =>
      truncatedNormal(m, s as number, l, h),
    );
    construction(
      'truncatedNormal',
      [hostileValue, hostileValue, hostileValue, hostileValue],
      (m, s, l, h) => truncatedNormal(m as number, s as number, l as number, h as number),
      100,
    );
    const dimension = fc.oneof(hostileValue, fc.integer({ min: 2, max: 5000 }));
    construction('sphereCoordinate', [dimension, fc.oneof(hostileValue, fc.constant(undefined))], (d, r) =>
      sphereCoordinate(d as number, r as number),
    );
    construction(
      'defineDistribution',
      [
        hostileOptions(
          ['family', 'label', 'parameters', 'mean', 'variance', 'excessKurtosis', 'cdf', 'pdf', 'quantile'],
          {
            family: ['laplace'],
            mean: [0],
            variance: [2],
            cdf: [(x: number) => (x < 0 ? Math.exp(x) / 2 : 1 - Math.exp(-x) / 2)],
            quantile: [(p: number) => (p < 0.5 ? Math.log(2 * p) : -Math.log(2 - 2 * p))],
          },
        ),
      ],
      (def) => defineDistribution(def as never),
    );
    construction('toDistribution', [distribution], (spec) => toDistribution(spec as never), 300);
  });

  it('special functions and KS distributions', () => {
    property('regularizedGammaP', [hostileValue, hostileValue], (a, x) => regularizedGammaP(a as number, x as number));
    property('regularizedGammaQ', [hostileNumber, hostileNumber], (a, x) => regularizedGammaQ(a, x));
    property(
      'regularizedIncompleteBeta',
      [hostileNumber, hostileNumber, fc.oneof(hostileValue, fc.double({ min: 0, max: 1, noNaN: true }))],
      (a, b, x) => regularizedIncompleteBeta(a, b, x as number),
    );
    property(
      'regularizedIncompleteBeta',
      [hostileValue, hostileValue, hostileValue],
      (a, b, x) => regularizedIncompleteBeta(a as number, b as number, x as number),
      100,
    );
    const n = fc.oneof(hostileValue, fc.integer({ min: 1, max: 2000 }));
    const d = fc.oneof(hostileValue, fc.double({ min: 0, max: 1, noNaN: true }));
    property('kstwoSf', [d, n], (dd, nn) => kstwoSf(dd as number, nn as number));
    property('ksoneSf', [d, n], (dd, nn) => ksoneSf(dd as number, nn as number));
    property(
      'holm',
      [
        fc.oneof(
          hostileValue,
          fc.array(fc.oneof(hostileNumber, fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 8 }),
        ),
        fc.oneof(hostileValue, fc.double({ min: 0.001, max: 0.5 })),
      ],
      (p, a) => holm(p as number[], a as number),
    );
  });

  it('statistical tests and their options', () => {
    property(
      'ksTest',
      [samples, cdf, hostileOptions(['alternative'], { alternative: ['less', 'greater', 'two-sided'] })],
      (x, f, o) => ksTest(x as number[], f as (x: number) => number, o as never),
    );
    const varianceOptions = hostileOptions(['mean', 'alternative'], {
      mean: [0, 'estimated'],
      alternative: ['less', 'greater'],
    });
    property('chiSquareVarianceTest', [samples, hostileValue, varianceOptions], (x, v, o) =>
      chiSquareVarianceTest(x as number[], v as number, o as never),
    );
    property('chiSquareVarianceTest', [samples, fc.constant(1), varianceOptions], (x, v, o) =>
      chiSquareVarianceTest(x as number[], v, o as never),
    );
    const zOptions = hostileOptions(['excessKurtosis', 'mean', 'alternative'], {
      excessKurtosis: [-1.2, 0],
      mean: [0, 'estimated'],
    });
    property('varianceZTest', [samples, fc.oneof(hostileValue, fc.constant(1)), zOptions], (x, v, o) =>
      varianceZTest(x as number[], v as number, o as never),
    );
    property(
      'checkSamples',
      [
        samples,
        distribution,
        hostileOptions(['alpha', 'minZTestSamples'], { alpha: [0.01], minZTestSamples: [2, 10] }),
      ],
      (x, d, o) => checkSamples(x as number[], d as never, o as never),
    );
    property(
      'symmetryGap',
      [
        fc.oneof(
          hostileValue,
          fc.record({
            data: samples,
            shape: fc.oneof(hostileValue, fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 3 })),
          }),
        ),
        fc.oneof(hostileValue, fc.constantFrom('rows', 'columns')),
      ],
      (m, axis) => symmetryGap(m as never, axis as never),
    );
  });

  it('generators and the conformance harness (runs and sample sizes capped)', () => {
    property(
      'arbitraryShape',
      [
        hostileOptions(['minRank', 'maxRank', 'maxFan', 'maxKernel', 'maxSize'], {
          minRank: [2],
          maxRank: [4],
          maxFan: [64],
          maxKernel: [3],
          maxSize: [4096],
        }),
      ],
      (o) => fc.sample(arbitraryShape(o as never), { seed: 1, numRuns: 3 }),
    );
    property('arbitraryFans', [hostileOptions(['min', 'max'], { min: [1], max: [64] })], (o) =>
      fc.sample(arbitraryFans(o as never), { seed: 1, numRuns: 3 }),
    );
    property<[number]>('arbitrarySeed', [fc.constant(0)], () => fc.sample(arbitrarySeed(), { seed: 1, numRuns: 3 }), 5);
    const sampler = fc.oneof(
      hostileValue,
      fc.constantFrom<unknown>(
        (shape: number[]) => new Float64Array(shape.reduce((p, d) => p * d, 1)),
        () => [Number.NaN],
        () => {
          throw new Error('boom');
        },
      ),
    );
    const declared = fc.oneof(
      hostileValue,
      fc.constantFrom<unknown>(
        () => constant(0),
        () => normal(0, 1),
        () => null,
        () => ({ family: 'uniform', low: 1, high: 0 }),
      ),
    );
    const options = hostileOptions(['alpha', 'numRuns', 'seed', 'shapes', 'seeds', 'minSamples', 'minZTestSamples'], {
      numRuns: [1, 2],
      minSamples: [10, 100],
      shapes: [[[2, 3]], fc.constant([4, 4])],
      seeds: [[1, 2]],
    }).map((o) => ({
      numRuns: 2,
      minSamples: 50,
      ...o,
      // Caps so that no generated run is slow: at most 3 cases of at most 2000 samples.
      ...(typeof o.numRuns === 'number' && o.numRuns > 3 ? { numRuns: 3 } : {}),
      ...(typeof o.minSamples === 'number' && o.minSamples > 2000 ? { minSamples: 2000 } : {}),
    }));
    property(
      'checkConformance',
      [sampler, declared, options],
      (s, d, o) => checkConformance(s as never, d as never, o as never),
      150,
    );
  });

  it('the vitest matchers report through vitest, and their own argument errors name them', () => {
    const context = { isNot: false } as never;
    property(
      'toPassKsTest',
      [samples, cdf, hostileOptions(['alpha', 'alternative'], { alpha: [0.01], alternative: ['less'] })],
      (x, f, o) => {
        const result = verifyMatchers.toPassKsTest.call(context, x as number[], f as never, o as never);
        return { pass: result.pass };
      },
    );
  });
});
