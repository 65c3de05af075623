import { validateInDomain } from './validateInDomain.js';

/** The smallest and largest scale (std, radius, width) a built-in distribution accepts. */
export const SCALE_RANGE = [1e-150, 1e150] as const;

/**
 * Validates a scale parameter (a std, a radius, a width): a finite number in [1e-150, 1e150].
 * The bounds keep the declared moments finite and positive: σ² of a larger σ overflows to
 * Infinity (normal(0, 1e308).variance), and σ² of a smaller one underflows to 0, which no
 * variance test can divide by.
 *
 * @example
 * validateScale('normal', 'std', 1e308); // RangeError: normal: std must be a finite number in [1e-150, 1e150] (so that its square, the variance scale, is finite and positive), got 1e308
 */
export function validateScale(fn: string, param: string, value: unknown): number {
  return validateInDomain(
    fn,
    param,
    value,
    'a finite number in [1e-150, 1e150] (so that its square, the variance scale, is finite and positive)',
    (v) => v >= SCALE_RANGE[0] && v <= SCALE_RANGE[1],
  );
}
