import type { VerifyReport } from './VerifyReport.js';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A run as JUnit XML, the format CI systems display (GitHub Actions reporters, GitLab,
 * Jenkins): one `<testsuite>` for the file, with the expectation and α as properties, one
 * `<testcase>` per tensor, and a `<failure>` listing each rejected check with its statistic,
 * p-value and Holm level.
 *
 * @example
 * ```ts
 * verifyJunit(report).startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="nninit verify"'); // true
 * ```
 */
export function verifyJunit(report: VerifyReport): string {
  const failures = report.tensors.filter((t) => t.verdict === 'fail').length;
  const cases = report.tensors.map((t) => {
    const rejected = t.checks.filter((c) => c.rejected);
    const failure =
      rejected.length === 0
        ? ''
        : `<failure message="${escapeXml(rejected.map((c) => `${c.test}: p = ${c.pValue}`).join('; '))}" type="distribution">${escapeXml(
            rejected
              .map(
                (c) => `${c.test}: statistic ${c.statistic}, p = ${c.pValue}, Holm level ${c.threshold} (${c.detail})`,
              )
              .join('\n'),
          )}</failure>`;
    const name = `${t.name} [${t.shape.join(', ')}] ${t.dtype} ~ ${t.label}`;
    return `    <testcase classname="nninit.verify" name="${escapeXml(name)}">${failure}</testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="nninit verify" tests="${report.tensors.length}" failures="${failures}">`,
    `  <testsuite name="${escapeXml(report.file)}" tests="${report.tensors.length}" failures="${failures}" errors="0">`,
    `    <properties><property name="expect" value="${escapeXml(report.expect)}"/><property name="layout" value="${report.layout}"/><property name="alpha" value="${report.alpha}"/></properties>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
