/**
 * A mistake in how a command was called, or a file it cannot read: the command prints the
 * message and exits with status 2, never with a stack trace. Distinct from a failed check
 * (status 1), so CI can tell "the weights are wrong" from "the call is wrong".
 *
 * @example
 * ```ts
 * throw new UsageError('nninit verify: --alpha must be a number in (0, 1), got "2"');
 * ```
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
