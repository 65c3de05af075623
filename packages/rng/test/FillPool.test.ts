import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as source from '@nninit/rng';

// Worker threads run plain JavaScript: test the pool as users get it, compiled by tsc (into a
// private folder, so a concurrent `pnpm build` of dist/ cannot interfere).
const built = mkdtempSync(join(tmpdir(), 'nninit-rng-'));
let rng: typeof source;
let pool: source.FillPool;

beforeAll(async () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const project = fileURLToPath(new URL('../tsconfig.build.json', import.meta.url));
  execFileSync(process.execPath, [tsc, '-p', project, '--outDir', built, '--sourceMap', 'false', '--declaration', 'false']);
  rng = (await import(pathToFileURL(join(built, 'index.js')).href)) as typeof source;
  pool = new rng.FillPool(2);
}, 120_000);

afterAll(async () => {
  await pool?.close();
  rmSync(built, { recursive: true, force: true });
});

describe('FillPool', () => {
  const n = 300_001; // odd, and large enough to be split between the two workers
  it.each([
    ['fillNormal', Float32Array], ['fillNormal', Float64Array],
    ['fillUniform', Float32Array], ['fillUniform', Float64Array],
    ['fillTruncatedNormal', Float64Array],
  ] as const)('%s into a %s equals the one-thread fill, shared buffer or not', async (method, Ctor) => {
    const call = (target: source.PhiloxSource, out: Float32Array | Float64Array): Promise<void> | void =>
      method === 'fillTruncatedNormal' ? pool.fillTruncatedNormal(target, out, -1, 2) : pool[method](target, out);
    const expected = new Ctor(n);
    const one = rng.philox(11).at(5);
    if (method === 'fillTruncatedNormal') one.fillTruncatedNormal(expected, -1, 2);
    else one[method](expected);

    const shared = new Ctor(new SharedArrayBuffer(n * Ctor.BYTES_PER_ELEMENT) as unknown as ArrayBuffer); // the ES2022 lib types only ArrayBuffer here
    const sharedSource = rng.philox(11).at(5);
    await call(sharedSource, shared);
    expect(shared).toEqual(expected);
    expect(sharedSource.position).toBe(5 + n);

    const plain = new Ctor(n);
    await call(rng.philox(11).at(5), plain);
    expect(plain).toEqual(expected);
  });

  it('fills small arrays on the calling thread, with the same bits', async () => {
    const small = new Float64Array(1000);
    await pool.fillNormal(rng.philox(3), small);
    const expected = new Float64Array(1000);
    rng.philox(3).fillNormal(expected);
    expect(small).toEqual(expected);
  });

  it('rejects what it cannot fill in parallel, before touching the source', async () => {
    await expect(pool.fillNormal(new rng.RandomState(1) as never, new Float64Array(4))).rejects.toThrow(
      new TypeError('FillPool.fillNormal: source must be a PhiloxSource (from philox(seed)), got a RandomState'),
    );
    const s = rng.philox(1);
    await expect(pool.fillUniform(s, [1, 2] as never)).rejects.toThrow(
      new TypeError('FillPool.fillUniform: out must be a Float32Array or Float64Array, got an array of length 2'),
    );
    expect(s.position).toBe(0);
    await expect(pool.fillTruncatedNormal(s, new Float64Array(2), 1, 0)).rejects.toThrow(
      new RangeError('FillPool.fillTruncatedNormal: low must be less than high, got low = 1, high = 0'),
    );
    expect(() => new rng.FillPool(0)).toThrow(new RangeError('FillPool: workers must be at least 1, got 0'));
    expect(() => new rng.FillPool(1.5)).toThrow(new RangeError('FillPool: workers must be a non-negative integer, got 1.5'));
  });
});
