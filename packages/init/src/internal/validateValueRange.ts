import { fail, LARGEST_FINITE } from '@nninit/internal';
import type { DType } from '@nninit/tensor';

/**
 * The one range rule of every definition: a parameter whose values would reach beyond the
 * output dtype's finite range (`extreme`, the largest |value| the fill can write, computed in
 * float64; Infinity or NaN when that computation itself overflows) is a RangeError naming the
 * parameter and the dtype, instead of ±Infinity in the weights.
 *
 * @example
 * ```ts
 * validateValueRange('initialize', 'std', 1e39, 1e39 * MAX_NORMAL_DRAW, 'float32'); // MAX_NORMAL_DRAW from @nninit/rng
 * // RangeError: initialize: std must be small enough for float32 (every |value| ≤
 * //   3.4028234663852886e+38; here up to 1.25907e+40), got 1e+39
 * ```
 */
export function validateValueRange(fn: string, param: string, value: unknown, extreme: number, dtype: DType): void {
  const max = LARGEST_FINITE[dtype];
  if (!(extreme <= max)) {
    throw fail(
      RangeError,
      fn,
      param,
      `small enough for ${dtype} (every |value| ≤ ${max}; here up to ${Number(extreme.toPrecision(6))})`,
      value,
    );
  }
}
