import * as init from '@nninit/init';
import { expectCleanOutcome, hostileNumber, hostileOptions, hostileValue } from '@nninit/internal/testing';
import { philox } from '@nninit/rng';
import type { FillPool } from '@nninit/rng/parallel';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

// Every public function of @nninit/init on hostile input (NaN, ±Infinity, −0, huge numbers, wrong
// types, null, misspelled option keys): it returns a finite, well-formed result or throws a
// TypeError or RangeError whose message starts with its name. Fixed fast-check seed; the shapes
// that would pass validation are kept to at most 4096 elements (a valid huge shape is a slow
// fill, not a hostile input), while invalid ones and ones over the 4 GiB limit stay in.

type Untyped = (...args: unknown[]) => unknown;
const api = init as unknown as Record<string, Untyped>;
const SEED = 20261205;
const RUNS = 2000;
let inputs = 0;
const outcomes: Record<string, { returned: number; threw: number }> = {};
const count = (fn: string, outcome: 'returned' | 'threw'): void => {
  inputs++;
  outcomes[fn] ??= { returned: 0, threw: 0 };
  (outcomes[fn] as { returned: number; threw: number })[outcome]++;
};
afterAll(() => {
  console.log(`hostile.test.ts: ${inputs} inputs tried`, JSON.stringify(outcomes));
});

// The named initializers: every exported function but the five general ones.
const GENERAL = [
  'initialize',
  'initializeInto',
  'initializeParallel',
  'describeDistribution',
  'calculateGain',
  'computeFans',
  'validateInitialization',
];
const NAMED = Object.keys(init).filter((k) => typeof api[k] === 'function' && !GENERAL.includes(k));

const PARAMETERS = [...new Set(Object.values(init.initializers).flatMap((i) => i.parameters))];
const GOOD: Record<string, readonly unknown[]> = {
  seed: [0, 1, -7],
  rng: [philox(3)],
  dtype: ['float32', 'float64'],
  layout: ['torch', 'keras'],
  value: [0.5, -2],
  scale: [1, 10, 0],
  mean: [0, 1],
  std: [1, 0.1, 0],
  low: [-1, 0],
  high: [1, 0.5],
  a: [-2, -Infinity, 0.2],
  b: [2, Infinity],
  lower: [-2, -Infinity],
  upper: [2, Infinity],
  stddev: [0.05, 0],
  minval: [-0.05, 0],
  maxval: [0.05, 1],
  val: [0.3],
  nonlinearity: ['relu', 'tanh', 'leaky_relu'],
  param: [0.2],
  mode: ['fan_in', 'fan_out', 'fan_avg', 'fanIn', 'fanAvg'],
  distribution: ['truncated_normal', 'normal', 'untruncated_normal', 'uniform', 'truncatedNormal'],
  gain: [1, 2],
  groups: [1, 2],
  sparsity: [0.1, 0.5],
};

const size = (shape: unknown[]): number => shape.reduce<number>((p, d) => p * (d as number), 1);
const validDims = (shape: unknown[]): boolean =>
  shape.every((d) => typeof d === 'number' && Number.isSafeInteger(d) && d >= 0);
const hostileShape: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 4 }) },
  { weight: 2, arbitrary: fc.array(fc.nat(6), { minLength: 0, maxLength: 6 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(fc.nat(6), hostileNumber, hostileValue), { minLength: 1, maxLength: 4 })
      .filter((s) => !validDims(s) || size(s) <= 4096 || size(s) * 8 > 2 ** 32),
  },
  { weight: 1, arbitrary: hostileValue },
);
const parametersOf = (name: unknown): readonly string[] => {
  const info = Object.values(init.initializers).find((i) => i.name === name || i.aliases.includes(name as never));
  const dialect = Object.values(init.dialects).find((d) => d.spelling === name);
  return info?.parameters ?? dialect?.parameters ?? PARAMETERS;
};
// Options for an initializer: its parameters, rng, seed and dtype (and `extra`), each absent,
// valid or hostile, sometimes misspelled; now and then not an object at all.
const goodOptions = (keys: readonly string[]): fc.Arbitrary<Record<string, unknown>> =>
  fc.record(Object.fromEntries(keys.map((k) => [k, fc.constantFrom(...(GOOD[k] ?? [undefined]))])), {
    requiredKeys: [],
  });
const initOptions = (parameters: readonly string[], extra: readonly string[] = []) =>
  fc.oneof(
    // Mostly valid values, a seed, and one hostile value, so calls get past the first check.
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          goodOptions(['dtype', 'layout', ...parameters]),
          fc.constantFrom(...(GOOD['seed'] as number[])),
          fc.constantFrom(...parameters, 'dtype', 'layout', 'seed'),
          hostileValue,
        )
        .map(([o, seed, key, value]) => ({ ...o, seed, [key]: value })),
    },
    {
      weight: 4,
      arbitrary: fc
        .tuple(goodOptions(['dtype', 'layout', ...parameters]), fc.constantFrom(...(GOOD['seed'] as number[])))
        .map(([o, seed]) => ({ ...o, seed })),
    },
    { weight: 4, arbitrary: hostileOptions(['rng', 'seed', 'dtype', 'layout', ...extra, ...parameters], GOOD) },
    { weight: 1, arbitrary: hostileValue },
  );
// (initialization, options): a name (mostly a real one) with options for it, or an object with
// its parameters inline.
const hostileCall = (extra: readonly string[] = []): fc.Arbitrary<[unknown, unknown]> =>
  fc
    .oneof(
      fc.constantFrom(...init.initializerNames),
      fc.constantFrom(...init.initializerNames),
      fc.constantFrom(...Object.keys(init.dialects)),
      hostileValue,
    )
    .chain((name) =>
      fc.oneof(
        fc.tuple(fc.constant(name), initOptions(parametersOf(name), extra)),
        fc.tuple(
          hostileOptions(parametersOf(name), GOOD).map((p) => ({ ...p, name })),
          initOptions([], extra),
        ),
      ),
    );
// The canonical name of a named function: heNormal → he_normal, randomNormal → normal.
const canonicalOf = (fn: string): string | undefined =>
  Object.keys(init.initializers).find((name) => {
    const camel = name.replace(/_(.)/g, (_m, c: string) => c.toUpperCase());
    return fn === camel || fn === `random${camel[0]?.toUpperCase()}${camel.slice(1)}`;
  });

// A tensor of the requested shape whose data has one element per position.
function tensorOf(shape: unknown): (result: unknown) => string | undefined {
  return (result) => {
    const t = result as init.InitDistribution & { shape?: unknown; data?: ArrayLike<number> };
    if (!Array.isArray(t.shape) || JSON.stringify(t.shape) !== JSON.stringify(shape)) return 'shape differs';
    return t.data?.length === size(shape as unknown[]) ? undefined : 'data length differs from the shape';
  };
}

// A truncated normal's bound may be ±Infinity by request (a or b infinite): that is a declared
// half-line, not an overflow. Everything else in a declaration must be finite.
function finiteDeclaration(d: unknown): unknown {
  const x = d as { family?: unknown; low?: number; high?: number };
  if (x?.family !== 'truncated_normal') return d;
  return { ...x, low: Number.isFinite(x.low) ? x.low : 0, high: Number.isFinite(x.high) ? x.high : 0 };
}

const params = { seed: SEED, numRuns: RUNS };

describe('hostile input: a finite, well-formed result or a TypeError/RangeError naming the function', () => {
  it('initialize', () => {
    fc.assert(
      fc.property(hostileShape, hostileCall(), (shape, [initialization, options]) => {
        count(
          'initialize',
          expectCleanOutcome('initialize', () => api['initialize']?.(shape, initialization, options), tensorOf(shape)),
        );
      }),
      params,
    );
  });

  it('initialize with options.slice (a valid range, or hostile start, end, keys or object)', () => {
    const hostileSlice: fc.Arbitrary<unknown> = fc.oneof(
      { weight: 3, arbitrary: fc.record({ start: fc.nat(6), end: fc.nat(6) }) },
      {
        weight: 2,
        arbitrary: fc.record({ start: fc.oneof(fc.nat(6), hostileNumber), end: fc.oneof(fc.nat(6), hostileValue) }),
      },
      { weight: 1, arbitrary: hostileOptions(['start', 'end'], { start: [0, 1], end: [1, 2] }) },
      { weight: 1, arbitrary: hostileValue },
    );
    fc.assert(
      fc.property(hostileShape, hostileCall(), hostileSlice, (shape, [initialization, options], slice) => {
        const o = options !== null && typeof options === 'object' ? { ...options, slice } : options;
        const s = slice as { start: number; end: number };
        count(
          'initialize',
          expectCleanOutcome(
            'initialize',
            () => api['initialize']?.(shape, initialization, o),
            // Only a call that returned had a valid slice (or none): its rows are the result's first dimension.
            (r) => tensorOf(slice === undefined ? shape : [s.end - s.start, ...(shape as unknown[]).slice(1)])(r),
          ),
        );
      }),
      params,
    );
  });

  it('initializeInto (a NaN-filled target of the shape, or a hostile one)', () => {
    const target = (shape: unknown): fc.Arbitrary<unknown> =>
      fc.oneof(
        fc.constant(
          Array.isArray(shape) && validDims(shape) && size(shape) <= 4096
            ? new Float32Array(size(shape)).fill(Number.NaN)
            : new Float64Array(3),
        ),
        hostileValue,
      );
    fc.assert(
      fc.property(
        hostileShape.chain((shape) => fc.tuple(fc.constant(shape), target(shape))),
        hostileCall(['shape', 'slice']),
        ([shape, t], [initialization, options]) => {
          const o = options !== null && typeof options === 'object' ? { ...options, shape } : options;
          count(
            'initializeInto',
            expectCleanOutcome(
              'initializeInto',
              () => api['initializeInto']?.(t, initialization, o),
              (r) => (r === t && (r as Float32Array).every(Number.isFinite) ? undefined : 'not the filled target'),
            ),
          );
        },
      ),
      params,
    );
  });

  it.each(NAMED)('%s', (fn) => {
    const name = canonicalOf(fn);
    expect(name, `${fn} is the function of a registered initializer`).toBeDefined();
    fc.assert(
      fc.property(hostileShape, initOptions(parametersOf(name)), (shape, options) => {
        count(
          fn,
          expectCleanOutcome(fn, () => api[fn]?.(shape, options), tensorOf(shape)),
        );
      }),
      { seed: SEED, numRuns: RUNS / 2 },
    );
  });

  it('validateInitialization (no shape: a name, its parameters and whether it draws)', () => {
    fc.assert(
      fc.property(hostileCall(), ([initialization, options]) => {
        count(
          'validateInitialization',
          expectCleanOutcome(
            'validateInitialization',
            // The parameters are the caller's values, unchecked until there is a shape (an infinite
            // truncation bound is one), so only their names take part in the finiteness scan.
            () => {
              const v = api['validateInitialization']?.('validateInitialization', initialization, options) as
                | init.ValidatedInitialization
                | undefined;
              return v && { name: v.name, random: v.random, parameters: Object.keys(v.parameters) };
            },
            (v) => {
              const { name, random, parameters } = v as { name: unknown; random: unknown; parameters: unknown };
              return typeof name === 'string' && typeof random === 'boolean' && Array.isArray(parameters)
                ? undefined
                : 'not a validated initialization';
            },
          ),
        );
      }),
      params,
    );
  });

  it('describeDistribution', () => {
    fc.assert(
      fc.property(hostileShape, hostileCall(), (shape, [initialization, options]) => {
        count(
          'describeDistribution',
          expectCleanOutcome(
            'describeDistribution',
            () => finiteDeclaration(api['describeDistribution']?.(shape, initialization, options)),
            (d) => (typeof (d as { family?: unknown }).family === 'string' ? undefined : 'no family'),
          ),
        );
      }),
      params,
    );
  });

  it('initializeParallel (a pool that records what it is asked; nothing is large enough to use it)', async () => {
    const pool = {
      sampleNormal: async () => {},
      sampleUniform: async () => {},
      sampleTruncatedNormal: async () => {},
    } as unknown as FillPool;
    const call = fc.oneof(
      hostileCall(['pool', 'slice']).map(([i, o]): [unknown, unknown] => [
        i,
        o !== null && typeof o === 'object' && !('pool' in o) ? { ...o, pool } : o,
      ]),
      hostileCall(['pool', 'slice']),
    );
    await fc.assert(
      fc.asyncProperty(hostileShape, call, async (shape, [initialization, o]) => {
        let outcome: { value: unknown } | { error: unknown };
        try {
          outcome = { value: await api['initializeParallel']?.(shape, initialization, o) };
        } catch (error) {
          outcome = { error };
        }
        count(
          'initializeParallel',
          expectCleanOutcome(
            'initializeParallel',
            () => {
              if ('error' in outcome) throw outcome.error;
              return outcome.value;
            },
            tensorOf(shape),
          ),
        );
      }),
      params,
    );
  });

  it('calculateGain', () => {
    const nonlinearity = fc.oneof(
      fc.constantFrom('relu', 'leaky_relu', 'tanh', 'selu', 'linear', 'sigmoid', 'conv2d'),
      hostileValue,
    );
    fc.assert(
      fc.property(nonlinearity, fc.oneof(fc.constant(undefined), hostileValue), (n, p) => {
        count(
          'calculateGain',
          expectCleanOutcome(
            'calculateGain',
            () => api['calculateGain']?.(n, p),
            (g) => ((g as number) > 0 ? undefined : `gain ${g} is not positive`),
          ),
        );
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });

  it('computeFans', () => {
    fc.assert(
      fc.property(hostileShape, fc.oneof(fc.constant(undefined), hostileOptions(['layout'], GOOD)), (shape, o) => {
        count(
          'computeFans',
          expectCleanOutcome(
            'computeFans',
            () => api['computeFans']?.(shape, o),
            (f) => {
              const { fanIn, fanOut } = f as init.Fans;
              return Number.isSafeInteger(fanIn) && Number.isSafeInteger(fanOut) && fanIn >= 0 && fanOut >= 0
                ? undefined
                : 'fans are not non-negative integers';
            },
          ),
        );
      }),
      params,
    );
  });
});
