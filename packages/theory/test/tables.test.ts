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
    it('scripts/legendre_table.py reproduces src/internal/legendreTable.ts', () => {
      const generated = execFileSync('python3', [join(root, 'scripts', 'legendre_table.py')], { encoding: 'utf8' });
      expect(generated).toBe(readFileSync(join(root, 'src', 'internal', 'legendreTable.ts'), 'utf8'));
    });
  },
);
