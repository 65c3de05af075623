import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

type TypeScript = typeof import('typescript');

/**
 * Worker threads run plain JavaScript, so FillPool is tested as users get it: rng's and
 * internal's sources transpiled to ES modules in `root` (a private folder, so a concurrent
 * `pnpm build` of dist/ cannot interfere), laid out as an install would be:
 * `root/rng/*.js` and `root/node_modules/@nninit/internal/*.js` with a package.json whose
 * exports point at the JavaScript. Transpiled file by file (no type check: typecheck does that).
 * Returns the folder of rng's JavaScript.
 */
export function buildForWorkers(root: string): string {
  const ts = createRequire(import.meta.url)('typescript') as TypeScript;
  const packages = fileURLToPath(new URL('../../../', import.meta.url));
  const rng = join(root, 'rng');
  const internal = join(root, 'node_modules', '@nninit', 'internal');
  transpileTree(ts, join(packages, 'rng', 'src'), rng);
  transpileTree(ts, join(packages, 'internal', 'src'), internal);
  writeFileSync(join(root, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(
    join(internal, 'package.json'),
    JSON.stringify({
      name: '@nninit/internal',
      type: 'module',
      exports: { '.': './index.js', './wasm': './wasm/index.js' },
    }),
  );
  return rng;
}

function transpileTree(ts: TypeScript, from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source)).replace(/\.ts$/, '.js');
    const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: source,
    });
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
}
