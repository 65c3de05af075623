import type { DType } from '../DType.js';
import type { ReduceOptions } from '../reduce/ReduceOptions.js';
import type { Tensor } from '../Tensor.js';
import { REDUCE_KEYS, reduceLayout, validateNonEmpty } from './reduceLayout.js';

/**
 * The largest (`largest` true) or smallest element along the reduced axis, NaN propagating as in
 * numpy: shared by {@link max} and {@link min}, which differ only in the comparison.
 */
export function reduceExtremum<D extends DType>(
  fn: string,
  x: Tensor<D>,
  options: ReduceOptions<D> | undefined,
  largest: boolean,
): Tensor<D> {
  const layout = reduceLayout(fn, x, options, REDUCE_KEYS, validateNonEmpty);
  const { x: t, out, outer, len, inner } = layout;
  const src = t.data,
    dst = out.data;
  for (let o = 0; o < outer; o++) {
    const base = o * len * inner,
      row = o * inner;
    for (let j = 0; j < inner; j++) dst[row + j] = src[base + j]!;
    for (let p = 1, q = base + inner; p < len; p++) {
      for (let j = 0; j < inner; j++, q++) {
        const v = src[q]!,
          current = dst[row + j]!;
        if ((largest ? v > current : v < current) || v !== v) dst[row + j] = v;
      }
    }
  }
  return out;
}
