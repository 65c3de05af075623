import type { CommandName } from './CommandName.js';
import { UsageError } from './UsageError.js';

/**
 * A finite number option value strictly between `low` and `high` (decimal or exponent form:
 * `0.01`, `1e-6`), or a {@link UsageError} naming the option and the interval.
 *
 * @example
 * ```ts
 * parseNumber('verify', '--alpha', '1e-6', 0, 1); // 0.000001
 * parseNumber('compare', '--lr', '0', 0, Infinity); // throws UsageError: --lr must be a number in (0, ∞), got "0"
 * ```
 */
export function parseNumber(command: CommandName, option: string, text: string, low: number, high: number): number {
  const value = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text.trim()) ? Number(text) : NaN;
  if (!(Number.isFinite(value) && value > low && value < high)) {
    throw new UsageError(
      `${option} must be a number in (${low}, ${high === Infinity ? '∞' : high}), got "${text}"`,
      command,
    );
  }
  return value;
}
