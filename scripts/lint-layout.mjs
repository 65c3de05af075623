// The layout rules of docs/design.md ("Conventions"), checked over the tracked files, so that the
// folders keep saying what is public. Run by `pnpm lint`; exits 1 listing every violation.
//
// 1. Under packages/*/src, a file outside any `internal/` folder is public: an entry point of the
//    package (package.json "exports", "@nninit/source" condition) re-exports it. A "bin" target
//    (its source under src/) is an entry point too.
// 2. A public file exports at most one value (function, class or constant; types may go with
//    it), and the file is named after it.
// 3. No `@internal` TSDoc tags: the folder says it.
// 4. Tests import a package's public API by its name, as users do: never `../src/index.js`
//    (private modules under src/internal/ are imported by path).
// 5. No citations of the tracker ("the issue", "issue 12", "#12 says") and no paths into a
//    shared folder beside the checkout: readers of a clone can see neither.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f !== '');
const problems = [];
const read = (file) => readFileSync(join(root, file), 'utf8');

for (const manifest of tracked.filter((f) => /^packages\/[^/]+\/package\.json$/.test(f))) {
  const dir = dirname(manifest);
  const { exports = {}, bin = {} } = JSON.parse(read(manifest));
  const binSources = Object.values(bin).map((b) => b.replace(/^\.\/dist\//, './src/').replace(/\.js$/, '.ts'));
  const entries = [
    ...Object.values(exports).map((e) => (typeof e === 'object' ? e['@nninit/source'] : undefined)),
    ...binSources,
  ]
    .filter((e) => typeof e === 'string')
    .map((e) => join(dir, e));
  const reexported = new Set();
  for (const entry of entries) {
    for (const [, spec] of read(entry).matchAll(/from '(\.[^']+)'/g)) {
      reexported.add(join(dirname(entry), spec.replace(/\.js$/, '.ts')));
    }
  }
  const sources = tracked.filter((f) => f.startsWith(`${dir}/src/`) && f.endsWith('.ts'));
  for (const file of sources) {
    const text = read(file);
    if (/@internal\b/.test(text)) problems.push(`${file}: an @internal tag (private files live in internal/)`);
    if (file.split('/').includes('internal') || entries.includes(file)) continue;
    if (!reexported.has(file)) {
      problems.push(`${file}: public by its place but no entry point re-exports it (move it into internal/?)`);
    }
    // A name counts once: overload signatures repeat `export function name`.
    const values = [
      ...new Set([...text.matchAll(/^export (?:async )?(?:function\*?|class|const|let) (\w+)/gm)].map((m) => m[1])),
    ];
    const name = basename(file, '.ts');
    if (values.length > 1)
      problems.push(`${file}: exports ${values.length} values (${values.join(', ')}); one per file`);
    if (values.length === 1 && values[0] !== name) {
      problems.push(`${file}: exports ${values[0]} but is named ${name}`);
    }
  }
}

for (const file of tracked.filter((f) => /^(packages|apps)\/[^/]+\/test\/.*\.ts$/.test(f))) {
  if (/from '(\.\.\/)+src\/index\.js'/.test(read(file))) {
    problems.push(`${file}: imports ../src/index.js; import the package by its name (@nninit/…)`);
  }
}

// The sibling folder's path, spelled in parts so that this file, which states the rule, is not
// itself a file that points there.
const outside = ['..', 'shared'].join('/');
const cites = /\b(the issue|issues? #?\d+)\b|(^|[^\w&])#1[2-9]\b/i;
for (const file of tracked) {
  if (!/\.(ts|mjs|js|md|py|json|sh)$/.test(file) || file.startsWith('.ci/') || file.includes('/test/data/')) continue;
  if (file === relative(root, new URL(import.meta.url).pathname)) continue;
  const lines = read(file).split('\n');
  lines.forEach((line, i) => {
    if (cites.test(line)) problems.push(`${file}:${i + 1}: cites the tracker: ${line.trim().slice(0, 100)}`);
    if (line.includes(outside)) problems.push(`${file}:${i + 1}: points at ${outside}, outside the repository`);
  });
}

if (problems.length > 0) {
  console.error(`lint-layout: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('lint-layout: the layout follows docs/design.md');
