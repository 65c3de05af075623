import { fail, validateOptions } from '@nninit/internal';
import * as fc from 'fast-check';
import { arbitrarySeed } from '../arbitraries/arbitrarySeed.js';
import { arbitraryShape } from '../arbitraries/arbitraryShape.js';
import { holm } from '../check/holm.js';
import type { Distribution } from '../distributions/Distribution.js';
import type { DistributionSpec } from '../distributions/DistributionSpec.js';
import { type RawCheck, runChecks } from '../internal/check/runChecks.js';
import { drawCase } from '../internal/conformance/drawCase.js';
import { summarize } from '../internal/conformance/summarize.js';
import { validateDistribution } from '../internal/validateDistribution.js';
import { seedProblem, shapeProblem, validateGenerated, validateGenerator } from '../internal/validateGenerator.js';
import { validateInDomain } from '../internal/validateInDomain.js';
import type { ConformanceCase, ConformanceFailure, ConformanceReport } from './ConformanceReport.js';

/**
 * Options of {@link checkConformance}.
 *
 * @example
 * checkConformance(zeros, () => constant(0), { numRuns: 5, shapes: fc.constant([2, 3]) }).numCases; // 5
 */
export interface ConformanceOptions {
  /** Family-wise significance level over all checks of all cases, Holm-corrected (default 1e-6). */
  readonly alpha?: number;
  /** Number of generated cases (default 20). */
  readonly numRuns?: number;
  /** fast-check seed for generating the cases (default 42): the same cases on every run. */
  readonly seed?: number;
  /**
   * Shapes to generate (default `arbitraryShape()`: dense and conv, fans 1-4096, ≤ 65536
   * elements), or a list of shapes to draw from; each a non-empty array of positive integers
   * with at most 10⁷ elements.
   */
  readonly shapes?: fc.Arbitrary<readonly number[]> | readonly (readonly number[])[];
  /** Sampler seeds to generate (default `arbitrarySeed()`), or a list of safe integers to draw from. */
  readonly seeds?: fc.Arbitrary<number> | readonly number[];
  /** Fewest samples per case; small shapes pool calls with seeds seed, seed + 1, … (mod 2³² for 32-bit seeds; default 10000). */
  readonly minSamples?: number;
  /** Fewest samples for the variance z-test (default 1000; see checkSamples). */
  readonly minZTestSamples?: number;
}

/**
 * Statistical conformance harness: does `sampler(shape, seed)` draw exactly the distribution
 * it declares for that shape? fast-check generates `numRuns` (shape, seed) cases from a fixed
 * seed; each case pools draws up to `minSamples` values and runs the checks of
 * {@link checkSamples} (KS for shape, chi-square or z-test for scale, equality for constants);
 * Holm's procedure over *all* checks of all cases keeps the family-wise false-alarm rate ≤ α
 * (1e-6 by default), so CI never goes red by chance, while the defaults reject a 5 % std error,
 * a 1/n-for-2/n variance, fan_out for fan_in, uniform for normal and an uncorrected truncation.
 *
 * Reference: Holm (1979); Simard & L'Ecuyer (2011); Claessen & Hughes (2000) for generated cases.
 *
 * @param sampler - (shape, seed) ↦ ∏shape values
 * @param declared - shape ↦ the distribution the sampler promises for it (a Distribution or a plain DistributionSpec)
 * @example
 * // A "sampler" that ignores its seed: small shapes pool copies of one grid, which KS rejects.
 * const grid = (shape: readonly number[]) => {
 *   const n = shape.reduce((p, d) => p * d, 1);
 *   return Float64Array.from({ length: n }, (_, i) => (i + 0.5) / n);
 * };
 * checkConformance(grid, () => uniform(0, 1)).passed; // false
 * checkConformance(grid, () => uniform(0, 1)).failures[0].shape; // [3, 1, 5]  (667 draws of 15 values)
 */
export function checkConformance(
  sampler: (shape: readonly number[], seed: number) => ArrayLike<number>,
  declared: (shape: readonly number[]) => Distribution | DistributionSpec,
  options?: ConformanceOptions,
): ConformanceReport {
  const fn = 'checkConformance';
  if (typeof sampler !== 'function')
    throw fail(TypeError, fn, 'sampler', 'a function (shape, seed) => samples', sampler);
  if (typeof declared !== 'function')
    throw fail(TypeError, fn, 'declared', 'a function shape => Distribution', declared);
  const opts = validateOptions(fn, options, [
    'alpha',
    'numRuns',
    'seed',
    'shapes',
    'seeds',
    'minSamples',
    'minZTestSamples',
  ]);
  const alpha = validateInDomain(fn, 'options.alpha', opts.alpha ?? 1e-6, 'a number in (0, 1)', (a) => a > 0 && a < 1);
  const numRuns = validateInDomain(
    fn,
    'options.numRuns',
    opts.numRuns ?? 20,
    'an integer in [1, 10000]',
    (v) => Number.isInteger(v) && v >= 1 && v <= 10_000,
  );
  const seed = validateInDomain(fn, 'options.seed', opts.seed ?? 42, 'an integer', Number.isInteger);
  const minSamples = validateInDomain(
    fn,
    'options.minSamples',
    opts.minSamples ?? 10_000,
    'an integer in [1, 10000000]',
    (v) => Number.isInteger(v) && v >= 1 && v <= 10_000_000,
  );
  const minZ = validateInDomain(
    fn,
    'options.minZTestSamples',
    opts.minZTestSamples ?? 1000,
    'an integer >= 2',
    (v) => Number.isInteger(v) && v >= 2,
  );
  const shapes = validateGenerator<readonly number[]>(fn, 'options.shapes', opts.shapes, shapeProblem);
  const seeds = validateGenerator<number>(fn, 'options.seeds', opts.seeds, seedProblem);
  let generated: [readonly number[], number][];
  try {
    generated = fc.sample(fc.tuple(shapes ?? arbitraryShape(), seeds ?? arbitrarySeed()), { seed, numRuns });
  } catch (error) {
    // A user Arbitrary that throws while generating: report it as this function's error.
    throw new RangeError(
      `${fn}: options.shapes and options.seeds must generate values, got an Arbitrary that threw: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  for (const [shape, caseSeed] of generated) {
    validateGenerated(fn, 'options.shapes', shape, shapeProblem);
    validateGenerated(fn, 'options.seeds', caseSeed, seedProblem);
  }

  const raw = generated.map(([shape, caseSeed], index) => {
    const name = `declared([${shape.join(', ')}])`;
    const distribution = validateDistribution(fn, declared(shape), name);
    const draw = drawCase(sampler, shape, caseSeed, minSamples);
    const result: { checks: RawCheck[]; skipped: string[] } = draw.ok
      ? runChecks(fn, name, draw.samples, distribution, minZ)
      : { checks: [draw.failure], skipped: [] };
    const n = draw.ok ? draw.samples.length : 0;
    return {
      index,
      shape,
      seed: caseSeed,
      draws: draw.draws,
      n,
      distribution: distribution.label ?? distribution.family,
      ...result,
    };
  });
  const { rejected, thresholds } = holm(
    raw.flatMap((c) => c.checks.map((k) => k.pValue)),
    alpha,
  );
  let flat = 0;
  const failures: ConformanceFailure[] = [];
  const cases: ConformanceCase[] = raw.map((c) => {
    const checks = c.checks.map((k) => ({ ...k, threshold: thresholds[flat]!, rejected: rejected[flat++]! }));
    for (const k of checks)
      if (k.rejected)
        failures.push({
          ...k,
          caseIndex: c.index,
          shape: c.shape,
          seed: c.seed,
          draws: c.draws,
          n: c.n,
          distribution: c.distribution,
        });
    return { ...c, checks };
  });
  const numChecks = thresholds.length;
  return {
    passed: failures.length === 0,
    alpha,
    numCases: cases.length,
    numChecks,
    cases,
    failures,
    summary: summarize(cases, failures, alpha),
  };
}
