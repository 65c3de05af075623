import { formatValue } from './formatValue.js';

/**
 * The one error format of nninit's public entry points:
 * `` `${fn}: ${param} must be ${condition}, got ${value}` ``, with the value rendered by
 * {@link formatValue}. `kind` is `RangeError` for a value outside its domain and `TypeError` for
 * the wrong kind of value (docs/design.md, "Errors").
 *
 * @example
 * ```ts
 * throw fail(RangeError, 'kstwoSf', 'd', 'in [0, 1]', 1.5);
 * // RangeError: kstwoSf: d must be in [0, 1], got 1.5
 * ```
 */
export function fail(
  kind: RangeErrorConstructor | TypeErrorConstructor,
  fn: string,
  param: string,
  condition: string,
  value: unknown,
): Error {
  return new kind(`${fn}: ${param} must be ${condition}, got ${formatValue(value)}`);
}
