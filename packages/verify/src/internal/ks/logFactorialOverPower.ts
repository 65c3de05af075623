import { stirlingError } from '../special/stirlingError.js';

/**
 * ln(n!/nⁿ) = ½·ln n − n + ½·ln 2π + s(n), with s the Stirling error, so the n·ln n of n! and of
 * nⁿ cancel exactly instead of in floating point.
 *
 * Reference: Stirling's series (Abramowitz & Stegun 6.1.40); SciPy's
 * `_log_nfactorial_div_n_pow_n`.
 *
 * @example
 * logFactorialOverPower(1000); // -995.6271004939737  (ln(1000!/1000¹⁰⁰⁰))
 */
export function logFactorialOverPower(n: number): number {
  return 0.5 * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI) + stirlingError(n);
}
