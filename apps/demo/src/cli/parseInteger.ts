import type { CommandName } from './CommandName.js';
import { UsageError } from './UsageError.js';

/**
 * An integer option value in [min, max], written in plain decimal digits (an optional minus
 * sign; no exponent, no fraction, no hex), or a {@link UsageError} naming the option.
 *
 * @example
 * ```ts
 * parseInteger('compare', '--iterations', '15000', 1, 1e7); // 15000
 * parseInteger('compare', '--iterations', '1.5', 1, 1e7);   // throws UsageError: --iterations must be an integer from 1 to 10000000, got "1.5"
 * ```
 */
export function parseInteger(command: CommandName, option: string, text: string, min: number, max: number): number {
  const value = /^-?\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`${option} must be an integer from ${min} to ${max}, got "${text}"`, command);
  }
  return value;
}
