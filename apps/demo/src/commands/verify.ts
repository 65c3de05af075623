import type { VerifyOptions } from '../cli/VerifyOptions.js';
import { canarySubject } from '../experiments/canarySubject.js';
import { conformanceSubjects } from '../experiments/conformanceSubjects.js';
import { runConformanceSuite } from '../experiments/runConformanceSuite.js';
import type { SuiteResult } from '../experiments/SuiteResult.js';
import { worstCheck } from '../experiments/worstCheck.js';
import type { Io } from '../Io.js';
import { junitXml } from '../output/junitXml.js';
import type { Outputs } from '../output/Outputs.js';
import { verifyJson } from '../output/verifyJson.js';
import { verifyReport } from '../report/verifyReport.js';
import { createStyle, type Style } from '../terminal/createStyle.js';
import { formatTable } from '../terminal/formatTable.js';
import { ProgressBar } from '../terminal/ProgressBar.js';

/**
 * `pnpm demo verify`: the statistical conformance suite over every built-in initializer (or
 * the `--init` ones, plus the power canary with `--canary`). Prints a table — verdict,
 * initializer, stream, cases, checks, samples, the check closest to rejection with its
 * statistic, p-value and Holm level — the family-wise α and how it was spent, and every failed
 * check; or the JSON result with `--json`. Writes `--junit` XML and the `--report` page.
 *
 * @returns the exit status: 0 when every check passed, 1 otherwise.
 * @example
 * ```ts
 * verify(parseCommandLine(['verify', '--init', 'he', '--runs', '2']).options, io);              // 0
 * verify(parseCommandLine(['verify', '--init', 'he', '--runs', '2', '--canary']).options, io); // 1
 * ```
 */
export function verify(options: VerifyOptions, io: Io, outputs: Outputs = {}): number {
  const style = createStyle(io.color);
  const subjects = [
    ...conformanceSubjects.filter((s) => options.only === undefined || options.only.includes(s.name)),
    ...(options.canary ? [canarySubject] : []),
  ];
  const bar = io.progress && !options.json ? new ProgressBar(io.err, 'verify', io.columns) : undefined;
  const result = runConformanceSuite(subjects, options, (i, s) => bar?.update(i / subjects.length, s.title));
  bar?.finish(`${subjects.length} initializer configurations`);
  if (options.json) io.out(`${JSON.stringify(verifyJson(result), null, 2)}\n`);
  else
    io.out(
      `${style.bold('nninit verify')}: does every initializer draw the distribution it declares?\n\n${summaryTable(result, style)}\n${footer(result, style)}`,
    );
  const note = options.json ? io.err : io.out;
  if (outputs.junit !== undefined) {
    outputs.junit.write(junitXml(result));
    note(`junit: ${outputs.junit.path}\n`);
  }
  if (outputs.report !== undefined) {
    outputs.report.write(verifyReport(result));
    note(`report: ${outputs.report.path}\n`);
  }
  return result.passed ? 0 : 1;
}

function summaryTable(result: SuiteResult, style: Style): string {
  const rows = result.subjects.map((s) => {
    const checks = s.cases.flatMap((c) => c.checks);
    const worst = worstCheck(checks);
    return [
      s.passed ? style.green('PASS') : style.red('FAIL'),
      s.subject.title,
      s.subject.source,
      String(s.cases.length),
      String(checks.length),
      s.cases.reduce((n, c) => n + c.n, 0).toLocaleString('en-US'),
      worst?.test ?? '',
      worst === undefined ? '' : worst.statistic.toPrecision(4),
      worst?.pValue == null ? 'exact' : worst.pValue.toPrecision(3),
      worst?.threshold == null ? '' : worst.threshold.toExponential(2),
    ];
  });
  return formatTable(
    ['', 'initializer', 'stream', 'cases', 'checks', 'samples', 'closest check', 'statistic', 'p', 'Holm level'],
    rows,
    ['l', 'l', 'l', 'r', 'r', 'r', 'l', 'r', 'r', 'r'],
  );
}

function footer(result: SuiteResult, style: Style): string {
  const checks = result.subjects.flatMap((s) => s.cases.flatMap((c) => c.checks));
  const failures = result.subjects.flatMap((s) =>
    s.cases.flatMap((c) =>
      c.checks
        .filter((k) => k.rejected)
        .map(
          (k) =>
            `  ${s.subject.title} [${s.subject.source}], shape [${c.shape.join(', ')}], seed ${c.seed}, n = ${c.n}: ${k.test} statistic ${k.statistic.toPrecision(4)}, p = ${k.pValue === null ? 'exact' : k.pValue.toPrecision(3)}${k.threshold === null ? '' : ` ≤ ${k.threshold.toExponential(2)}`} (${k.detail})\n`,
        ),
    ),
  );
  const verdict = result.passed ? style.green('PASS') : style.red('FAIL');
  return (
    `${checks.length} checks, family-wise alpha ${result.alpha.toExponential()}: split over ${result.groups} statistical groups (Bonferroni), Holm within each; exact checks spend none.\n` +
    (failures.length === 0 ? '' : `\n${failures.length} rejected:\n${failures.join('')}\n`) +
    `${verdict}\n`
  );
}
