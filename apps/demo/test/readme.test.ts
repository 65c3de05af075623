import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('shows exactly the conformance example that test/readme-conformance.test.ts runs', () => {
    const example = readFileSync(new URL('./readme-conformance.test.ts', import.meta.url), 'utf8');
    const block = /```ts\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('## Running the conformance suite')))?.[1];
    expect(block).toBe(example);
  });

  it('links screenshots that exist', () => {
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1] as string);
    expect(images).toEqual(['docs/compare-report.png', 'docs/deep-report.png']);
    for (const image of images) expect(existsSync(new URL(`../${image}`, import.meta.url)), image).toBe(true);
  });
});
