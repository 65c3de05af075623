import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packAndInstall } from '@nninit/internal/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { numpySamples } from './helpers/numpySamples.js';

/**
 * The command as an npm user gets it: `pnpm pack` the cli and its workspace dependencies (each
 * prepack script builds dist/), install the tarballs with npm into a fresh project outside the
 * workspace, and run `npx nninit verify` there, with plain Node and no source condition. One
 * correct sample at α = 1e-6 (seed fixed) and one power canary.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
// Dependency order: a package's build reads the built declarations of the packages it imports.
const packages = ['internal', 'rng', 'tensor', 'io', 'verify', 'init', 'cli'];
const work = mkdtempSync(join(tmpdir(), 'nninit-cli-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('packaging', () => {
  it('packs the cli and its dependencies, installs the tarballs with npm and runs npx nninit verify', () => {
    const app = packAndInstall({ root, packages, work });
    const samples = numpySamples();
    try {
      // A clean environment: no pnpm script variables (INIT_CWD, npm_lifecycle_event) leak in.
      const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? work };
      const npx = (file: string) =>
        spawnSync('npx', ['--no', 'nninit', 'verify', join(samples, file), '--expect', 'he_normal'], {
          cwd: app,
          env,
          encoding: 'utf8',
        });
      const pass = npx('he_normal.npy');
      expect(pass.stderr).toBe('');
      expect(pass.stdout).toMatch(/^PASS {2}he_normal\.npy {2}\[128, 256\] {2}float32 {2}32768 /m);
      expect(pass.status).toBe(0);
      const fail = npx('canary_std_5pct.npy');
      expect(fail.stdout).toMatch(/^FAIL {2}canary_std_5pct\.npy /m);
      expect(fail.status).toBe(1);
    } finally {
      rmSync(samples, { recursive: true, force: true });
    }
  }, 300_000);
});
