import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const demoDir = fileURLToPath(new URL('..', import.meta.url));

describe('pnpm demo', () => {
  it('prints He-initialized samples whose first RandomState(3) values are numpy\'s', () => {
    const output = execFileSync(
      process.execPath,
      ['--conditions=@nninit/source', '--import', '../../scripts/register-ts-node.mjs', 'src/main.ts'],
      { cwd: demoDir, encoding: 'utf8' },
    );
    // np.random.seed(3); np.random.randn(4) * sqrt(2/2), to six decimals.
    expect(output).toMatch(/RandomState\(3\) \(= numpy\)\s+1\.788628\s+0\.436510\s+0\.096497\s+-1\.863493/);
    const variances = [...output.matchAll(/variance (\d\.\d{4})/g)].map((m) => Number(m[1]));
    expect(variances).toHaveLength(4);
    for (const v of variances) expect(Math.abs(v - 1)).toBeLessThan(0.03); // sd of s² at n = 1e5 is 0.0045
  });
});
