import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as rngSource from '@nninit/rng';
import type * as parallelSource from '@nninit/rng/parallel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Worker threads run plain JavaScript: test the pool as users get it, compiled by tsc (into a
// private folder, so a concurrent `pnpm build` of dist/ cannot interfere).
const built = mkdtempSync(join(tmpdir(), 'nninit-rng-'));
let rng: typeof rngSource;
let pool: parallelSource.FillPool;

beforeAll(async () => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const project = fileURLToPath(new URL('../tsconfig.build.json', import.meta.url));
  execFileSync(process.execPath, [
    tsc,
    '-p',
    project,
    '--outDir',
    built,
    '--sourceMap',
    'false',
    '--declaration',
    'false',
  ]);
  rng = (await import(pathToFileURL(join(built, 'index.js')).href)) as typeof rngSource;
  const { FillPool } = (await import(pathToFileURL(join(built, 'parallel.js')).href)) as typeof parallelSource;
  pool = new FillPool(2);
}, 120_000);

afterAll(async () => {
  await pool?.close();
  rmSync(built, { recursive: true, force: true });
});

type Out = Float32Array | Float64Array;
type Source = rngSource.PhiloxSource;
const n = 300_001; // odd, and large enough to be split between the two workers

/** Each case: the one-thread call and the pool's call, with the same arguments. */
const cases: [string, (s: Source, out: Out) => void, (s: Source, out: Out) => Promise<void>][] = [
  ['fillNormal', (s, o) => s.fillNormal(o), (s, o) => pool.fillNormal(s, o)],
  ['fillUniform', (s, o) => s.fillUniform(o), (s, o) => pool.fillUniform(s, o)],
  ['fillTruncatedNormal', (s, o) => s.fillTruncatedNormal(o, -1, 2), (s, o) => pool.fillTruncatedNormal(s, o, -1, 2)],
  ['sampleNormal', (s, o) => rng.sampleNormal(s, o, 0.5, 0.1), (s, o) => pool.sampleNormal(s, o, 0.5, 0.1)],
  ['sampleUniform', (s, o) => rng.sampleUniform(s, o, -0.3, 0.3), (s, o) => pool.sampleUniform(s, o, -0.3, 0.3)],
  [
    'sampleTruncatedNormal',
    (s, o) => rng.sampleTruncatedNormal(s, o, 0, 0.2, -0.4, 0.4),
    (s, o) => pool.sampleTruncatedNormal(s, o, 0, 0.2, -0.4, 0.4),
  ],
];

describe('FillPool', () => {
  it.each(
    cases.flatMap(([name, one, parallel]) =>
      [Float32Array, Float64Array].map((Ctor) => [name, Ctor.name, Ctor, one, parallel] as const),
    ),
  )('%s into a %s equals the one-thread call, shared buffer or not', async (_, __, Ctor, one, parallel) => {
    const expected = new Ctor(n);
    one(rng.philox(11).at(5), expected);

    const shared = new Ctor(new SharedArrayBuffer(n * Ctor.BYTES_PER_ELEMENT) as unknown as ArrayBuffer); // the ES2022 lib types only ArrayBuffer here
    const sharedSource = rng.philox(11).at(5);
    await parallel(sharedSource, shared);
    expect(shared).toEqual(expected);
    expect(sharedSource.position).toBe(5 + n);

    const plain = new Ctor(n);
    await parallel(rng.philox(11).at(5), plain);
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
    await expect(pool.fillTruncatedNormal(s, new Float64Array(2), 1, 0)).rejects.toThrow(
      new RangeError('FillPool.fillTruncatedNormal: low must be less than high, got low = 1, high = 0'),
    );
    await expect(pool.sampleNormal(s, new Float64Array(2), 0, -1)).rejects.toThrow(
      new RangeError('FillPool.sampleNormal: std must be non-negative, got -1'),
    );
    await expect(pool.sampleUniform(s, new Float64Array(2), 1, 1)).rejects.toThrow(
      new RangeError('FillPool.sampleUniform: low must be less than high, got low = 1, high = 1'),
    );
    await expect(pool.sampleTruncatedNormal(s, new Float64Array(2), 0, 0, -1, 1)).rejects.toThrow(
      new RangeError('FillPool.sampleTruncatedNormal: std must be positive, got 0'),
    );
    expect(s.position).toBe(0);
    const { FillPool } = (await import(pathToFileURL(join(built, 'parallel.js')).href)) as typeof parallelSource;
    expect(() => new FillPool(0)).toThrow(new RangeError('FillPool: workers must be at least 1, got 0'));
    expect(() => new FillPool(1.5)).toThrow(
      new RangeError('FillPool: workers must be a non-negative integer, got 1.5'),
    );
  });
});
