import type { InitDistribution } from '@nninit/init';
import { type Distribution, toDistribution as fromSpec } from '@nninit/verify';

/**
 * verify's Distribution for one of init's declared i.i.d. specs, through verify's own
 * `toDistribution` — so tsc also checks that init's IidDistribution is assignable to verify's
 * (init cannot import verify to share the type). A structured (non-i.i.d.) declaration has no
 * such Distribution: that is an error here.
 */
export function toDistribution(spec: InitDistribution): Distribution {
  switch (spec.family) {
    case 'normal':
    case 'uniform':
    case 'truncated_normal':
    case 'constant':
      return fromSpec(spec);
    default:
      throw new Error(`toDistribution: ${spec.family} is not an i.i.d. family`);
  }
}
