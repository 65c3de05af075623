// Prints the plain closing line CI reads, `N passed, N failed` (", N skipped" when any), summed
// over every package's vitest JSON report (.vitest/results.json, written by each `test` script);
// a test file that failed outside any test (in a hook) counts as one failure.
// Exits non-zero if a package that has tests wrote no report, so a crashed run cannot look green.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0,
  failed = 0,
  skipped = 0;
const missing = [];
for (const group of ['packages', 'apps']) {
  for (const name of readdirSync(join(root, group))) {
    const dir = join(root, group, name);
    if (!existsSync(join(dir, 'package.json'))) continue;
    const { scripts = {} } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (!scripts.test) continue;
    const report = join(dir, '.vitest', 'results.json');
    if (!existsSync(report)) {
      missing.push(`${group}/${name}`);
      continue;
    }
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    // A file whose setup failed (a beforeAll hook, an import) reports its tests as skipped, not
    // failed: count such a file as one failure, so the line cannot read "0 failed" on a red run.
    for (const file of r.testResults ?? []) {
      const anyFailed = (file.assertionResults ?? []).some((t) => t.status === 'failed');
      if (file.status === 'failed' && !anyFailed) failed += 1;
    }
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  }
}
if (missing.length > 0) console.log(`no test report from: ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(missing.length > 0 || failed > 0 ? 1 : 0);
