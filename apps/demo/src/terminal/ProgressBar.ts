/**
 * A one-line live progress bar for a terminal: `update` redraws the line in place (carriage
 * return, erase to end of line) at most every `interval` ms, `finish` draws it full and ends
 * the line. Only for terminals: commands create one when `io.progress` is set, so logs in CI
 * and pipes never see `\r`.
 *
 * @example
 * ```ts
 * let screen = '';
 * const bar = new ProgressBar((t) => { screen += t; }, 'he', 60, 0);
 * bar.update(0.5, 'cost 0.41');
 * screen; // '\rhe  ' + '█'.repeat(19) + '░'.repeat(19) + '   50%  cost 0.41\x1b[K'
 * ```
 */
export class ProgressBar {
  private last = -Infinity;
  private readonly start = performance.now();

  constructor(
    private readonly write: (text: string) => void,
    private readonly label: string,
    private readonly columns: number,
    private readonly interval = 80,
  ) {}

  /** Redraws the bar at `fraction` ∈ [0, 1] with a short status text, unless drawn less than `interval` ms ago. */
  update(fraction: number, status: string): void {
    const now = performance.now();
    if (now - this.last < this.interval) return;
    this.last = now;
    this.write(`\r${this.render(fraction, status)}\x1b[K`);
  }

  /** Draws the bar full with the final status and the elapsed time, and ends the line. */
  finish(status: string): void {
    const seconds = ((performance.now() - this.start) / 1000).toFixed(1);
    this.write(`\r${this.render(1, `${status}  ${seconds} s`)}\x1b[K\n`);
  }

  private render(fraction: number, status: string): string {
    const f = Math.min(1, Math.max(0, fraction));
    const tail = `  ${String(Math.floor(f * 100)).padStart(3)}%  ${status}`;
    const width = Math.max(10, Math.min(40, this.columns - this.label.length - tail.length - 3));
    const filled = Math.round(f * width);
    return `${this.label}  ${'█'.repeat(filled)}${'░'.repeat(width - filled)}${tail}`;
  }
}
