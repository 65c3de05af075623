import { nearest } from '@nninit/internal';
import { type DeepActivation, deepActivations } from '../experiments/deepActivations.js';
import type { CommandName } from './CommandName.js';
import { UsageError } from './UsageError.js';

/**
 * The `--activation` value: one of {@link deepActivations}, or a {@link UsageError} listing
 * them (with a "did you mean" hint for a near miss), worded like `--dataset`'s.
 *
 * @example
 * ```ts
 * readActivation('deep', 'tanh'); // 'tanh'
 * readActivation('deep', 'tan');  // throws UsageError: --activation must be one of relu, tanh, got "tan" (did you mean "tanh"?)
 * ```
 */
export function readActivation(command: CommandName, text: string): DeepActivation {
  const names: readonly string[] = deepActivations;
  if (names.includes(text)) return text as DeepActivation;
  const hint = nearest(text, names);
  throw new UsageError(
    `--activation must be one of ${names.join(', ')}, got "${text}"${hint === undefined ? '' : ` (did you mean "${hint}"?)`}`,
    command,
  );
}
