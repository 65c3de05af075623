/**
 * A one-line progress bar on a terminal: bytes written of the total, percent and rate, redrawn
 * in place with a carriage return at most every 100 ms. Hand-written (about 30 lines) because
 * one line on stderr is all `nninit init` draws, and a library for that would be its only
 * run-time dependency outside the workspace. Silent when `stream` is not a TTY, so logs and
 * pipes get only the final summary lines.
 */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly started: number;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly label: string,
    private readonly total: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** Counts `bytes` more as written, and redraws if 100 ms have passed. */
  advance(bytes: number): void {
    this.done += bytes;
    const t = this.now();
    if (t - this.lastDraw >= 100) {
      this.lastDraw = t;
      this.draw(t);
    }
  }

  /** Draws the final state and ends the line. */
  finish(): void {
    if (!this.stream.isTTY) return;
    this.draw(this.now());
    this.stream.write('\n');
  }

  private draw(t: number): void {
    if (!this.stream.isTTY) return;
    const width = 30;
    const fraction = this.total === 0 ? 1 : this.done / this.total;
    const filled = Math.round(fraction * width);
    const seconds = Math.max((t - this.started) / 1000, 1e-3);
    const rate = this.done / 1e9 / seconds;
    const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
    const pct = (fraction * 100).toFixed(0).padStart(3);
    this.stream.write(
      `\r${this.label} [${bar}] ${pct}% ${(this.done / 1e9).toFixed(2)}/${(this.total / 1e9).toFixed(2)} GB ${rate.toFixed(2)} GB/s`,
    );
  }
}
