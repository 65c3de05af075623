import type { DType } from '../DType.js';
import type { ReduceOptions } from '../reduce/ReduceOptions.js';
import type { Tensor } from '../Tensor.js';
import { REDUCE_KEYS, reduceLayout, validateNonEmpty } from './reduceLayout.js';
import { scratch } from './scratch.js';
import { sumRun } from './sumRun.js';

/**
 * The float64 sums of {@link sum} along the reduced axis, each divided by `divisor` before it is
 * rounded once into the result: `sum` divides by 1 (exact), `mean` by the axis length, so the
 * mean is rounded once, not as a rounded sum divided again.
 */
export function reduceSum<D extends DType>(
  fn: string,
  x: Tensor<D>,
  options: ReduceOptions<D> | undefined,
  divideByLength: boolean,
): Tensor<D> {
  const {
    x: t,
    out,
    outer,
    len,
    inner,
  } = reduceLayout(fn, x, options, REDUCE_KEYS, divideByLength ? validateNonEmpty : undefined);
  const src = t.data,
    dst = out.data;
  const divisor = divideByLength ? len : 1;
  if (inner === 1) {
    for (let o = 0; o < outer; o++) dst[o] = sumRun(src, o * len, 1, len) / divisor;
    return out;
  }
  const acc = scratch(fn, inner);
  for (let o = 0; o < outer; o++) {
    acc.fill(0, 0, inner);
    for (let p = 0, q = o * len * inner; p < len; p++) {
      for (let j = 0; j < inner; j++, q++) acc[j] = acc[j]! + src[q]!;
    }
    for (let j = 0; j < inner; j++) dst[o * inner + j] = acc[j]! / divisor;
  }
  return out;
}
