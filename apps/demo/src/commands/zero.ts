import type { OutputOptions } from '../cli/OutputOptions.js';
import { loadDataset } from '../experiments/loadDataset.js';
import { runZero, ZERO_SETTINGS } from '../experiments/runZero.js';
import type { Io } from '../Io.js';
import type { Outputs } from '../output/Outputs.js';
import { zeroReport } from '../report/zeroReport.js';
import { createStyle } from '../terminal/createStyle.js';
import { formatTable } from '../terminal/formatTable.js';

/**
 * `pnpm demo zero`: ZerO (Zhao, Schäfer & Anandkumar 2022) against zeros, a partial identity and
 * He in a two-layer tanh network [2, 8, 1] on the circles data: a table of the classes of
 * identical hidden units before and after training, the dead units, the loss and the training
 * accuracy; or, with `--json`, every number. Writes the HTML report.
 *
 * @returns the exit status: 0.
 * @example
 * ```ts
 * zero(parseCommandLine(['zero', '--no-report']).options, io); // 0
 * ```
 */
export function zero(options: OutputOptions, io: Io, outputs: Outputs = {}): number {
  const style = createStyle(io.color);
  const data = loadDataset('circles', undefined);
  const s = ZERO_SETTINGS;
  const runs = runZero(data);
  const last = Math.floor((s.iterations - 1) / s.recordEvery) * s.recordEvery;
  if (options.json) {
    io.out(`${JSON.stringify({ settings: { ...s, network: [2, s.hidden, 1], dataset: data.name }, runs }, null, 2)}\n`);
  } else {
    io.out(
      `${style.bold('nninit zero')}: does a deterministic start break the symmetry of ${s.hidden} hidden tanh units?\n`,
    );
    io.out(style.dim(`data      ${data.name}: ${data.description}; 300 training examples\n`));
    io.out(style.dim(`training  ${s.iterations} full-batch gradient-descent steps, learning rate ${s.learningRate}\n`));
    io.out(style.dim(`streams   ${data.streams} (only He draws)\n\n`));
    io.out(
      formatTable(
        ['start', 'distinct units before → after', 'dead units', `loss step 0 → ${last}`, 'train acc'],
        runs.map((r) => [
          r.label,
          `${r.classesBefore} → ${r.classesAfter} of ${s.hidden}`,
          String(r.deadUnits),
          `${r.costs[0]!.toPrecision(4)} → ${r.costs.at(-1)!.toPrecision(4)}`,
          `${(100 * r.trainAccuracy).toFixed(1)} %`,
        ]),
        ['l', 'r', 'r', 'r', 'r'],
      ),
    );
    io.out(
      '\nIdentical hidden units get identical gradients, so training never makes them distinct: the start decides.\nZeros: one unit repeated 8 times, at ln 2. Partial identity: 6 units with no weights, which never move.\nZerO, with no randomness, gives every unit weights and trains; with a 2-wide input its Hadamard block has\nonly two distinct rows, so it breaks the symmetry only partly (He: 8 distinct units).\n',
    );
  }
  if (outputs.report !== undefined) {
    outputs.report.write(zeroReport(data, runs));
    (options.json ? io.err : io.out)(`${options.json ? '' : '\n'}report: ${outputs.report.path}\n`);
  }
  return 0;
}
