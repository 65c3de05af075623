import { fail } from '@nninit/internal';
import { constant } from '../../distributions/constant.js';
import type { Distribution } from '../../distributions/Distribution.js';
import type { DistributionSpec } from '../../distributions/DistributionSpec.js';
import { normal } from '../../distributions/normal.js';
import { sphereCoordinate } from '../../distributions/sphereCoordinate.js';
import { truncatedNormal } from '../../distributions/truncatedNormal.js';
import { uniform } from '../../distributions/uniform.js';

const FAMILIES = ['normal', 'uniform', 'truncatedNormal', 'truncated_normal', 'constant', 'sphereCoordinate'];

/**
 * The Distribution of a plain-data spec, for the public function `fn` that received it as
 * `param`: an unknown family is a RangeError naming `${param}.family`; a constructor's own error
 * (normal: std must be …) is rethrown under `fn`, its words quoted, so every message starts with
 * the function the caller called.
 */
export function fromSpec(fn: string, param: string, s: DistributionSpec): Distribution {
  const family = (s as { family?: unknown }).family;
  if (!FAMILIES.includes(family as string)) {
    throw fail(
      RangeError,
      fn,
      `${param}.family`,
      `one of ${FAMILIES.map((f) => JSON.stringify(f)).join(', ')}`,
      family,
    );
  }
  try {
    return build(s);
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) {
      const Kind = error instanceof RangeError ? RangeError : TypeError;
      throw new Kind(`${fn}: ${param} must be a valid DistributionSpec, got one that fails with "${error.message}"`);
    }
    throw error;
  }
}

function build(s: DistributionSpec): Distribution {
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
    default:
      return sphereCoordinate(s.dimension, s.radius);
  }
}
