import type { Progress } from '../experiments/Progress.js';
import type { Io } from '../Io.js';
import { ProgressBar } from './ProgressBar.js';

/**
 * The progress callback of a training command: on a terminal, one live bar per run (label
 * padded to `labelWidth`) showing the iteration and the latest cost, finished when the run
 * reports `iteration === iterations`; elsewhere (CI, pipes, `--json`), undefined — no output.
 *
 * @example
 * ```ts
 * trainingProgress({ ...io, progress: false }, 10); // undefined
 * ```
 */
export function trainingProgress(io: Io, labelWidth: number): ((progress: Progress) => void) | undefined {
  if (!io.progress) return undefined;
  let bar: ProgressBar | undefined,
    current = -1;
  return ({ run, label, iteration, iterations, cost }) => {
    if (run !== current) {
      bar = new ProgressBar(io.err, label.padEnd(labelWidth), io.columns);
      current = run;
    }
    const costText = Number.isFinite(cost) ? `cost ${cost.toPrecision(4)}` : 'diverged';
    if (iteration >= iterations) bar?.finish(costText);
    else
      bar?.update(
        iteration / iterations,
        `${String(iteration).padStart(String(iterations).length)}/${iterations}  ${costText}`,
      );
  };
}
