import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
function hasPython(): boolean {
  try {
    execFileSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const python = hasPython();
if (!python && process.env.CI !== undefined) {
  throw new Error('tables.test.ts: python3 with numpy is missing under CI; it is needed to check the generated table');
}

describe.skipIf(!python)(
  'the Python-generated quadrature table is fresh (skipped: python3 with numpy not found)',
  () => {
    // numpy's leggauss refines its nodes by Newton steps whose last bits changed between numpy
    // 1.24 and 2.4 (weights differ by up to 2e-14 relative): the committed table (numpy 2.4.6,
    // requirements.txt) must match any numpy's output in its text and to 1e-13 in every number,
    // far below the quadrature's 1e-10 accuracy target.
    it('scripts/legendre_table.py reproduces src/internal/legendreTable.ts', () => {
      const generated = execFileSync('python3', [join(root, 'scripts', 'legendre_table.py')], { encoding: 'utf8' });
      const committed = readFileSync(join(root, 'src', 'internal', 'legendreTable.ts'), 'utf8');
      const number = /-?\d+\.\d+(?:e[-+]?\d+)?/g;
      expect(generated.replace(number, '#')).toBe(committed.replace(number, '#'));
      const a = generated.match(number)!.map(Number),
        b = committed.match(number)!.map(Number);
      expect(a).toHaveLength(b.length);
      a.forEach((x, i) => expect(Math.abs(x - b[i]!), `number ${i}`).toBeLessThanOrEqual(1e-13 * Math.abs(b[i]!)));
    });
  },
);
