import { allocate, formatValue } from '@nninit/internal';
import type { PhiloxSource } from '@nninit/rng';
import type { InitSlice } from '../InitSlice.js';
import type { Plan } from './Definition.js';
import { torchToKeras } from './layout.js';

/**
 * Fills `out` with rows [start, end) of the first dimension of the tensor `plan.fill` would
 * produce for `dims` (the caller's layout), from the plan's range fill.
 *
 * - Unpermuted (the torch layout, and keras shapes whose permutation moves nothing): the rows are
 *   the contiguous elements [start·R, end·R) of the row-major tensor, R = ∏dims[1:]: one range.
 * - Keras layout `[...k, in, out]`: its first dimension is the torch layout's dimension d (d = 1,
 *   `in`, for a rank-2 `[in, out]`; d = 2, the first kernel dimension, otherwise). The torch
 *   sub-tensor with dimension d cut to [start, end) is ∏torchDims[:d] runs of (end − start)·inner
 *   contiguous elements; it is filled run by run into a scratch of the slice's size, then
 *   permuted as a whole call is (`torchToKeras` of the sub-tensor's shape is the keras slice).
 */
export function fillSlice(
  fn: string,
  plan: Plan,
  source: PhiloxSource | undefined,
  dims: readonly number[],
  torchDims: readonly number[],
  permute: boolean,
  slice: InitSlice,
  out: Float32Array | Float64Array,
): void {
  const range = plan.fillRange as NonNullable<Plan['fillRange']>;
  if (out.length === 0) return;
  const { start, end } = slice;
  if (!permute) {
    range(out, source, start * product(dims, 1, dims.length));
    return;
  }
  const d = dims.length === 2 ? 1 : 2;
  const inner = product(torchDims, d + 1, torchDims.length);
  const outer = product(torchDims, 0, d);
  const run = (end - start) * inner;
  const stride = (torchDims[d] as number) * inner;
  const what = `the torch-layout scratch of the slice ${formatValue([start, end])} of shape ${formatValue(dims)}`;
  const scratch =
    out instanceof Float32Array
      ? allocate(fn, what, Float32Array, out.length)
      : allocate(fn, what, Float64Array, out.length);
  for (let j = 0; j < outer; j++) range(scratch.subarray(j * run, (j + 1) * run), source, j * stride + start * inner);
  const sub = torchDims.slice();
  sub[d] = end - start;
  torchToKeras(scratch, out, sub);
}

function product(dims: readonly number[], from: number, to: number): number {
  let p = 1;
  for (let i = from; i < to; i++) p *= dims[i] as number;
  return p;
}
