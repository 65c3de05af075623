import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, Record<string, string>>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  dependencies?: Record<string, string>;
};

/** Every module reachable from `entry` by relative imports and re-exports (type-only ones included). */
function reachable(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    for (const match of text.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/g)) {
      visit(resolve(dirname(file), match[1]!.replace(/\.js$/, '.ts')));
    }
  };
  visit(entry);
  return seen;
}

const mentionsVitest = (text: string): boolean =>
  /from\s+'vitest'|declare module 'vitest'|import\('vitest'\)/.test(text);

describe('packaging: the main entry does not need vitest', () => {
  it('no module the main entry reaches imports vitest or augments its types (so its .d.ts cannot)', () => {
    const modules = reachable(join(root, 'src/index.ts'));
    expect(modules.size).toBeGreaterThan(30);
    const offenders = [...modules].filter(([, text]) => mentionsVitest(text)).map(([file]) => file);
    expect(offenders).toEqual([]);
  });
  it('the matchers live in the @nninit/verify/vitest entry, which does reach vitest', () => {
    expect(packageJson.exports['./vitest']).toEqual({
      '@nninit/source': './src/vitest.ts',
      types: './dist/vitest.d.ts',
      default: './dist/vitest.js',
    });
    const modules = reachable(join(root, 'src/vitest.ts'));
    expect([...modules.values()].some(mentionsVitest)).toBe(true);
  });
  it('vitest is an optional peer dependency, never a dependency', () => {
    expect(packageJson.dependencies?.vitest).toBeUndefined();
    expect(packageJson.peerDependencies?.vitest).toBeDefined();
    expect(packageJson.peerDependenciesMeta?.vitest?.optional).toBe(true);
  });
});
