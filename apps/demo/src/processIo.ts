import type { Io } from './Io.js';

/**
 * The {@link Io} of a real process: stdout and stderr; colours only when stdout is a terminal
 * and `NO_COLOR` is not set (no-color.org); progress bars only when stderr is a terminal; paths
 * relative to `INIT_CWD` — the directory `pnpm demo` was typed in, which pnpm sets before it
 * changes into apps/demo to run the script — else the current directory.
 *
 * @example
 * ```ts
 * processIo({ ...process, env: { INIT_CWD: '/home/me' } } as NodeJS.Process).cwd; // '/home/me'
 * ```
 */
export function processIo(proc: NodeJS.Process = process): Io {
  const noColor = (proc.env.NO_COLOR ?? '') !== '';
  return {
    out: (text) => void proc.stdout.write(text),
    err: (text) => void proc.stderr.write(text),
    color: proc.stdout.isTTY === true && !noColor,
    progress: proc.stderr.isTTY === true,
    columns: proc.stderr.columns ?? 80,
    cwd: proc.env.INIT_CWD ?? proc.cwd(),
  };
}
