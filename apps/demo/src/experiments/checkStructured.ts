import { describeDistribution, type StructuredDistribution } from '@nninit/init';
import { toDistribution, uniform, type DistributionSpec } from '@nninit/verify';
import type { ConformanceSubject } from './ConformanceSubject.js';
import { drawSubject } from './drawSubject.js';
import { pooledCase } from './pooledCase.js';
import { structuredChecks } from './structuredChecks.js';
import { structuredShapes } from './structuredShapes.js';
import type { SuiteCase } from './SuiteResult.js';

/**
 * A structured initializer's cases: exact checks of one draw on each of its fixed shapes
 * ({@link structuredChecks}), plus, where the entries have a law, one {@link pooledCase} at
 * level `alpha` — orthogonal: the corner entry of a 3 × 3 draw over ≥ 10,000 seeds, which is
 * U(−gain, gain) if Q is Haar-distributed (the first column is uniform on the sphere S², whose
 * coordinates are uniform by Archimedes' hat-box theorem); sparse: its nonzero entries against
 * the declared i.i.d. law.
 *
 * @example
 * ```ts
 * const cases = checkStructured(conformanceSubjects.find((s) => s.kind === 'orthogonal')!, { alpha: 1e-6, seed: 1 });
 * cases.length; // 9: 8 shapes and the Haar case
 * ```
 */
export function checkStructured(subject: ConformanceSubject, options: { alpha: number; seed: number }): SuiteCase[] {
  if (subject.kind === 'iid') throw new TypeError(`checkStructured: subject must be structured, got ${subject.title}`);
  const dtype = subject.source === 'float32' ? 'float32' : 'float64';
  const declare = (shape: readonly number[]): StructuredDistribution => describeDistribution(shape, subject.initialization) as StructuredDistribution;
  const cases: SuiteCase[] = structuredShapes[subject.kind].map((shape, k) => {
    const values = drawSubject(subject, shape, options.seed + k);
    return { shape, seed: options.seed + k, n: values.length, distribution: declare(shape).family, checks: structuredChecks(values, shape, declare(shape), dtype) };
  });
  if (subject.kind === 'orthogonal') {
    const { gain } = declare([3, 3]) as { gain: number };
    const corner = (seed: number): number[] => [(drawSubject(subject, [3, 3], seed)[0] as number) / gain];
    cases.push(pooledCase([3, 3], 'Haar: W[0, 0]/gain ~ uniform(−1, 1)', corner, uniform(-1, 1), options));
  }
  if (subject.kind === 'sparse') {
    const { nonzero } = declare([100, 50]) as { nonzero: DistributionSpec };
    const nonzeros = (seed: number): number[] => Array.from(drawSubject(subject, [100, 50], seed)).filter((x) => x !== 0);
    cases.push(pooledCase([100, 50], `nonzero entries ~ ${toDistribution(nonzero).label}`, nonzeros, toDistribution(nonzero), options));
  }
  return cases;
}
