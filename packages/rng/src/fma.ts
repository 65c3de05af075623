import { fail, validateNumber } from '@nninit/internal';
import { fusedMultiplyAdd } from './internal/float/fusedMultiplyAdd.js';

/** Beyond this, Veltkamp's split (a multiplication by 2²⁷ + 1) overflows. */
const LARGEST_FACTOR = 2 ** 995;
const FACTOR_DOMAIN = { moreThan: -LARGEST_FACTOR, lessThan: LARGEST_FACTOR };

/**
 * Fused multiply-add, RN(a·b + c) with a single rounding, emulated exactly in float64 arithmetic
 * (JavaScript has no Math.fma). Needed to reproduce, bit for bit, C code compiled with FMA
 * contraction: glibc's log here, and its sin and cos in @nninit/train, as x86-64 CPUs with FMA
 * run them (numpy calls them).
 *
 * Algorithm (Boldo & Melquiond, "Emulation of FMA and correctly rounded sums: proved algorithms
 * using rounding to odd", IEEE Trans. Computers 57(4), 2008, algorithm 5):
 * (uₕ, uₗ) = a·b exactly (Dekker's product with Veltkamp's split), (tₕ, tₗ) = c + uₕ exactly
 * (Knuth's TwoSum), v = RO(tₗ + uₗ) rounded to odd, result RN(tₕ + v).
 *
 * Exact while nothing overflows or underflows: |a|, |b| < 2⁹⁹⁵ (a RangeError otherwise, as is a
 * non-finite result), with products and sums far from the subnormal range.
 *
 * @example
 * ```ts
 * const a = 1 + 2 ** -30, b = 1 - 2 ** -30; // a·b = 1 − 2⁻⁶⁰ exactly
 * a * b - 1;      // 0: the product rounded to 1 first
 * fma(a, b, -1);  // −8.673617379884035e-19 = −2⁻⁶⁰
 * ```
 */
export function fma(a: number, b: number, c: number): number {
  // One cheap test on the hot path (train's sin and cos call this per value); the validators
  // only run to word the error.
  if (
    typeof a !== 'number' ||
    typeof b !== 'number' ||
    typeof c !== 'number' ||
    !(Math.abs(a) < LARGEST_FACTOR) ||
    !(Math.abs(b) < LARGEST_FACTOR) ||
    !Number.isFinite(c)
  ) {
    validateNumber('fma', 'a', a, FACTOR_DOMAIN);
    validateNumber('fma', 'b', b, FACTOR_DOMAIN);
    validateNumber('fma', 'c', c);
  }
  const result = fusedMultiplyAdd(a, b, c);
  if (!Number.isFinite(result)) throw fail(RangeError, 'fma', 'a·b + c', 'finite in float64', result);
  return result;
}
