import type { DistributionSpec } from '@nninit/verify';

/**
 * The standard deviation of N(0, 1) truncated to [−2, 2]. Keras' VarianceScaling divides its
 * target std by it, so that the truncated draw has the documented std
 * (keras/src/initializers/random_initializers.py, VarianceScaling.__call__; also JAX
 * `variance_scaling`).
 */
export const TRUNCATED_STD = 0.87962566103423978;

/**
 * The truncated normal whose std *after* truncation is `std`, cut at ±2 parent stds: parent
 * σ = std/0.8796…, bounds ±2σ. This is what Keras (and so tfjs' TSDoc, "truncated normal
 * centered on 0 with stddev = sqrt(scale / n)") promises for the VarianceScaling family.
 */
export function realizedTruncatedNormal(std: number): DistributionSpec {
  const parent = std / TRUNCATED_STD;
  return { family: 'truncatedNormal', mean: 0, std: parent, low: -2 * parent, high: 2 * parent };
}
