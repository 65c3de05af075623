import { constant, normal, truncatedNormal, uniform, type Distribution } from '@nninit/verify';
import type { InitDistribution } from '@nninit/init';

/**
 * verify's Distribution for one of init's declared i.i.d. specs (verify's `family` for the
 * truncated normal is spelled 'truncatedNormal'; its constructors take the same parameters).
 * A structured (non-i.i.d.) declaration has no such Distribution: that is an error here.
 */
export function toDistribution(spec: InitDistribution): Distribution {
  switch (spec.family) {
    case 'normal': return normal(spec.mean, spec.std);
    case 'uniform': return uniform(spec.low, spec.high);
    case 'truncated_normal': return truncatedNormal(spec.mean, spec.std, spec.low, spec.high);
    case 'constant': return constant(spec.value);
    default: throw new Error(`toDistribution: ${spec.family} is not an i.i.d. family`);
  }
}
