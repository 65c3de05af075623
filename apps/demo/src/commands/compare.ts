import type { CompareOptions } from '../cli/CompareOptions.js';
import type { CompareRun } from '../experiments/CompareRun.js';
import { loadDataset } from '../experiments/loadDataset.js';
import { runCompare } from '../experiments/runCompare.js';
import type { Io } from '../Io.js';
import { compareJson } from '../output/compareJson.js';
import type { Outputs } from '../output/Outputs.js';
import { compareReport } from '../report/compareReport.js';
import { createStyle, type Style } from '../terminal/createStyle.js';
import { formatTable } from '../terminal/formatTable.js';
import { trainingProgress } from '../terminal/trainingProgress.js';

/**
 * `pnpm demo compare` (the default command): the course notebook's experiment — zeros,
 * random×10 and He on the circles data, with the notebook's seeds — or any variation of it
 * (`--init`, `--layers`, `--iterations`, `--lr`, `--dataset`, `--seed`). Prints the settings,
 * a live progress bar per run on a terminal, then a table (initialization, final cost, training
 * and test accuracy, time) or, with `--json`, only the JSON result; writes the HTML report.
 * The report goes to `outputs.report`, claimed by {@link run} before any work starts (none without it).
 *
 * @returns the exit status: 0.
 * @example
 * ```ts
 * compare({ ...parseCommandLine(['--iterations', '100', '--no-report']).options }, io); // 0, and the table on io.out
 * ```
 */
export function compare(options: CompareOptions, io: Io, outputs: Outputs = {}): number {
  const style = createStyle(io.color);
  const data = loadDataset(options.dataset, options.seed);
  const sizes = [2, ...options.hidden, data.classes === 2 ? 1 : data.classes];
  if (!options.json) {
    io.out(
      `${style.bold('nninit compare')}: ${options.seed === undefined && options.dataset === 'circles' ? 'the deeplearning.ai "Initialization" notebook' : "the notebook's experiment, varied"}\n`,
    );
    io.out(style.dim(`data      ${data.name}: ${data.description}; 300 training, 100 test examples\n`));
    io.out(
      style.dim(
        `network   ${sizes.join(' → ')}, ReLU hidden layers, ${data.classes === 2 ? 'sigmoid output' : 'softmax output'}\n`,
      ),
    );
    io.out(
      style.dim(
        `training  ${options.iterations} iterations of full-batch gradient descent, learning rate ${options.learningRate}\n`,
      ),
    );
    io.out(style.dim(`streams   ${data.streams}\n\n`));
  }
  const labelWidth = Math.max(...options.initializations.map((i) => i.label.length));
  const runs = runCompare(options, data, options.json ? undefined : trainingProgress(io, labelWidth));
  if (options.json) io.out(`${JSON.stringify(compareJson(runs), null, 2)}\n`);
  else io.out(`${io.progress ? '\n' : ''}${resultTable(runs, style)}`);
  if (outputs.report !== undefined) {
    outputs.report.write(compareReport(options, data, runs));
    (options.json ? io.err : io.out)(`${options.json ? '' : '\n'}report: ${outputs.report.path}\n`);
  }
  return 0;
}

/** The results table, the best test accuracy in green and diverged runs in red. */
function resultTable(runs: readonly CompareRun[], style: Style): string {
  const best = Math.max(...runs.map((r) => r.testAccuracy ?? -1));
  const percent = (v: number | undefined): string => (v === undefined ? '—' : `${(100 * v).toFixed(2)} %`);
  const rows = runs.map((r) => [
    r.label,
    r.diverged === undefined ? r.finalCost.toPrecision(6) : style.red(`diverged at ${r.diverged.iteration}`),
    percent(r.trainAccuracy),
    r.testAccuracy === best && runs.length > 1 ? style.green(percent(r.testAccuracy)) : percent(r.testAccuracy),
    `${r.seconds.toFixed(1)} s`,
  ]);
  return formatTable(['initialization', 'final cost', 'train accuracy', 'test accuracy', 'time'], rows, [
    'l',
    'r',
    'r',
    'r',
    'r',
  ]);
}
