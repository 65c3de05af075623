import { fail, validateNumber } from '@nninit/internal';
import type { DType } from '../DType.js';
import { type LengthCheck, REDUCE_KEYS, reduceLayout, validateNonEmpty } from '../internal/reduceLayout.js';
import { scratch } from '../internal/scratch.js';
import { sumRun, sumSquaredDeviations } from '../internal/sumRun.js';
import type { Tensor } from '../Tensor.js';
import type { ReduceOptions } from './ReduceOptions.js';

const VARIANCE_KEYS = [...REDUCE_KEYS, 'ddof'] as const;

/** No empty axis, and a divisor n − ddof > 0. */
const validateVarianceLength: LengthCheck = (fn, len, results, axis, x, options) => {
  validateNonEmpty(fn, len, results, axis, x, options);
  const ddof = validateNumber(fn, 'options.ddof', (options as VarianceOptions | undefined)?.ddof ?? 0, { min: 0 });
  if (ddof >= len && results > 0) {
    throw fail(RangeError, fn, 'options.ddof', `less than the reduced length ${len} (the divisor is n − ddof)`, ddof);
  }
};

/**
 * Options of {@link variance}: those of every reduction plus `ddof`.
 *
 * @example
 * ```ts
 * const sample: VarianceOptions = { axis: 0, ddof: 1 };
 * ```
 */
export interface VarianceOptions<D extends DType = DType> extends ReduceOptions<D> {
  /**
   * Delta degrees of freedom: the divisor is n − ddof. 0 (default) gives the population
   * variance, 1 the unbiased sample variance (numpy's `ddof`, PyTorch's `correction`).
   */
  ddof?: number | undefined;
}

/**
 * Variance of the elements, over everything or along `options.axis`.
 *
 * s² = Σᵢ (xᵢ − x̄)² / (n − ddof), two-pass (mean first, then squared deviations) in float64,
 * so it does not cancel like E[x²] − x̄² does (Chan, Golub & LeVeque, "Algorithms for
 * computing the sample variance", Am. Stat. 37(3), 1983); rounded once to x's dtype.
 * n − ddof ≤ 0 (numpy's silent NaN) is a RangeError, and so is an empty reduced axis.
 *
 * @example
 * ```ts
 * const x = tensor([1, 2, 3, 4]);
 * variance(x).item();              // 1.25   (population)
 * variance(x, { ddof: 1 }).item(); // 1.6666666666666667 (sample)
 * ```
 * @throws TypeError if x or out is not a tensor, an option has the wrong type, or out's dtype differs.
 * @throws RangeError if ddof is negative, not finite, or not below the reduced length n, the
 *   reduced axis is empty, the axis is out of range, an option key is unknown, or out has the
 *   wrong shape or overlaps x.
 */
export function variance<D extends DType>(x: Tensor<D>, options?: VarianceOptions<D>): Tensor<D> {
  const fn = 'variance';
  const layout = reduceLayout(fn, x, options, VARIANCE_KEYS, validateVarianceLength);
  const ddof = options?.ddof ?? 0;
  const { x: t, out, outer, len, inner } = layout;
  const src = t.data,
    dst = out.data;
  const divisor = len - ddof;
  if (inner === 1) {
    for (let o = 0; o < outer; o++) {
      const m = sumRun(src, o * len, 1, len) / len;
      dst[o] = sumSquaredDeviations(src, o * len, 1, len, m) / divisor;
    }
    return out;
  }
  const acc = scratch(fn, 2 * inner);
  for (let o = 0; o < outer; o++) {
    const base = o * len * inner;
    acc.fill(0, 0, 2 * inner);
    for (let p = 0, q = base; p < len; p++) {
      for (let j = 0; j < inner; j++, q++) acc[j] = acc[j]! + src[q]!;
    }
    for (let j = 0; j < inner; j++) acc[j] = acc[j]! / len;
    for (let p = 0, q = base; p < len; p++) {
      for (let j = 0; j < inner; j++, q++) {
        const d = src[q]! - acc[j]!;
        acc[inner + j] = acc[inner + j]! + d * d;
      }
    }
    for (let j = 0; j < inner; j++) dst[o * inner + j] = acc[inner + j]! / divisor;
  }
  return out;
}
