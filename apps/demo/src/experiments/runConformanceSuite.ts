import type { ConformanceSubject } from './ConformanceSubject.js';
import { checkIid } from './checkIid.js';
import { checkStructured } from './checkStructured.js';
import type { SubjectResult, SuiteResult } from './SuiteResult.js';
import { subjectSeed } from './subjectSeed.js';

const isStatistical = (s: ConformanceSubject): boolean =>
  s.kind === 'iid' || s.kind === 'orthogonal' || s.kind === 'sparse';

/**
 * Runs the conformance suite over `subjects` and keeps its false-alarm rate at `alpha`: the
 * statistical subjects (every i.i.d. one, the Haar checks of orthogonal, the nonzeros of sparse)
 * share α equally (Bonferroni), each spends its share with Holm's procedure over its own
 * checks, and the exact checks are deterministic and spend none. So a correct library fails
 * this suite with probability at most α, whatever the dependence between the checks.
 * Deterministic: each subject's cases come from {@link subjectSeed}(seed, title).
 *
 * @see S. Holm, "A simple sequentially rejective multiple test procedure", Scand. J. Statist. 6 (1979).
 * @example
 * ```ts
 * const result = runConformanceSuite(conformanceSubjects, { alpha: 1e-6, runs: 2, seed: 42 });
 * [result.passed, result.groups]; // [true, 27]
 * ```
 */
export function runConformanceSuite(
  subjects: readonly ConformanceSubject[],
  options: { alpha: number; runs: number; seed: number },
  onSubject?: (index: number, subject: ConformanceSubject) => void,
): SuiteResult {
  const groups = subjects.filter(isStatistical).length;
  const share = groups === 0 ? 0 : options.alpha / groups;
  const results = subjects.map((subject, index): SubjectResult => {
    onSubject?.(index, subject);
    const start = performance.now();
    const seed = subjectSeed(options.seed, subject.title);
    const alpha = isStatistical(subject) ? share : 0;
    const cases =
      subject.kind === 'iid'
        ? checkIid(subject, { alpha, runs: options.runs, seed })
        : checkStructured(subject, { alpha: alpha === 0 ? options.alpha : alpha, seed });
    const passed = cases.every((c) => c.checks.every((k) => !k.rejected));
    return { subject, alpha, cases, passed, seconds: (performance.now() - start) / 1000 };
  });
  return { passed: results.every((r) => r.passed), alpha: options.alpha, groups, subjects: results };
}
