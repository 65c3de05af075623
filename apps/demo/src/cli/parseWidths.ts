import type { CommandName } from './CommandName.js';
import { UsageError } from './UsageError.js';

/**
 * Hidden layer widths written as positive integers separated by commas (`10,5`), each at most
 * `max`, at least one of them; or a {@link UsageError}.
 *
 * @example
 * ```ts
 * parseWidths('compare', '--layers', '10,5', 4096); // [10, 5]
 * parseWidths('compare', '--layers', '10,-5', 4096); // throws UsageError: --layers must be positive integers (at most 4096) separated by commas, got "10,-5"
 * ```
 */
export function parseWidths(command: CommandName, option: string, text: string, max: number): number[] {
  const parts = text.split(',').map((p) => p.trim());
  const widths = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : NaN));
  if (widths.length === 0 || widths.some((w) => !Number.isSafeInteger(w) || w < 1 || w > max)) {
    throw new UsageError(
      `${option} must be positive integers (at most ${max}) separated by commas, got "${text}"`,
      command,
    );
  }
  return widths;
}
