import type { DeepOptions } from '../cli/DeepOptions.js';
import { activationName } from '../experiments/activationName.js';
import type { DeepRun } from '../experiments/DeepRun.js';
import { loadDataset } from '../experiments/loadDataset.js';
import { runDeep } from '../experiments/runDeep.js';
import type { Io } from '../Io.js';
import { deepJson } from '../output/deepJson.js';
import type { Outputs } from '../output/Outputs.js';
import { deepReport } from '../report/deepReport.js';
import { createStyle, type Style } from '../terminal/createStyle.js';
import { formatTable } from '../terminal/formatTable.js';
import { trainingProgress } from '../terminal/trainingProgress.js';

/**
 * `pnpm demo deep`: a deep ReLU or tanh network (`--activation`, default ReLU; 30 hidden layers
 * of 100 units by default) at initialization and in training, for zeros, random 0.01, random 1.0, Xavier (equal to LeCun on
 * square layers) and He: a table of activation and gradient standard deviations at the first,
 * middle and last layer, the loss at the start and end of training and the training accuracy;
 * or, with `--json`, every layer and every step. Writes the HTML report.
 *
 * @returns the exit status: 0.
 * @example
 * ```ts
 * deep(parseCommandLine(['deep', '--layers', '4', '--width', '8', '--iterations', '10', '--no-report']).options, io); // 0
 * ```
 */
export function deep(options: DeepOptions, io: Io, outputs: Outputs = {}): number {
  const style = createStyle(io.color);
  const data = loadDataset(options.dataset, options.seed);
  if (!options.json) {
    io.out(
      `${style.bold('nninit deep')}: how the signal crosses ${options.layers} ${activationName(options.activation)} layers of ${options.width} units, and whether the network learns\n`,
    );
    io.out(style.dim(`data      ${data.name}: ${data.description}; 300 training examples\n`));
    io.out(
      style.dim(
        `training  ${options.iterations} Adam steps, learning rate ${options.learningRate}, batches of ${options.batchSize}\n`,
      ),
    );
    io.out(style.dim(`streams   ${data.streams}\n\n`));
  }
  const labelWidth = Math.max(...options.initializations.map((i) => i.label.length));
  const runs = runDeep(options, data, options.json ? undefined : trainingProgress(io, labelWidth));
  if (options.json) io.out(`${JSON.stringify(deepJson(runs, options.activation), null, 2)}\n`);
  else io.out(`${io.progress ? '\n' : ''}${signalTable(runs, options.layers, style)}`);
  if (outputs.report !== undefined) {
    outputs.report.write(deepReport(options, data, runs));
    (options.json ? io.err : io.out)(`${options.json ? '' : '\n'}report: ${outputs.report.path}\n`);
  }
  return 0;
}

/** Activation and gradient std at the first, middle and last hidden layer, and the training outcome. */
function signalTable(runs: readonly DeepRun[], layers: number, style: Style): string {
  const picks = [...new Set([1, Math.ceil(layers / 2), layers])];
  const e = (v: number | undefined): string =>
    v === undefined || !Number.isFinite(v) ? '—' : v === 0 ? '0' : v.toExponential(1);
  const rows = runs.map((r) => {
    return [
      r.label,
      ...picks.map((l) => e(r.initialSignal[l - 1]?.activation.std)),
      ...picks.map((l) => e(r.initialSignal[l - 1]?.gradient?.std)),
      r.diverged === undefined
        ? `${r.initialCost.toPrecision(3)} → ${r.finalCost.toPrecision(3)}`
        : style.red(`diverged at step ${r.diverged.iteration}`),
      r.trainAccuracy === undefined ? '—' : `${(100 * r.trainAccuracy).toFixed(1)} %`,
      `${r.seconds.toFixed(1)} s`,
    ];
  });
  const header = [
    'initialization',
    ...picks.map((l) => `act std L${l}`),
    ...picks.map((l) => `grad std L${l}`),
    'loss before → after',
    'train acc',
    'time',
  ];
  return formatTable(header, rows, [
    'l',
    ...picks.map(() => 'r' as const),
    ...picks.map(() => 'r' as const),
    'r',
    'r',
    'r',
  ]);
}
