import { UsageError } from './UsageError.js';

/**
 * The one value of a flag parsed with `multiple: true`, or undefined: `util.parseArgs` lets a
 * repeated single-valued flag overwrite the earlier one, which would silently ignore what the
 * user typed first (a run certified against the second of two `--expect`, a shard written with
 * the second of two `--seed`), so a repetition is a usage error.
 *
 * @example
 * ```ts
 * atMostOnce('nninit init', 'seed', ['1', '2']);
 * // UsageError: nninit init: --seed must be given at most once, got "1", "2"
 * ```
 */
export function atMostOnce(command: string, flag: string, all: readonly string[] | undefined): string | undefined {
  if (all !== undefined && all.length > 1) {
    throw new UsageError(
      `${command}: --${flag} must be given at most once, got ${all.map((v) => JSON.stringify(v)).join(', ')}`,
    );
  }
  return all?.[0];
}
