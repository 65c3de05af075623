import type { ConformanceCase, ConformanceFailure } from '../../conformance/ConformanceReport.js';
import { formatNumber } from '../formatNumber.js';

const shapeText = (shape: readonly number[]): string => `[${shape.join(', ')}]`;

/**
 * The readable summary of a harness run: the verdict, the number of cases and checks, the
 * family-wise α, then one line per failure (shape, seed, pooled draws, n, declared
 * distribution, test, statistic, p-value against its Holm level, detail); for a pass, the
 * smallest p-value and where it came from.
 *
 * @example
 * summarize([], [], 1e-6); // 'conformance: PASS, 0 cases, 0 checks, family-wise alpha 1e-6 (Holm)'
 */
export function summarize(
  cases: readonly ConformanceCase[],
  failures: readonly ConformanceFailure[],
  alpha: number,
): string {
  const numChecks = cases.reduce((s, c) => s + c.checks.length, 0);
  const head = `conformance: ${failures.length === 0 ? 'PASS' : 'FAIL'}, ${cases.length} cases, ${numChecks} checks, family-wise alpha ${formatNumber(alpha)} (Holm)`;
  if (failures.length === 0) {
    let best: { c: ConformanceCase; p: number; test: string } | undefined;
    for (const c of cases)
      for (const k of c.checks) if (best === undefined || k.pValue < best.p) best = { c, p: k.pValue, test: k.test };
    if (best === undefined) return head;
    return `${head}, smallest p = ${formatNumber(best.p)} (${best.test}, case ${best.c.index}: shape ${shapeText(best.c.shape)}, seed ${best.c.seed})`;
  }
  const lines = failures.map(
    (f) =>
      `  case ${f.caseIndex}: shape ${shapeText(f.shape)}, seed ${f.seed} (${f.draws} draw${f.draws === 1 ? '' : 's'}, n = ${f.n}), ${f.distribution}: ` +
      `${f.test} statistic ${formatNumber(f.statistic)}, p = ${formatNumber(f.pValue)} <= ${formatNumber(f.threshold)} (${f.detail})`,
  );
  return [head, ...lines].join('\n');
}
