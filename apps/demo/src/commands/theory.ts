import type { TheoryOptions } from '../cli/TheoryOptions.js';
import { percentileRatio } from '../experiments/percentileRatio.js';
import { runTheory } from '../experiments/runTheory.js';
import type { Io } from '../Io.js';
import type { Outputs } from '../output/Outputs.js';
import { theoryReport } from '../report/theoryReport.js';
import { createStyle } from '../terminal/createStyle.js';
import { formatTable } from '../terminal/formatTable.js';

/**
 * `pnpm demo theory`: mean-field signal propagation (@nninit/theory) and its checks against
 * networks: the critical σ_w of tanh and relu, tanh's depth scales at σ_b = 0.3, the measured
 * against the predicted per-layer variance, and the Jacobian spectra's p90/p10 spread by depth;
 * or, with `--json`, every number (an infinite depth scale is `null`). Writes the HTML report.
 *
 * @returns the exit status: 0.
 * @example
 * ```ts
 * theory(parseCommandLine(['theory', '--json', '--no-report']).options, io); // 0
 * ```
 */
export function theory(options: TheoryOptions, io: Io, outputs: Outputs = {}): number {
  const style = createStyle(io.color);
  const run = runTheory();
  if (options.json) {
    io.out(`${JSON.stringify(run, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`);
  } else {
    const f = (v: number | null) => (v === null ? '—' : Number.isFinite(v) ? v.toPrecision(4) : '∞');
    io.out(`${style.bold('nninit theory')}: mean-field signal propagation, and networks that follow it\n\n`);
    const picks = [0, 2, 6, 20];
    io.out(
      formatTable(
        ['σ_b', 'critical σ_w tanh', 'critical σ_w relu'],
        picks.map((i) => [
          f(run.criticalLines.biasStds[i]!),
          f(run.criticalLines.tanh[i]!),
          f(run.criticalLines.relu[i]!),
        ]),
        ['r', 'r', 'r'],
      ),
    );
    io.out('\n');
    io.out(
      formatTable(
        ['tanh σ_b = 0.3: σ_w', 'q*', 'χ₁', 'c*', 'ξ_q', 'ξ_c', 'phase'],
        run.depthScales.map((d) => [
          f(d.weightStd),
          f(d.qStar),
          f(d.chi1),
          f(d.cStar),
          f(d.depthScaleQ),
          f(d.depthScaleC),
          d.phase,
        ]),
        ['r', 'r', 'r', 'r', 'r', 'r', 'l'],
      ),
    );
    io.out('\n');
    io.out(
      formatTable(
        ['width 256', 'layer 1 measured/theory', 'layer 10 measured/theory'],
        run.variance.map((v) => [v.label, f(v.measured[0]! / v.predicted[0]!), f(v.measured[9]! / v.predicted[9]!)]),
        ['l', 'r', 'r'],
      ),
    );
    io.out('\n');
    const labels = [...new Set(run.jacobian.map((j) => j.label))];
    const depths = [...new Set(run.jacobian.map((j) => j.depth))];
    io.out(
      formatTable(
        ['Jacobian p90/p10, width 128', ...depths.map((d) => `depth ${d}`)],
        labels.map((label) => [
          label,
          ...depths.map((d) =>
            f(percentileRatio(run.jacobian.find((j) => j.label === label && j.depth === d)!.singularValues)),
          ),
        ]),
        ['l', ...depths.map(() => 'r' as const)],
      ),
    );
  }
  if (outputs.report !== undefined) {
    outputs.report.write(theoryReport(run));
    (options.json ? io.err : io.out)(`${options.json ? '' : '\n'}report: ${outputs.report.path}\n`);
  }
  return 0;
}
