import type { MupCommandOptions } from '../cli/MupCommandOptions.js';
import { runMup } from '../experiments/runMup.js';
import type { Io } from '../Io.js';
import type { Outputs } from '../output/Outputs.js';
import { mupReport } from '../report/mupReport.js';
import { createStyle } from '../terminal/createStyle.js';
import { formatTable } from '../terminal/formatTable.js';

/**
 * `pnpm demo mup`: µP (Yang et al. 2022, Tensor Programs V) in two experiments, the coordinate
 * check at widths 64 to 4096 and the learning-rate transfer from width 64 to 1024 (see
 * `runMup`); or, with `--json`, every number (a diverged run's loss is `null`). Writes the HTML
 * report with the coordinate-check plots.
 *
 * @returns the exit status: 0.
 * @example
 * ```ts
 * mup(parseCommandLine(['mup', '--json', '--no-report']).options, io); // 0
 * ```
 */
export function mup(options: MupCommandOptions, io: Io, outputs: Outputs = {}, widths?: readonly number[]): number {
  const style = createStyle(io.color);
  const run = runMup(widths === undefined ? {} : { widths });
  if (options.json) {
    io.out(`${JSON.stringify(run, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`);
  } else {
    const c = run.coordinateCheck;
    const f = (v: number) => (Number.isFinite(v) ? v.toPrecision(3) : '∞');
    io.out(`${style.bold('nninit mup')}: the Maximal Update Parametrization (Tensor Programs V, Table 3)\n\n`);
    io.out(
      formatTable(
        ['width', 'µP z¹', 'µP z²', 'µP logits', 'standard z¹', 'standard z²', 'standard logits'],
        c.widths.map((n, w) => {
          const m = (c.mup[w] as number[][])[c.steps] as number[],
            s = (c.standard[w] as number[][])[c.steps] as number[];
          return [String(n), ...m.map(f), ...s.map(f)];
        }),
        ['r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    io.out(
      `\nmean |z| per coordinate after ${c.steps} Adam steps. Slopes of log size against log width: µP ${c.slopes.mup.map((v) => v.toFixed(3)).join(', ')}; standard ${c.slopes.standard.map((v) => v.toFixed(3)).join(', ')}\n\n`,
    );
    const t = run.transfer;
    io.out(
      formatTable(
        ['log₂ η', ...t.widths.flatMap((n) => [`µP ${n}`, `standard ${n}`])],
        t.learningRates.map((lr, i) => [
          String(Math.log2(lr)),
          ...t.widths.flatMap((_, w) => [
            f((t.mup[w] as number[])[i] as number),
            f((t.standard[w] as number[])[i] as number),
          ]),
        ]),
        ['r', 'r', 'r', 'r', 'r'],
      ),
    );
    io.out(
      `\nregret at width ${t.widths[1]} with width ${t.widths[0]}'s best learning rate: µP ${(100 * t.regret.mup).toFixed(1)} %, standard ${(100 * t.regret.standard).toFixed(1)} %\n`,
    );
  }
  if (outputs.report !== undefined) {
    outputs.report.write(mupReport(run));
    (options.json ? io.err : io.out)(`${options.json ? '' : '\n'}report: ${outputs.report.path}\n`);
  }
  return 0;
}
