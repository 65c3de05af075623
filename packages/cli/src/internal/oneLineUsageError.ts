import { UsageError } from './UsageError.js';

/**
 * `util.parseArgs`'s error as a {@link UsageError} on one line, prefixed with the command:
 * its messages span lines ("… is ambiguous.\nDid you forget …"), and one line per error keeps
 * stderr greppable.
 *
 * @example
 * ```ts
 * oneLineUsageError('nninit init', new TypeError("Unknown option '--sed'"), '(nninit init --help lists the options)');
 * ```
 */
export function oneLineUsageError(command: string, error: unknown, hint = ''): UsageError {
  const message = (error as Error).message.replace(/\s*\n\s*/g, ' ');
  return new UsageError(`${command}: ${message}${hint === '' ? '' : ` ${hint}`}`);
}
