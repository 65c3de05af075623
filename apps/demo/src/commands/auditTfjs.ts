import '@tensorflow/tfjs-backend-cpu';
import { auditTfjsInitializers, type TfjsAuditReport } from '@nninit/tfjs';
import type { AuditTfjsOptions } from '../cli/AuditTfjsOptions.js';
import { auditTfjsRows } from '../experiments/auditTfjsRows.js';
import type { Io } from '../Io.js';
import type { Outputs } from '../output/Outputs.js';
import { auditTfjsReport } from '../report/auditTfjsReport.js';
import { createStyle, type Style } from '../terminal/createStyle.js';
import { formatTable } from '../terminal/formatTable.js';

/**
 * `pnpm demo audit-tfjs`: @nninit/tfjs' `auditTfjsInitializers` on tfjs' cpu backend — every
 * built-in tfjs initializer against the distribution tfjs documents for it. Prints a table
 * (verdict, initializer, configuration, deciding check, p-value, Holm level, measured/target
 * variance, finding) and the numbered findings, or the whole report as JSON with `--json`;
 * writes the `--report` page.
 *
 * @returns the exit status: 0 when tfjs passed and the canary was caught; 1 when tfjs failed a
 * documented distribution (tfjs 4.22 does) or the canary escaped (the audit has no power).
 * @example
 * ```ts
 * auditTfjs(parseCommandLine(['audit-tfjs']).options, io); // 1 with tfjs 4.22: heNormal and friends fail
 * ```
 */
export function auditTfjs(options: AuditTfjsOptions, io: Io, outputs: Outputs = {}): number {
  const style = createStyle(io.color);
  const report = auditTfjsInitializers({ alpha: options.alpha, samples: options.samples, seed: options.seed });
  if (options.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else io.out(text(report, style));
  if (outputs.report !== undefined) {
    outputs.report.write(auditTfjsReport(report));
    (options.json ? io.err : io.out)(`report: ${outputs.report.path}\n`);
  }
  return report.passed && report.canaryDetected ? 0 : 1;
}

function text(report: TfjsAuditReport, style: Style): string {
  const { rows, findings } = auditTfjsRows(report);
  const verdict = { PASS: style.green('PASS'), FAIL: style.red('FAIL'), NOTE: style.yellow('NOTE') };
  const table = formatTable(
    ['', 'initializer', 'configuration', 'test', 'p', 'Holm level', 'var ratio', 'finding'],
    rows.map((r) => [
      verdict[r.verdict],
      r.canary ? `${r.initializer} (canary)` : r.initializer,
      r.configuration,
      r.test,
      r.p,
      r.level,
      r.ratio,
      r.finding,
    ]),
    ['l', 'l', 'l', 'l', 'r', 'r', 'r', 'l'],
  );
  const { core, layers, backend } = report.tfjs;
  const failed = report.rows.filter((r) => !r.canary && r.verdict === 'fail').length;
  return (
    `${style.bold('nninit audit-tfjs')}: does each tfjs initializer draw the distribution tfjs documents? ` +
    `(tfjs-core ${core}, tfjs-layers ${layers}, backend ${backend})\n\n${table}\n` +
    findings.map((f, i) => `[${i + 1}] ${f}\n`).join('') +
    `\n${report.statisticalChecks} statistical checks, family-wise alpha ${report.alpha.toExponential()} (Holm over all of them); ` +
    `exact checks spend none. Samples ≥ ${report.samples} per configuration, first seed ${report.seed}; var ratio = measured/documented variance.\n` +
    `canary (a 5 % std error): ${report.canaryDetected ? style.green('caught') : style.red('NOT caught: the audit has no power')}\n` +
    `${failed === 0 ? style.green('PASS') : style.red(`FAIL: tfjs fails ${failed} of ${report.rows.filter((r) => !r.canary && r.verdict !== 'note').length} documented behaviours`)}\n`
  );
}
