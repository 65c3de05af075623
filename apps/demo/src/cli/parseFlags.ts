import { parseArgs } from 'node:util';
import { didYouMean } from '@nninit/internal';
import type { CommandName } from './CommandName.js';
import type { Flags } from './Flags.js';
import { optionSpecs } from './optionSpecs.js';
import { UsageError } from './UsageError.js';

/**
 * Reads a command's options with `util.parseArgs` (strict: unknown options and stray arguments
 * are errors), turning its multi-line messages into one-line {@link UsageError}s:
 * `unknown option --iteratons (did you mean "--iterations"?)`, `--iterations needs a value`,
 * `--json takes no value`, `unexpected argument "x"`, and `--report given twice` — an option
 * that takes one value (every one but `--init`) may appear once, so `--report a --report b` is
 * not silently `b`.
 *
 * @example
 * ```ts
 * parseFlags('compare', ['--iterations', '100', '--json']); // { iterations: '100', json: true }
 * parseFlags('compare', ['--foo']);                         // throws UsageError: unknown option --foo
 * ```
 */
export function parseFlags(command: CommandName, args: readonly string[]): Flags {
  const options = optionSpecs[command];
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    const quoted = /'(-[^' ]+)/.exec(message ?? '')?.[1] ?? /'([^']*)'/.exec(message ?? '')?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const names = Object.keys(options).map((name) => `--${name}`);
      throw new UsageError(`unknown option ${quoted}${didYouMean(quoted, names)}`, command);
    }
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
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    // --init may be repeated; a repeated --help/-h still asks for help.
    if (token.kind !== 'option' || options[token.name]?.multiple === true || token.name === 'help') continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} given twice; give it once`, command);
    seen.add(token.name);
  }
  return parsed.values as Flags;
}
