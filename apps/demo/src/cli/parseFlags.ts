import { parseArgs } from 'node:util';
import type { CommandName } from './CommandName.js';
import type { Flags } from './Flags.js';
import { optionSpecs } from './optionSpecs.js';
import { UsageError } from './UsageError.js';

/**
 * Reads a command's options with `util.parseArgs` (strict: unknown options and stray arguments
 * are errors), turning its multi-line messages into one-line {@link UsageError}s:
 * `unknown option --foo`, `--iterations needs a value`, `--json takes no value`,
 * `unexpected argument "x"`.
 *
 * @example
 * ```ts
 * parseFlags('compare', ['--iterations', '100', '--json']); // { iterations: '100', json: true }
 * parseFlags('compare', ['--foo']);                         // throws UsageError: unknown option --foo
 * ```
 */
export function parseFlags(command: CommandName, args: readonly string[]): Flags {
  try {
    return parseArgs({ args: [...args], options: optionSpecs[command], strict: true, allowPositionals: false })
      .values as Flags;
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    const quoted = /'(-[^' ]+)/.exec(message ?? '')?.[1] ?? /'([^']*)'/.exec(message ?? '')?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${quoted}`, command);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(`unexpected argument "${quoted}"`, command);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/does not take an argument/.test(message ?? '')) throw new UsageError(`${quoted} takes no value`, command);
      throw new UsageError(
        `${quoted} needs a value${/ambiguous/.test(message ?? '') ? ` (for a negative number write ${quoted}=-N)` : ''}`,
        command,
      );
    }
    throw error;
  }
}
