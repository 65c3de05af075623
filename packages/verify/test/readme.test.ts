import { readFileSync } from 'node:fs';
import * as verify from '@nninit/verify';
import { describe, expect, it } from 'vitest';

/**
 * Runs the README's first code block as written: its import line is replaced by the package's
 * exports, and each `expression; // → value` line must evaluate to that (JSON) value.
 */
describe('README example', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const block = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
  it('runs, and every commented result is the real one', () => {
    const checks: [string, unknown][] = [];
    const body = block
      .split('\n')
      .map((line) => {
        if (line.startsWith('import ')) return '';
        const m = /^(.*);\s*\/\/ → (.+)$/.exec(line);
        if (!m) return line;
        checks.push([m[1]!, JSON.parse(m[2]!)]);
        return `__got.push(${m[1]});`;
      })
      .join('\n');
    const got: unknown[] = [];
    new Function('__verify', '__got', `const { ${Object.keys(verify).join(', ')} } = __verify;\n${body}`)(verify, got);
    expect(checks.length).toBeGreaterThanOrEqual(6);
    expect(got).toEqual(checks.map((c) => c[1]));
  });
});
