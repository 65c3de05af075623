import { formatValue } from '@nninit/internal';
import { PhiloxSource } from '../../PhiloxSource.js';
import type { RandomSource } from '../../RandomSource.js';
import { philoxFill } from '../philox/philoxFill.js';

import { chunked } from './chunked.js';
import type { SamplingPlan } from './SamplingPlan.js';

/**
 * Draws a validated plan into `out` from any source. A {@link PhiloxSource} is filled directly,
 * the transform applied inside its fill loop; any other source through its RandomSource fills in
 * float64 chunks. Both consume the source's stream exactly as the plain fill of `out.length`.
 */
export function runPlan(fn: string, source: RandomSource, out: Float32Array | Float64Array, plan: SamplingPlan): void {
  if (source === null || typeof source !== 'object' || typeof source.fillNormal !== 'function') {
    throw new TypeError(
      `${fn}: source must be a RandomSource (philox(seed) or a RandomState), got ${formatValue(source)}`,
    );
  }
  if (source instanceof PhiloxSource) {
    const start = source.position;
    source.skip(out.length);
    philoxFill(plan, source.key[0], source.key[1], start, out);
    return;
  }
  const fill =
    plan.kind === 'uniform'
      ? (chunk: Float64Array) => source.fillUniform(chunk)
      : plan.kind === 'normal'
        ? (chunk: Float64Array) => source.fillNormal(chunk)
        : (chunk: Float64Array) => source.fillTruncatedNormal(chunk, plan.low, plan.high);
  chunked(out, fill, plan.transform);
}
