import { fail } from '@nninit/internal';
import { fromSpec } from '../internal/distributions/fromSpec.js';
import type { Distribution } from './Distribution.js';
import type { DistributionSpec } from './DistributionSpec.js';

/**
 * The {@link Distribution} of a plain-data {@link DistributionSpec}:
 * { family: 'normal', mean, std } → {@link normal}(mean, std), 'uniform' → {@link uniform}(low, high),
 * 'truncatedNormal' or 'truncated_normal' → {@link truncatedNormal}(mean, std, low, high),
 * 'constant' → {@link constant}(value), 'sphereCoordinate' → {@link sphereCoordinate}(dimension,
 * radius). A Distribution passes through unchanged. Parameters are validated by those
 * constructors; their message is quoted in toDistribution's own.
 *
 * Reference: the families' definitions in normal, uniform, truncatedNormal, constant,
 * sphereCoordinate.
 *
 * @example
 * toDistribution({ family: 'truncated_normal', mean: 0, std: 1, low: -2, high: 2 }).std; // 0.8796256610342398
 */
export function toDistribution(spec: Distribution | DistributionSpec): Distribution {
  const fn = 'toDistribution';
  if (typeof spec !== 'object' || spec === null) throw fail(TypeError, fn, 'spec', 'a DistributionSpec object', spec);
  if (typeof (spec as Partial<Distribution>).cdf === 'function') return spec as Distribution;
  return fromSpec(fn, 'spec', spec as DistributionSpec);
}
