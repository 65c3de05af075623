import type { DType } from '../DType.js';
import { formatShape } from '../internal/format.js';
import { type LengthCheck, REDUCE_KEYS, reduceLayout, validateNonEmpty } from '../internal/reduceLayout.js';
import { scratch } from '../internal/scratch.js';
import type { Tensor } from '../Tensor.js';
import type { ReduceOptions } from './ReduceOptions.js';

/** No empty axis, and (float32) no index that float32 cannot hold exactly. */
const validateArgmaxLength: LengthCheck = (fn, len, results, axis, x, options) => {
  validateNonEmpty(fn, len, results, axis, x, options);
  if (x.dtype === 'float32' && len > 2 ** 24) {
    throw new RangeError(
      `${fn}: the reduced length must be at most 2^24 for float32 indices, got ${len} (shape ${formatShape(x.shape)})`,
    );
  }
};

/**
 * Index of the largest element, over everything (flat, row-major index) or along
 * `options.axis`; the first one on ties, and the first NaN if there is one (as numpy).
 *
 * argmax(x) = min { i : xᵢ = maxⱼ xⱼ }
 *
 * Indices are returned in x's dtype (so `equal(argmax(logits, { axis: 1 }), labels)` needs no
 * conversion); float32 holds every integer up to 2²⁴ exactly, and longer float32 axes are
 * rejected rather than rounded.
 *
 * @example
 * ```ts
 * const x = tensor([[1, 9, 3], [7, 5, 7]]);
 * argmax(x).item();                 // 1
 * argmax(x, { axis: 1 }).toArray(); // [1, 0]
 * ```
 * @throws TypeError if x or out is not a tensor, an option has the wrong type, or out's dtype differs.
 * @throws RangeError if the reduced axis is empty or (float32) longer than 2²⁴, the axis is out
 *   of range, or out has the wrong shape or overlaps x.
 */
export function argmax<D extends DType>(x: Tensor<D>, options?: ReduceOptions<D>): Tensor<D> {
  const fn = 'argmax';
  const layout = reduceLayout(fn, x, options, REDUCE_KEYS, validateArgmaxLength);
  const { x: t, out, outer, len, inner } = layout;
  const src = t.data,
    dst = out.data;
  const best = scratch(fn, inner);
  for (let o = 0; o < outer; o++) {
    const base = o * len * inner,
      row = o * inner;
    for (let j = 0; j < inner; j++) {
      best[j] = src[base + j]!;
      dst[row + j] = 0;
    }
    for (let p = 1, q = base + inner; p < len; p++) {
      for (let j = 0; j < inner; j++, q++) {
        const v = src[q]!,
          b = best[j]!;
        if (v > b || (v !== v && b === b)) {
          best[j] = v;
          dst[row + j] = p;
        }
      }
    }
  }
  return out;
}
