import type { InitDistribution } from '@nninit/init';
import { type DistributionSpec, toDistribution } from '@nninit/verify';
import type { HistogramSpec } from '../plot/HistogramSpec.js';

/**
 * What a histogram of initial weights should draw over the bars for the distribution
 * @nninit/init declares: the density of an i.i.d. law (normal, uniform, truncated normal), a
 * point mass for a constant, and for structured initializers (orthogonal, sparse, …) only
 * their name — their entries are not i.i.d., so no single density applies.
 *
 * @example
 * ```ts
 * declaredOverlay({ family: 'constant', value: 0 });            // { pointMass: 0, declared: 'constant(0)' }
 * declaredOverlay({ family: 'normal', mean: 0, std: 1 }).declared; // 'normal(mean 0, std 1)'
 * ```
 */
export function declaredOverlay(spec: InitDistribution): Pick<HistogramSpec, 'density' | 'pointMass' | 'declared'> {
  if (spec.family === 'constant') return { pointMass: spec.value, declared: `constant(${spec.value})` };
  if (spec.family === 'normal' || spec.family === 'uniform' || spec.family === 'truncated_normal') {
    const distribution = toDistribution(spec as DistributionSpec);
    return distribution.pdf === undefined
      ? { declared: distribution.label }
      : { density: distribution.pdf, declared: distribution.label };
  }
  return { declared: `${spec.family} (structured, not i.i.d.)` };
}
