import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numpySamples } from './helpers/numpySamples.js';

/**
 * `pnpm nninit verify …` from the repository root, as the README says: the root script runs the
 * package's start script in packages/cli, so a path relative to the root only works if it is
 * resolved against INIT_CWD. α = 1e-6 for the one correct sample (seed fixed).
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const pnpm = process.env.npm_execpath;
let dir: string;
beforeAll(() => {
  dir = numpySamples();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pnpm nninit from the repository root', () => {
  it('resolves a path relative to the root, and exits 0 for a pass and 1 for a fail', () => {
    expect(pnpm, 'run the tests through pnpm, which sets npm_execpath').toBeTruthy();
    const path = relative(root, join(dir, 'he_normal.npy'));
    const out = execFileSync(process.execPath, [pnpm as string, 'nninit', 'verify', path, '--expect', 'he_normal'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toMatch(/^PASS {2}he_normal\.npy /m);
    const canary = spawnSync(
      process.execPath,
      [pnpm as string, 'nninit', 'verify', relative(root, join(dir, 'canary_fan_out.npy')), '--expect', 'he_normal'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(canary.stdout).toMatch(/^FAIL {2}canary_fan_out\.npy /m);
    expect(canary.status).toBe(1);
  });
});
