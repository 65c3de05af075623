import type { SuiteResult } from '../experiments/SuiteResult.js';
import { escapeXml } from '../plot/escapeXml.js';

const p = (v: number | null): string => (v === null ? 'exact' : v.toPrecision(4));

/**
 * The suite as JUnit XML, the format CI systems (GitHub Actions reporters, GitLab, Jenkins)
 * display: one `<testsuite>` per subject with its α share as a property, one `<testcase>` per
 * case (shape and seed), and a `<failure>` listing each rejected check with its statistic,
 * p-value and Holm level.
 *
 * @example
 * ```ts
 * junitXml(result).startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="nninit conformance"'); // true
 * ```
 */
export function junitXml(result: SuiteResult): string {
  const suites = result.subjects.map((s) => {
    const failures = s.cases.filter((c) => c.checks.some((k) => k.rejected)).length;
    const name = `${s.subject.title} [${s.subject.source}]`;
    const cases = s.cases.map((c) => {
      const rejected = c.checks.filter((k) => k.rejected);
      const caseName = `shape [${c.shape.join(', ')}], seed ${c.seed}, n = ${c.n}`;
      const failure =
        rejected.length === 0
          ? ''
          : `<failure message="${escapeXml(rejected.map((k) => `${k.test}: p = ${p(k.pValue)}`).join('; '))}" type="conformance">${escapeXml(
              rejected
                .map(
                  (k) =>
                    `${k.test}: statistic ${k.statistic}, p = ${p(k.pValue)}, level ${p(k.threshold)} (${k.detail})`,
                )
                .join('\n'),
            )}</failure>`;
      return `    <testcase classname="nninit.conformance.${escapeXml(s.subject.name)}" name="${escapeXml(caseName)}">${failure}</testcase>`;
    });
    return [
      `  <testsuite name="${escapeXml(name)}" tests="${s.cases.length}" failures="${failures}" errors="0" time="${s.seconds.toFixed(3)}">`,
      `    <properties><property name="alpha" value="${s.alpha}"/><property name="distribution" value="${escapeXml(s.cases[0]?.distribution ?? '')}"/></properties>`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const tests = result.subjects.reduce((n, s) => n + s.cases.length, 0);
  const failures = result.subjects.reduce(
    (n, s) => n + s.cases.filter((c) => c.checks.some((k) => k.rejected)).length,
    0,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="nninit conformance" tests="${tests}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`;
}
