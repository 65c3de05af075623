import { describeDistribution, type Initialization } from '@nninit/init';

/**
 * σ_w² = fan_in·E[w²] for a layer of shape [fan_out, fan_in], from the distribution @nninit/init
 * declares for it: the weight scale of mean-field theory, which draws weights at variance
 * σ_w²/fan_in (Poole et al. 2016). `undefined` for a structured initializer (orthogonal, sparse,
 * …), whose entries have no single declared law.
 *
 * @example
 * ```ts
 * declaredWeightVariance('he', [10, 5]);                         // 2, to rounding (5·(√(2/5))²)
 * declaredWeightVariance({ name: 'random', scale: 10 }, [10, 2]); // 200
 * ```
 */
export function declaredWeightVariance(
  initialization: Initialization,
  shape: readonly [number, number],
): number | undefined {
  const fanIn = shape[1];
  const d = describeDistribution(shape, initialization);
  if (d.family === 'normal') return fanIn * (d.std ** 2 + d.mean ** 2);
  if (d.family === 'uniform') return fanIn * ((d.high - d.low) ** 2 / 12 + ((d.high + d.low) / 2) ** 2);
  if (d.family === 'constant') return fanIn * d.value ** 2;
  return undefined;
}
