/**
 * Everything a command may touch outside itself: where it writes text, whether it may decorate
 * it, and where relative output paths go. {@link processIo} builds the real one; tests pass
 * their own, so commands run in-process with captured output.
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * const io: Io = { out: (t) => lines.push(t), err: (t) => lines.push(t), color: false, progress: false, columns: 80, cwd: '/tmp' };
 * ```
 */
export interface Io {
  /** Results: tables and JSON (stdout). */
  readonly out: (text: string) => void;
  /** Errors, usage, progress bars, and notes that must not mix with `--json` output (stderr). */
  readonly err: (text: string) => void;
  /** ANSI colours on `out` (stdout is a terminal and NO_COLOR is unset). */
  readonly color: boolean;
  /** Live progress bars on `err` (stderr is a terminal). */
  readonly progress: boolean;
  /** Width of the terminal behind `err`, for progress bars. */
  readonly columns: number;
  /** Directory that relative output paths (`--report`, `--junit`) are resolved against. */
  readonly cwd: string;
}
