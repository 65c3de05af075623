import { fail } from '@nninit/internal';
import { constant } from './constant.js';
import type { Distribution } from './Distribution.js';
import type { DistributionSpec } from './DistributionSpec.js';
import { normal } from './normal.js';
import { sphereCoordinate } from './sphereCoordinate.js';
import { truncatedNormal } from './truncatedNormal.js';
import { uniform } from './uniform.js';

const FAMILIES = ['normal', 'uniform', 'truncatedNormal', 'truncated_normal', 'constant', 'sphereCoordinate'];

/**
 * The {@link Distribution} of a plain-data {@link DistributionSpec}:
 * { family: 'normal', mean, std } → {@link normal}(mean, std), 'uniform' → {@link uniform}(low, high),
 * 'truncatedNormal' or 'truncated_normal' → {@link truncatedNormal}(mean, std, low, high),
 * 'constant' → {@link constant}(value), 'sphereCoordinate' → {@link sphereCoordinate}(dimension,
 * radius). A Distribution passes through unchanged. Parameters are validated by those
 * constructors (their errors name them).
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
  const s = spec as DistributionSpec;
  switch (s.family) {
    case 'normal':
      return normal(s.mean, s.std);
    case 'uniform':
      return uniform(s.low, s.high);
    case 'truncatedNormal':
    case 'truncated_normal':
      return truncatedNormal(s.mean, s.std, s.low, s.high);
    case 'constant':
      return constant(s.value);
    case 'sphereCoordinate':
      return sphereCoordinate(s.dimension, s.radius);
    default:
      throw fail(
        RangeError,
        fn,
        'spec.family',
        `one of ${FAMILIES.map((f) => JSON.stringify(f)).join(', ')}`,
        (s as { family?: unknown }).family,
      );
  }
}
