import type { CommandName } from './CommandName.js';

/**
 * A bad command line: an unknown command or option, a value outside its domain, an output
 * path that cannot be written. {@link run} prints `error: <message>` and the usage of
 * `command`, and exits with status 2 before anything is computed or written.
 *
 * @example
 * ```ts
 * const e = new UsageError('--layers must be positive integers, got "0"', 'compare');
 * [e.name, e.command]; // ['UsageError', 'compare']
 * ```
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(
    message: string,
    readonly command: CommandName | undefined,
  ) {
    super(message);
  }
}
