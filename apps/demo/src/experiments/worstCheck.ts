import type { SuiteCheck } from './SuiteResult.js';

/**
 * The check closest to rejection: a rejected one first, then the smallest p-value; exact checks
 * (no p-value) only when there is no statistical one.
 *
 * @example
 * ```ts
 * worstCheck([{ test: 'ks', statistic: 0.01, pValue: 0.3, threshold: 1e-7, rejected: false, detail: '' },
 *             { test: 'chi-square-variance', statistic: 9e3, pValue: 0.02, threshold: 1e-7, rejected: false, detail: '' }])?.test; // 'chi-square-variance'
 * ```
 */
export function worstCheck(checks: readonly SuiteCheck[]): SuiteCheck | undefined {
  const rank = (k: SuiteCheck): number => (k.rejected ? -1 : (k.pValue ?? 2));
  return checks.reduce<SuiteCheck | undefined>(
    (worst, k) => (worst === undefined || rank(k) < rank(worst) ? k : worst),
    undefined,
  );
}
