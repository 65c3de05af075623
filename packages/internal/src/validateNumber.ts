import { fail } from './fail.js';

/** What {@link validateNumber} accepts besides being a number. */
export interface NumberDomain {
  /** Whether ±Infinity is allowed (NaN never is). Default false. */
  readonly infinite?: boolean;
  /** Whether only safe integers are allowed. Default false. */
  readonly integer?: boolean;
  /** The smallest allowed value, inclusive. */
  readonly min?: number;
  /** The smallest allowed value, exclusive (`moreThan: 0` for a positive number). */
  readonly moreThan?: number;
  /** The largest allowed value, inclusive. */
  readonly max?: number;
  /** The largest allowed value, exclusive. */
  readonly lessThan?: number;
}

/**
 * Validates a numeric argument: a non-number is a TypeError; NaN, an infinity (unless
 * `infinite`), a fraction (when `integer`) or a value outside the bounds is a RangeError whose
 * condition states the whole domain, for example `an integer ≥ 1` or `a finite number in (0, 1]`.
 *
 * @example
 * ```ts
 * validateNumber('adam', 'options.beta1', 1, { min: 0, lessThan: 1 });
 * // RangeError: adam: options.beta1 must be a finite number in [0, 1), got 1
 * ```
 */
export function validateNumber(fn: string, param: string, value: unknown, domain: NumberDomain = {}): number {
  if (typeof value !== 'number') throw fail(TypeError, fn, param, 'a number', value);
  const { infinite = false, integer = false, min, moreThan, max, lessThan } = domain;
  const ok =
    !Number.isNaN(value) &&
    (infinite || Number.isFinite(value)) &&
    (!integer || Number.isSafeInteger(value)) &&
    (min === undefined || value >= min) &&
    (moreThan === undefined || value > moreThan) &&
    (max === undefined || value <= max) &&
    (lessThan === undefined || value < lessThan);
  if (!ok) throw fail(RangeError, fn, param, describeDomain(domain), value);
  return value;
}

/** `an integer ≥ 1`, `a finite number in (0, 1]`, `a number, not NaN`, … */
export function describeDomain({
  infinite = false,
  integer = false,
  min,
  moreThan,
  max,
  lessThan,
}: NumberDomain): string {
  const noun = integer ? 'an integer' : infinite ? 'a number' : 'a finite number';
  const low = min ?? moreThan;
  const high = max ?? lessThan;
  if (low !== undefined && high !== undefined) {
    return `${noun} in ${min === undefined ? '(' : '['}${low}, ${high}${max === undefined ? ')' : ']'}`;
  }
  if (low !== undefined) return `${noun} ${min === undefined ? '>' : '≥'} ${low}`;
  if (high !== undefined) return `${noun} ${max === undefined ? '<' : '≤'} ${high}`;
  return infinite && !integer ? 'a number, not NaN' : noun;
}
