import type { SuiteResult } from '../experiments/SuiteResult.js';
import { worstCheck } from '../experiments/worstCheck.js';
import { escapeXml } from '../plot/escapeXml.js';

/**
 * The conformance results as an HTML table for the report: per subject the verdict, the
 * initializer and its parameters, dtype and stream, cases, checks, samples, and the check
 * closest to rejection with its statistic, p-value and Holm level.
 *
 * @example
 * ```ts
 * verifyTable(result).match(/<tr>/g)?.length; // one row per subject, plus the header
 * ```
 */
export function verifyTable(result: SuiteResult): string {
  const rows = result.subjects.map((s) => {
    const checks = s.cases.flatMap((c) => c.checks);
    const worst = worstCheck(checks);
    const samples = s.cases.reduce((n, c) => n + c.n, 0);
    const cells = [
      `<td class="${s.passed ? 'pass' : 'fail'}">${s.passed ? 'PASS' : 'FAIL'}</td>`,
      `<td>${escapeXml(s.subject.title)}</td>`,
      `<td>${escapeXml(s.subject.source)}</td>`,
      `<td class="num">${s.cases.length}</td>`,
      `<td class="num">${checks.length}</td>`,
      `<td class="num">${samples.toLocaleString('en-US')}</td>`,
      `<td>${escapeXml(worst?.test ?? '')}</td>`,
      `<td class="num">${worst === undefined ? '' : worst.statistic.toPrecision(4)}</td>`,
      `<td class="num">${worst?.pValue == null ? 'exact' : worst.pValue.toPrecision(3)}</td>`,
      `<td class="num">${worst?.threshold == null ? '' : worst.threshold.toExponential(2)}</td>`,
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  const head = [
    '',
    'initializer',
    'stream',
    'cases',
    'checks',
    'samples',
    'closest check',
    'statistic',
    'p-value',
    'Holm level',
  ]
    .map((h) => `<th>${h}</th>`)
    .join('');
  return `<table class="results"><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}
