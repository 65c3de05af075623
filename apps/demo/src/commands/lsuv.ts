import type { OutputOptions } from '../cli/OutputOptions.js';
import { loadDataset } from '../experiments/loadDataset.js';
import { type LsuvOptions, type LsuvRun, runLsuv } from '../experiments/runLsuv.js';
import type { Io } from '../Io.js';
import type { Outputs } from '../output/Outputs.js';
import { lsuvReport } from '../report/lsuvReport.js';
import { createStyle } from '../terminal/createStyle.js';
import { formatTable } from '../terminal/formatTable.js';

/** The fixed settings of `pnpm demo lsuv`: 20 tanh layers of 32 units, 150 full-batch Adam steps. */
export const LSUV_SETTINGS: LsuvOptions = {
  layers: 20,
  width: 32,
  iterations: 150,
  learningRate: 0.001,
  recordEvery: 10,
};

/**
 * `pnpm demo lsuv`: Mishkin & Matas' (2016) LSUV on a 20-layer tanh network of 32 units on the
 * circles data (the notebook's streams), from N(0, 1), from N(0, 0.01²), and from the same
 * N(0, 0.01²) draw after LSUV: a table of the loss before and after 150 Adam steps, the training
 * accuracy and what LSUV did (rescalings, the range of the per-layer variances it reached); or,
 * with `--json`, every number. Writes the HTML report.
 *
 * @returns the exit status: 0.
 * @example
 * ```ts
 * lsuv(parseCommandLine(['lsuv', '--no-report']).options, io); // 0
 * ```
 */
export function lsuv(options: OutputOptions, io: Io, outputs: Outputs = {}): number {
  const style = createStyle(io.color);
  const data = loadDataset('circles', undefined);
  const s = LSUV_SETTINGS;
  const runs = runLsuv(s, data);
  const last = Math.floor((s.iterations - 1) / s.recordEvery) * s.recordEvery;
  if (options.json) {
    io.out(`${JSON.stringify({ settings: { ...s, activation: 'tanh', dataset: data.name }, runs }, null, 2)}\n`);
  } else {
    io.out(
      `${style.bold('nninit lsuv')}: layer-sequential unit variance (Mishkin & Matas 2016) on ${s.layers} tanh layers of ${s.width} units\n`,
    );
    io.out(style.dim(`data      ${data.name}: ${data.description}; 300 training examples\n`));
    io.out(style.dim(`training  ${s.iterations} full-batch Adam steps, learning rate ${s.learningRate}\n`));
    io.out(style.dim(`streams   ${data.streams}\n\n`));
    io.out(
      formatTable(
        ['start', `loss step 0 → ${last}`, 'train acc', 'LSUV'],
        runs.map((r) => [
          r.label,
          `${r.costs[0]!.toPrecision(4)} → ${r.costs.at(-1)!.toPrecision(4)}`,
          `${(100 * r.trainAccuracy).toFixed(1)} %`,
          describeLsuv(r),
        ]),
        ['l', 'r', 'r', 'l'],
      ),
    );
    io.out(
      '\nN(0, 1) saturates tanh and N(0, 0.01²) lets the signal vanish: neither trains. LSUV rescales the\nsmall draw layer by layer until Var(z) is within 0.1 of 1, and the same network trains.\n',
    );
  }
  if (outputs.report !== undefined) {
    outputs.report.write(lsuvReport(s, data, runs));
    (options.json ? io.err : io.out)(`${options.json ? '' : '\n'}report: ${outputs.report.path}\n`);
  }
  return 0;
}

/** "21 layers, 21 rescalings, Var(z) 0.98–1.02", or "—" for a plain start. */
function describeLsuv(run: LsuvRun): string {
  if (run.lsuv === undefined) return '—';
  const variances = run.lsuv.map((l) => l.variance);
  const rescalings = run.lsuv.reduce((n, l) => n + l.iterations, 0);
  return `${run.lsuv.length} layers, ${rescalings} rescalings, Var(z) ${Math.min(...variances).toFixed(3)}–${Math.max(...variances).toFixed(3)}`;
}
