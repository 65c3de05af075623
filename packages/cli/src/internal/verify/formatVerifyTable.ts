import type { VerifyReport } from './VerifyReport.js';

const p = (v: number): string => (v === 0 ? '0' : v >= 1e-3 ? v.toPrecision(3) : v.toExponential(2));

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The terminal form of a run: one row per check (the tensor's verdict, name, shape, dtype,
 * element count and declared distribution on its first row), then the family-wise α and how
 * Holm spent it, the checks that did not apply, and the verdict.
 *
 * @example
 * ```ts
 * formatVerifyTable(report).endsWith('PASS\n'); // for a report whose verdict is 'pass'
 * ```
 */
export function formatVerifyTable(report: VerifyReport): string {
  const header = ['', 'tensor', 'shape', 'dtype', 'n', 'declared', 'test', 'statistic', 'p', 'Holm level'];
  const right = [false, false, false, false, true, false, false, true, true, true];
  const rows = report.tensors.flatMap((t) =>
    t.checks.map((c, i) => [
      i === 0 ? t.verdict.toUpperCase() : '',
      i === 0 ? t.name : '',
      i === 0 ? `[${t.shape.join(', ')}]` : '',
      i === 0 ? t.dtype : '',
      i === 0 ? String(t.n) : '',
      i === 0 ? t.label : '',
      c.test,
      c.statistic.toPrecision(4),
      p(c.pValue),
      p(c.threshold),
    ]),
  );
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, j) => (right[j] ? cell.padStart(widths[j]!) : cell.padEnd(widths[j]!)))
      .join('  ')
      .trimEnd();
  const checks = report.tensors.flatMap((t) => t.checks.map((c) => ({ t, c })));
  const rejected = checks.filter(({ c }) => c.rejected);
  const skipped = report.tensors.flatMap((t) => t.skipped.map((s) => `  ${t.name}: ${s}\n`));
  return (
    `nninit verify ${report.file} (${report.format}) --expect ${report.expect} (layout ${report.layout})\n\n` +
    `${[line(header), ...rows.map(line)].join('\n')}\n\n` +
    `${plural(checks.length, 'check')} on ${plural(report.tensors.length, 'tensor')}, family-wise alpha ${report.alpha < 1e-3 ? report.alpha.toExponential() : report.alpha} (Holm across every check of every tensor).\n` +
    (skipped.length === 0 ? '' : `not applicable:\n${skipped.join('')}`) +
    (rejected.length === 0
      ? ''
      : `${rejected.length} rejected:\n${rejected.map(({ t, c }) => `  ${t.name}: ${c.test} p = ${p(c.pValue)} <= ${p(c.threshold)} (${c.detail})\n`).join('')}`) +
    `${report.verdict.toUpperCase()}\n`
  );
}
