import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packAndInstall } from '@nninit/internal/testing';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The library packages as a user gets them: `pnpm pack` each one (its prepack script builds
 * dist/), install the tarballs into a fresh npm project outside the workspace, and import each
 * package from plain Node, without the workspace's source condition.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
// Dependency order: a package's build reads the built declarations of the packages it imports.
const libraries = ['internal', 'rng', 'tensor', 'io', 'verify', 'theory', 'init', 'train', 'tfjs'];
const work = mkdtempSync(join(tmpdir(), 'nninit-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Each snippet imports a package by name and prints a value that only works if it really loaded.
const smoke: Record<string, string> = {
  internal: `const { formatValue } = await import('@nninit/internal'); const { leb128 } = await import('@nninit/internal/wasm');
    console.log(formatValue([2, 3]), leb128(624485).length);`,
  rng: `const { philox, RandomState } = await import('@nninit/rng'); const { FillPool } = await import('@nninit/rng/parallel');
    const z = new Float64Array(2); new RandomState(3).fillNormal(z);
    const pool = new FillPool(2); const w = new Float64Array(200000); await pool.fillNormal(philox(1), w); await pool.close();
    const one = new Float64Array(200000); philox(1).fillNormal(one);
    console.log(z[0], w.every((v, i) => v === one[i]));`,
  tensor: `const { tensor } = await import('@nninit/tensor'); console.log(tensor([[1, 2], [3, 4]]).get(1, 0));`,
  io: `const { readNpy, writeNpy } = await import('@nninit/io'); const { openFile } = await import('@nninit/io/node');
    const a = readNpy(writeNpy({ dtype: 'float16', shape: [2], data: new Float32Array([0.5, 65504]) }));
    console.log(a.dtype, Array.from(a.data).join(','), typeof openFile);`,
  verify: `const { ksTest } = await import('@nninit/verify'); console.log(ksTest([0.1, 0.4, 0.7], (x) => x).n);`,
  theory: `const { meanField } = await import('@nninit/theory');
    console.log(meanField({ activation: 'tanh', weightStd: 1, biasStd: 0 }).phase);`,
  init: `const { initialize } = await import('@nninit/init'); const { RandomState } = await import('@nninit/rng');
    console.log(initialize([10, 2], 'he', { rng: new RandomState(3), dtype: 'float64' }).data[0]);`,
  tfjs: `await import('@tensorflow/tfjs-backend-cpu'); const { initializer } = await import('@nninit/tfjs');
    const { initialize } = await import('@nninit/init');
    const kernel = await initializer('he_normal', { seed: 1 }).apply([3, 2]).data();
    console.log(kernel[1] === initialize([2, 3], 'he_normal', { seed: 1 }).data[3]);`,
  train: `const { makeCircles } = await import('@nninit/train'); const { RandomState } = await import('@nninit/rng');
    console.log(makeCircles({ nSamples: 300, noise: 0.05, rng: new RandomState(1) }).x.shape.join('x'));`,
};
const expected: Record<string, string> = {
  internal: '[2,3] 3',
  rng: '1.7886284734303186 true',
  tensor: '3',
  io: 'float16 0.5,65504 function',
  verify: '3',
  theory: 'critical',
  init: '1.7886284734303186',
  train: '300x2',
  tfjs: 'true',
};

describe('packaging', () => {
  it('packs every library, installs the tarballs with npm outside the workspace and imports each one', () => {
    // @nninit/tfjs's peers (npm installs them) need a backend to compute on; users bring their own.
    const app = packAndInstall({ root, packages: libraries, work, extra: ['@tensorflow/tfjs-backend-cpu@4.22.0'] });
    for (const name of libraries) {
      const output = execFileSync(process.execPath, ['--input-type=module', '-e', smoke[name] as string], {
        cwd: app,
        encoding: 'utf8',
      });
      expect(output.trim(), `@nninit/${name}`).toBe(expected[name]);
    }
  }, 300_000);
});
