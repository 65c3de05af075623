/**
 * An output file that could not be written once the work was done (the disk filled up, the
 * directory went away): {@link run} prints `error: <message>` — one line, no stack — and exits
 * with status 2, the status of every usage and I/O error.
 *
 * @example
 * ```ts
 * new OutputError('--report: cannot write /data/r.html: no space left on device').name; // 'OutputError'
 * ```
 */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}
