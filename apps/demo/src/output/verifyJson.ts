import type { SuiteResult } from '../experiments/SuiteResult.js';

/**
 * The machine-readable result of `verify --json`: the verdict, the family-wise α and how it was
 * divided, and for every subject every case and check (test, statistic, p-value, Holm level,
 * verdict, detail). Exact checks have null p-values and levels.
 *
 * @example
 * ```ts
 * verifyJson(result).subjects[0]; // { name: 'zeros', title: 'zeros', source: 'float32', alpha: 3.7037037037037036e-8, passed: true, seconds: 0.05, cases: [...] }
 * ```
 */
export function verifyJson(result: SuiteResult): object {
  return {
    passed: result.passed,
    alpha: result.alpha,
    groups: result.groups,
    subjects: result.subjects.map((s) => ({
      name: s.subject.name,
      title: s.subject.title,
      source: s.subject.source,
      alpha: s.alpha,
      passed: s.passed,
      seconds: s.seconds,
      cases: s.cases,
    })),
  };
}
