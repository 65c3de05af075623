import type { TfjsAuditReport } from '@nninit/tfjs';
import { worstCheck } from './worstCheck.js';

/** One line of the audit-tfjs table, as text, before styling. */
export interface AuditTfjsRow {
  readonly verdict: 'PASS' | 'FAIL' | 'NOTE';
  readonly initializer: string;
  readonly configuration: string;
  /** The deciding check: the first rejected one, else the one closest to rejection. */
  readonly test: string;
  /** Its p-value, or 'exact'. */
  readonly p: string;
  /** Its Holm level, or '' for an exact check. */
  readonly level: string;
  /** Measured variance / documented variance, or '' where there is none. */
  readonly ratio: string;
  /** '[k]', the number of the finding in `findings`, or ''. */
  readonly finding: string;
  readonly canary: boolean;
}

/**
 * The audit report as table lines for `audit-tfjs`'s terminal table and HTML page: one line per
 * row with its deciding check, and the findings numbered once each (rows with the same finding,
 * such as the truncated family's, share its number).
 *
 * @example
 * ```ts
 * auditTfjsRows(report).rows[0]; // { verdict: 'FAIL', initializer: 'heNormal', test: 'ks', p: '1.18e-29', ratio: '0.783', finding: '[1]', … }
 * ```
 */
export function auditTfjsRows(report: TfjsAuditReport): { rows: AuditTfjsRow[]; findings: string[] } {
  const findings: string[] = [];
  const rows = report.rows.map((r): AuditTfjsRow => {
    const worst = worstCheck(r.checks);
    const text = r.finding;
    let k = text === '' ? -1 : findings.indexOf(text);
    if (text !== '' && k < 0) k = findings.push(text) - 1;
    return {
      verdict: r.verdict === 'pass' ? 'PASS' : r.verdict === 'fail' ? 'FAIL' : 'NOTE',
      initializer: r.initializer,
      configuration: r.configuration,
      test: worst?.test ?? '',
      p: worst?.pValue == null ? 'exact' : worst.pValue.toPrecision(3),
      level: worst?.threshold == null ? '' : worst.threshold.toExponential(2),
      ratio: r.varianceRatio === null ? '' : r.varianceRatio.toFixed(3),
      finding: k < 0 ? '' : `[${k + 1}]`,
      canary: r.canary,
    };
  });
  return { rows, findings };
}
