import { describeDistribution, type StructuredDistribution } from '@nninit/init';
import { type DistributionSpec, sphereCoordinate, toDistribution, uniform } from '@nninit/verify';
import type { ConformanceSubject } from './ConformanceSubject.js';
import { drawSubject } from './drawSubject.js';
import { holmAcross } from './holmAcross.js';
import { pooledCase } from './pooledCase.js';
import type { SuiteCase } from './SuiteResult.js';
import { structuredChecks } from './structuredChecks.js';
import { structuredShapes } from './structuredShapes.js';

/**
 * A structured initializer's cases: exact checks of one draw on each of its fixed shapes
 * ({@link structuredChecks}), plus, where the entries have a law, {@link pooledCase}s sharing
 * level `alpha` by Holm's procedure ({@link holmAcross}) — orthogonal: the corner entry over
 * ≥ 10,000 seeds of a 3 × 3 draw and of a 16 × 16 one. If Q is Haar-distributed its first
 * column is uniform on the sphere S^(n−1), so W[0, 0]/gain follows {@link sphereCoordinate}(n):
 * at n = 3, U(−1, 1) (Archimedes' hat-box theorem); at n = 16, density ∝ (1 − t²)^6.5, variance
 * 1/16, which a sampler can only meet by drawing the full Haar law at a size where the entries
 * are far from uniform. Sparse: its nonzero entries against the declared i.i.d. law.
 *
 * @example
 * ```ts
 * const cases = checkStructured(conformanceSubjects.find((s) => s.kind === 'orthogonal')!, { alpha: 1e-6, seed: 1 });
 * cases.length; // 10: 8 shapes and the two Haar cases
 * ```
 */
export function checkStructured(subject: ConformanceSubject, options: { alpha: number; seed: number }): SuiteCase[] {
  if (subject.kind === 'iid') throw new TypeError(`checkStructured: subject must be structured, got ${subject.title}`);
  const dtype = subject.source === 'float32' ? 'float32' : 'float64';
  const declare = (shape: readonly number[]): StructuredDistribution =>
    describeDistribution(shape, subject.initialization) as StructuredDistribution;
  const cases: SuiteCase[] = structuredShapes[subject.kind].map((shape, k) => {
    const values = drawSubject(subject, shape, options.seed + k);
    return {
      shape,
      seed: options.seed + k,
      n: values.length,
      distribution: declare(shape).family,
      checks: structuredChecks(values, shape, declare(shape), dtype),
    };
  });
  if (subject.kind === 'orthogonal') {
    const corner = (n: number): ((seed: number) => number[]) => {
      const { gain } = declare([n, n]) as { gain: number };
      return (seed) => [(drawSubject(subject, [n, n], seed)[0] as number) / gain];
    };
    cases.push(
      ...holmAcross(
        [
          pooledCase([3, 3], 'Haar: W[0, 0]/gain ~ uniform(−1, 1)', corner(3), uniform(-1, 1), options),
          pooledCase([16, 16], 'Haar: W[0, 0]/gain ~ sphereCoordinate(16)', corner(16), sphereCoordinate(16), options),
        ],
        options.alpha,
      ),
    );
  }
  if (subject.kind === 'sparse') {
    const { nonzero } = declare([100, 50]) as { nonzero: DistributionSpec };
    const nonzeros = (seed: number): number[] =>
      Array.from(drawSubject(subject, [100, 50], seed)).filter((x) => x !== 0);
    cases.push(
      pooledCase(
        [100, 50],
        `nonzero entries ~ ${toDistribution(nonzero).label}`,
        nonzeros,
        toDistribution(nonzero),
        options,
      ),
    );
  }
  return cases;
}
