import { formatValue } from './formatValue.js';

/**
 * Builds the one error format of the package, at a public entry point:
 * `` `${fn}: ${param} must be ${condition}, got ${value}` ``. `kind` is `RangeError` for a value
 * outside its domain and `TypeError` for the wrong kind of value (DESIGN.md, "Conventions").
 *
 * @example
 * throw fail(RangeError, 'kstwoSf', 'd', 'in [0, 1]', 1.5);
 * // RangeError: kstwoSf: d must be in [0, 1], got 1.5
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
