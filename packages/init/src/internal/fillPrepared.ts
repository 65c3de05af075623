import { allocate, formatValue } from '@nninit/internal';
import type { PhiloxSource, RandomSource } from '@nninit/rng';
import { fillSlice } from './fillSlice.js';
import { torchToKeras } from './layout.js';
import type { Prepared } from './prepare.js';

/**
 * Runs a prepared call's fill into `out` (`prepared.outSize` elements, the caller's layout). A
 * slice is filled by {@link fillSlice}, which reads the source without moving it. In the
 * torch layout the plan writes `out` directly. In the keras layout the plan fills a scratch array
 * in the torch layout, which is then permuted into `out`: the values are those of the torch call
 * by construction, and the scratch (one more array of `out`'s size, freed on return) is the
 * memory cost. The scratch is allocated before anything is drawn or written, so a failed
 * allocation leaves both `out` and the source untouched.
 */
export function fillPrepared(fn: string, prepared: Prepared, out: Float32Array | Float64Array): void {
  // A deterministic plan never reads rng; a random one always has it (resolveSource threw otherwise).
  const rng = prepared.rng as RandomSource;
  if (prepared.slice !== undefined) {
    const { plan, dims, torchDims, permute, slice } = prepared;
    // validateSliceable checked that a random plan's source is a PhiloxSource.
    fillSlice(fn, plan, prepared.rng as PhiloxSource | undefined, dims, torchDims, permute, slice, out);
    return;
  }
  if (!prepared.permute) {
    prepared.plan.fill(out, rng);
    return;
  }
  const what = `the torch-layout scratch of shape ${formatValue(prepared.dims)}`;
  const scratch =
    out instanceof Float32Array
      ? allocate(fn, what, Float32Array, prepared.size)
      : allocate(fn, what, Float64Array, prepared.size);
  prepared.plan.fill(scratch, rng);
  torchToKeras(scratch, out, prepared.torchDims);
}
