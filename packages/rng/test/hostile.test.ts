import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expectCleanOutcome, hostileNumber, hostileValue } from '@nninit/internal/testing';
import type * as rngSource from '@nninit/rng';
import {
  fma,
  PhiloxSource,
  philox,
  philox4x32,
  RandomState,
  sampleNormal,
  sampleTruncatedNormal,
  sampleUniform,
  seedToKey,
} from '@nninit/rng';
import type * as parallelSource from '@nninit/rng/parallel';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildForWorkers } from './helpers/buildForWorkers.js';

/**
 * Every public function and method of @nninit/rng on hostile input (NaN, ±Infinity, −0, huge
 * numbers, wrong types): it returns finite, well-formed output (fills are checked through the
 * array they wrote) or throws a TypeError/RangeError whose message starts with its name.
 *
 * Bounded: output arrays have at most 8 elements, and counts that are valid but large (integers
 * in (10⁵, 2²⁹], which would allocate or loop for long) are replaced by small ones, so no call
 * can run long; counts above 2²⁹ stay, to exercise the size checks. Fixed fast-check seed.
 */
const SEED = 20261205;
const RUNS = 150;
let inputs = 0;

/** A count: hostile, or small; never a valid-but-slow size. */
const count = fc
  .oneof(hostileValue, fc.nat(9))
  .filter((v) => !(typeof v === 'number' && Number.isInteger(v) && v > 1e5 && v <= 2 ** 29));
/** An output array: usually a small float array, sometimes anything. */
const out = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(fc.boolean(), fc.nat(8)).map(([f32, n]) => (f32 ? new Float32Array(n) : new Float64Array(n))),
  },
  { weight: 1, arbitrary: hostileValue },
);
const number = fc.oneof(hostileNumber, hostileValue, fc.double({ min: -5, max: 5, noNaN: true }));
const source = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom('philox', 'randomState').map((k) => (k === 'philox' ? philox(7) : new RandomState(7))),
  },
  { weight: 1, arbitrary: hostileValue },
);

/** Runs `fill` and returns what it wrote into, for the finiteness check. */
function after<T>(fill: () => void, o: T): T {
  fill();
  return o;
}

function property<T extends unknown[]>(
  arbs: { [K in keyof T]: fc.Arbitrary<T[K]> },
  check: (...args: T) => void,
): void {
  fc.assert(
    fc.property(...(arbs as unknown as [fc.Arbitrary<unknown>]), (...args: unknown[]) => {
      inputs++;
      check(...(args as T));
    }),
    { seed: SEED, numRuns: RUNS },
  );
}

const cases: [string, () => void][] = [
  ['philox', () => property([hostileValue], (s) => expectCleanOutcome('philox', () => philox(s as number)))],
  ['seedToKey', () => property([hostileValue], (s) => expectCleanOutcome('seedToKey', () => seedToKey(s as number)))],
  [
    'philox4x32',
    () =>
      property(
        [
          fc.oneof(hostileValue, fc.array(hostileNumber, { maxLength: 5 })),
          fc.oneof(hostileValue, fc.array(hostileNumber, { maxLength: 3 })),
        ],
        (c, k) => expectCleanOutcome('philox4x32', () => philox4x32(c as number[], k as number[])),
      ),
  ],
  [
    'fma',
    () =>
      property([number, number, number], (a, b, c) =>
        expectCleanOutcome('fma', () => fma(a as number, b as number, c as number)),
      ),
  ],
  [
    'PhiloxSource',
    () =>
      property([fc.oneof(hostileValue, fc.tuple(hostileNumber, hostileNumber)), count], (k, p) =>
        expectCleanOutcome('PhiloxSource', () => new PhiloxSource(k as [number, number], p as number)),
      ),
  ],
  [
    'PhiloxSource.at',
    () => property([count], (p) => expectCleanOutcome('PhiloxSource.at', () => philox(1).at(p as number))),
  ],
  [
    'PhiloxSource.skip',
    () => property([count], (n) => expectCleanOutcome('PhiloxSource.skip', () => philox(1).skip(n as number))),
  ],
  [
    'PhiloxSource.fork',
    () =>
      property([fc.oneof(hostileValue, fc.string())], (l) =>
        expectCleanOutcome('PhiloxSource.fork', () => philox(1).fork(l as string)),
      ),
  ],
  [
    'PhiloxSource.split',
    () =>
      property([count], (n) =>
        expectCleanOutcome('PhiloxSource.split', () =>
          philox(1)
            .split(n as number)
            .map((c) => c.key),
        ),
      ),
  ],
  ...(['fillUniform', 'fillNormal'] as const).flatMap((m): [string, () => void][] => [
    [
      `PhiloxSource.${m}`,
      () =>
        property([out], (o) =>
          expectCleanOutcome(`PhiloxSource.${m}`, () => after(() => philox(1)[m](o as Float64Array), o)),
        ),
    ],
    [
      `RandomState.${m}`,
      () =>
        property([out], (o) =>
          expectCleanOutcome(`RandomState.${m}`, () => after(() => new RandomState(1)[m](o as Float64Array), o)),
        ),
    ],
  ]),
  ...(['PhiloxSource', 'RandomState'] as const).map((cls): [string, () => void] => [
    `${cls}.fillTruncatedNormal`,
    () =>
      property([out, number, number], (o, low, high) =>
        expectCleanOutcome(`${cls}.fillTruncatedNormal`, () => {
          const s = cls === 'PhiloxSource' ? philox(1) : new RandomState(1);
          s.fillTruncatedNormal(o as Float64Array, low as number, high as number);
          return o;
        }),
      ),
  ]),
  [
    'PhiloxSource.fillUint32',
    () =>
      property(
        [
          fc.oneof(
            hostileValue,
            fc.nat(8).map((n) => new Uint32Array(n)),
          ),
        ],
        (o) =>
          expectCleanOutcome('PhiloxSource.fillUint32', () => after(() => philox(1).fillUint32(o as Uint32Array), o)),
      ),
  ],
  [
    'RandomState',
    () => property([hostileValue], (s) => expectCleanOutcome('RandomState', () => new RandomState(s as number))),
  ],
  ...(['rand', 'randn', 'permutation'] as const).map((m): [string, () => void] => [
    `RandomState.${m}`,
    () => property([count], (n) => expectCleanOutcome(`RandomState.${m}`, () => new RandomState(1)[m](n as number))),
  ]),
  ...(['normal', 'uniform'] as const).map((m): [string, () => void] => [
    `RandomState.${m}`,
    () =>
      property([number, number, count], (a, b, n) =>
        expectCleanOutcome(`RandomState.${m}`, () => new RandomState(1)[m](a as number, b as number, n as number)),
      ),
  ]),
  [
    'RandomState.shuffle',
    () =>
      property([fc.oneof(hostileValue, fc.array(hostileNumber, { maxLength: 8 }))], (v) =>
        expectCleanOutcome('RandomState.shuffle', () => {
          new RandomState(1).shuffle(v as number[]);
          return Array.isArray(v) ? v.filter(Number.isFinite) : undefined; // the values are the caller's own
        }),
      ),
  ],
  [
    'sampleNormal',
    () =>
      property([source, out, number, number], (s, o, m, sd) =>
        expectCleanOutcome('sampleNormal', () =>
          after(() => sampleNormal(s as RandomState, o as Float64Array, m as number, sd as number), o),
        ),
      ),
  ],
  [
    'sampleUniform',
    () =>
      property([source, out, number, number], (s, o, a, b) =>
        expectCleanOutcome('sampleUniform', () =>
          after(() => sampleUniform(s as RandomState, o as Float64Array, a as number, b as number), o),
        ),
      ),
  ],
  [
    'sampleTruncatedNormal',
    () =>
      property([source, out, number, number, number, number], (s, o, m, sd, a, b) =>
        expectCleanOutcome('sampleTruncatedNormal', () =>
          after(
            () =>
              sampleTruncatedNormal(
                s as RandomState,
                o as Float64Array,
                m as number,
                sd as number,
                a as number,
                b as number,
              ),
            o,
          ),
        ),
      ),
  ],
];

describe('hostile input: every public function returns clean output or throws its own TypeError/RangeError', () => {
  it.each(cases)('%s', (_, run) => run());
});

// FillPool runs as users get it (worker threads need JavaScript; see buildForWorkers).
const root = mkdtempSync(join(tmpdir(), 'nninit-rng-hostile-'));
let built: typeof rngSource;
let pool: parallelSource.FillPool;
let FillPool: typeof parallelSource.FillPool;

beforeAll(async () => {
  const dir = buildForWorkers(root);
  built = (await import(pathToFileURL(join(dir, 'index.js')).href)) as typeof rngSource;
  ({ FillPool } = (await import(pathToFileURL(join(dir, 'parallel.js')).href)) as typeof parallelSource);
  pool = new FillPool(1);
}, 120_000);

afterAll(async () => {
  await pool?.close();
  rmSync(root, { recursive: true, force: true });
});

/** expectCleanOutcome for a promise: the settled value or rejection, judged alike. */
async function expectCleanAsync(fn: string, call: () => Promise<unknown>): Promise<void> {
  let outcome: { error: unknown } | { value: unknown };
  try {
    outcome = { value: await call() };
  } catch (error) {
    outcome = { error };
  }
  expectCleanOutcome(fn, () => {
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  });
}

describe('hostile input: FillPool', () => {
  it('the constructor (valid worker counts, which would spawn threads, left out)', () => {
    property([count.filter((v) => !(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 64))], (w) =>
      expectCleanOutcome('FillPool', () => new FillPool(w as number)),
    );
  });

  it.each([
    'fillUniform',
    'fillNormal',
    'fillTruncatedNormal',
    'sampleNormal',
    'sampleUniform',
    'sampleTruncatedNormal',
  ] as const)('FillPool.%s', async (method) => {
    const poolSource = fc.oneof(
      { weight: 4, arbitrary: fc.constant(null).map(() => built.philox(7)) },
      { weight: 1, arbitrary: hostileValue },
    );
    await fc.assert(
      fc.asyncProperty(poolSource, out, number, number, number, number, async (s, o, a, b, c, d) => {
        inputs++;
        const call = pool[method] as (...args: unknown[]) => Promise<void>;
        await expectCleanAsync(`FillPool.${method}`, async () => {
          await call.call(pool, s, o, a, b, c, d);
          return o;
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

afterAll(() => {
  // Reported by the test run: the number of hostile inputs tried.
  console.log(`rng hostile inputs tried: ${inputs}`);
  expect(inputs).toBeGreaterThan(0);
});
