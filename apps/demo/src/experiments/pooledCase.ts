import { checkSamples, type Distribution } from '@nninit/verify';
import type { SuiteCase } from './SuiteResult.js';

/**
 * A statistical case built from many draws: `take(seed)` for seed, seed + 1, … (mod 2³²) until
 * at least `minSamples` values are pooled, then {@link checkSamples} against `law` at level
 * `alpha` (KS for the shape, a variance test for the scale, Holm between them).
 *
 * @example
 * ```ts
 * const corner = (seed: number) => [initialize([3, 3], 'orthogonal', { seed, dtype: 'float64' }).data[0]!];
 * pooledCase([3, 3], 'Haar corner', corner, uniform(-1, 1), { alpha: 1e-6, seed: 0 }).checks.every((k) => !k.rejected); // true
 * ```
 */
export function pooledCase(
  shape: readonly number[],
  description: string,
  take: (seed: number) => ArrayLike<number>,
  law: Distribution,
  options: { alpha: number; seed: number; minSamples?: number },
): SuiteCase {
  const samples: number[] = [];
  for (let k = 0; samples.length < (options.minSamples ?? 10_000); k++)
    samples.push(...Array.from(take((options.seed + k) % 2 ** 32)));
  const report = checkSamples(samples, law, { alpha: options.alpha });
  return {
    shape,
    seed: options.seed,
    n: samples.length,
    distribution: description,
    checks: report.checks.map(({ test, statistic, pValue, threshold, rejected, detail }) => ({
      test,
      statistic,
      pValue,
      threshold,
      rejected,
      detail,
    })),
  };
}
