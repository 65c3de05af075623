import type { CommandName } from './CommandName.js';
import { UsageError } from './UsageError.js';

/** The most weights a demo network may have: 10⁷ float64 weights, with gradients and Adam's two moments, are 320 MB. */
export const MAX_WEIGHTS = 10_000_000;

/**
 * Checks that the network whose weight matrices have `shapes` fits in memory: at most
 * {@link MAX_WEIGHTS} weights in all, else a {@link UsageError} naming the options that size it
 * and the count. Each width alone is bounded by its option; this bounds their product, so that
 * `--layers 4096,4096,…` is a clear error before any work, not an out-of-memory abort.
 *
 * @example
 * ```ts
 * validateNetworkSize('compare', '--layers', [[10, 2], [5, 10], [1, 5]]); // 75 weights: fine
 * validateNetworkSize('deep', '--layers and --width', [[4096, 2], [4096, 4096], [1, 4096]], 999); // throws UsageError: --layers and --width: the network would have 16,760,451,072 weights; at most 10,000,000
 * ```
 *
 * @param repeat how many times the middle shape occurs (deep networks repeat one square layer).
 */
export function validateNetworkSize(
  command: CommandName,
  options: string,
  shapes: readonly (readonly number[])[],
  repeat = 1,
): void {
  const sizes = shapes.map((s) => s.reduce((a, b) => a * b, 1));
  const middle = shapes.length === 3 ? (sizes[1] as number) * (repeat - 1) : 0;
  const weights = sizes.reduce((a, b) => a + b, 0) + middle;
  if (weights > MAX_WEIGHTS) {
    throw new UsageError(
      `${options}: the network would have ${weights.toLocaleString('en-US')} weights; at most ${MAX_WEIGHTS.toLocaleString('en-US')}`,
      command,
    );
  }
}
