import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as rngSource from '@nninit/rng';
import type * as parallelSource from '@nninit/rng/parallel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildForWorkers } from './helpers/buildForWorkers.js';

// Worker threads run plain JavaScript: test the pool as users get it (see buildForWorkers).
const root = mkdtempSync(join(tmpdir(), 'nninit-rng-'));
let built: string;
let rng: typeof rngSource;
let pool: parallelSource.FillPool;

beforeAll(async () => {
  built = buildForWorkers(root);
  rng = (await import(pathToFileURL(join(built, 'index.js')).href)) as typeof rngSource;
  const { FillPool } = (await import(pathToFileURL(join(built, 'parallel.js')).href)) as typeof parallelSource;
  pool = new FillPool(2);
}, 120_000);

afterAll(async () => {
  await pool?.close();
  rmSync(root, { recursive: true, force: true });
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
      new TypeError('FillPool.fillUniform: out must be a Float32Array or Float64Array, got [1,2]'),
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

  it('caps the worker count', async () => {
    const { FillPool } = (await import(pathToFileURL(join(built, 'parallel.js')).href)) as typeof parallelSource;
    expect(FillPool.MAX_WORKERS).toBe(64);
    expect(() => new FillPool(65)).toThrow(new RangeError('FillPool: workers must be at most 64, got 65'));
    expect(() => new FillPool(1e9)).toThrow(new RangeError('FillPool: workers must be at most 64, got 1000000000'));
  });
});

describe('a FillPool that can no longer fill says so', () => {
  it('after close(), large and small fills reject, and a fill pending at close() rejects too', async () => {
    const { FillPool } = (await import(pathToFileURL(join(built, 'parallel.js')).href)) as typeof parallelSource;
    const closing = new FillPool(2);
    const pending = expect(closing.fillNormal(rng.philox(1), new Float64Array(400_000))).rejects.toThrow(
      'FillPool: the pool is closed; create a new FillPool',
    );
    await closing.close();
    await pending;
    const s = rng.philox(1);
    await expect(closing.fillNormal(s, new Float64Array(400_000))).rejects.toThrow(
      new Error('FillPool.fillNormal: the pool is closed; create a new FillPool'),
    );
    await expect(closing.sampleUniform(s, new Float32Array(10), 0, 1)).rejects.toThrow(
      new Error('FillPool.sampleUniform: the pool is closed; create a new FillPool'),
    );
    expect(s.position).toBe(0);
  });

  it('when a worker dies (its file fails to load), pending and later calls reject; nothing is respawned', async () => {
    const broken = buildForWorkers(join(root, 'broken'));
    unlinkSync(join(broken, 'internal', 'fillPool', 'fillWorker.js'));
    const { FillPool } = (await import(pathToFileURL(join(broken, 'parallel.js')).href)) as typeof parallelSource;
    const { philox } = (await import(pathToFileURL(join(broken, 'index.js')).href)) as typeof rngSource;
    const dying = new FillPool(2);
    // The worker may die before or after this call starts: pending or refused, it rejects.
    await expect(dying.fillNormal(philox(1), new Float64Array(400_000))).rejects.toThrow(
      /^FillPool(\.fillNormal)?: a worker (failed|exited).*; create a new FillPool$/,
    );
    await expect(dying.fillNormal(philox(1), new Float64Array(400_000))).rejects.toThrow(
      /^FillPool\.fillNormal: a worker (failed|exited)/,
    );
    const small = new Float64Array(10);
    await expect(dying.fillUniform(philox(1), small)).rejects.toThrow(/^FillPool\.fillUniform: a worker/);
    expect(small).toEqual(new Float64Array(10));
    await dying.close();
    await expect(dying.fillUniform(philox(1), small)).rejects.toThrow(/^FillPool\.fillUniform: a worker/);
  });
});
