import { describeDistribution, type Initialization, initialize, initializeInto } from '@nninit/init';
import { philox, RandomState } from '@nninit/rng';
import { Tensor, zeros } from '@nninit/tensor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// options.slice (the requirement): initialize(shape, init, { seed, slice }) returns exactly the
// given rows of the tensor the whole call would produce, bit for bit. Checked here for the i.i.d.
// families, both layouts, both dtypes and the in-place call; test/sliceRegistry.test.ts runs the
// same property over every name of the registry.

type Layout = 'torch' | 'keras';
type DType = 'float32' | 'float64';

const sameBits = (a: ArrayLike<number>, b: ArrayLike<number>): boolean =>
  a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

/** Cut points 0 = c₀ ≤ c₁ ≤ … ≤ cₖ = rows (empty slices included). */
const partition = (rows: number): fc.Arbitrary<number[]> =>
  fc.array(fc.integer({ min: 0, max: rows }), { maxLength: 4 }).map((cuts) => [0, ...cuts.sort((a, b) => a - b), rows]);

/** The slices [cᵢ, cᵢ₊₁) of a call, concatenated. */
function concatenated(
  shape: number[],
  initialization: Initialization,
  options: Record<string, unknown>,
  cuts: number[],
): Float32Array | Float64Array {
  const parts: (Float32Array | Float64Array)[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const slice = { start: cuts[i] as number, end: cuts[i + 1] as number };
    const t = initialize(shape, initialization, { ...options, slice });
    expect(t.shape).toEqual([slice.end - slice.start, ...shape.slice(1)]);
    parts.push(t.data);
  }
  const out = new (options['dtype'] === 'float64' ? Float64Array : Float32Array)(
    parts.reduce((n, p) => n + p.length, 0),
  );
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const IID: readonly Initialization[] = [
  'he',
  'he_uniform',
  'glorot_normal',
  'lecun_uniform',
  { name: 'normal', mean: -0, std: 0 },
  { name: 'normal', mean: 1, std: 2 },
  { name: 'uniform', low: -1, high: 3 },
  { name: 'uniform', low: 1, high: 1 },
  { name: 'glorot_uniform', gain: 0 },
  'truncated_normal',
  { name: 'truncated_normal', lower: 3, upper: Infinity },
  { name: 'variance_scaling', scale: 2, mode: 'fan_avg', distribution: 'truncated_normal' },
  'HeNormal',
  'kaiming_uniform_',
  'random',
];

describe('options.slice of the i.i.d. families', () => {
  it('the slices of any partition of the first dimension concatenate to the whole call, bit for bit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IID),
        fc
          .array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 })
          .chain((shape) => fc.tuple(fc.constant(shape), partition(shape[0] as number))),
        fc.constantFrom<DType>('float32', 'float64'),
        fc.constantFrom<Layout>('torch', 'keras'),
        fc.integer({ min: -5, max: 5 }),
        (initialization, [shape, cuts], dtype, layout, seed) => {
          // A rank-1 shape has no fans: only the unscaled families take it.
          const name = typeof initialization === 'string' ? initialization : initialization.name;
          if (shape.length < 2 && !['normal', 'uniform', 'truncated_normal', 'random'].includes(name)) return;
          const options = { seed, dtype, layout };
          const whole = initialize(shape, initialization, options).data;
          expect(sameBits(concatenated(shape, initialization, options, cuts), whole)).toBe(true);
        },
      ),
      { seed: 20261206, numRuns: 300 },
    );
  });

  it('reads an rng at its position without moving it; the whole call from the same position agrees', () => {
    const rng = philox(9);
    rng.skip(1234);
    const part = initialize([40, 30], 'he', { rng, slice: { start: 10, end: 25 } });
    expect(rng.position).toBe(1234);
    const whole = initialize([40, 30], 'he', { rng });
    expect(rng.position).toBe(1234 + 1200);
    expect(sameBits(part.data, whole.data.subarray(300, 750))).toBe(true);
  });

  it('the fans are the whole shape’s: a slice is not the call on the slice’s shape', () => {
    const part = initialize([8, 3], 'he_normal', { seed: 1, slice: { start: 0, end: 2 } });
    const small = initialize([2, 3], 'he_normal', { seed: 1 });
    const lecun = initialize([8, 3], 'lecun_normal', { seed: 1, slice: { start: 0, end: 2 } });
    // he = √2·lecun elementwise (same normals, σ √(2/3) vs √(1/3)), and small uses the same fan.
    expect(Array.from(part.data)).toEqual(Array.from(small.data));
    for (let i = 0; i < 6; i++) expect(part.data[i]).toBeCloseTo(Math.SQRT2 * (lecun.data[i] as number), 6);
    // fan_out differs between [8, 3] and [2, 3]: the slice uses the whole shape's 8.
    const out = initialize([8, 3], 'he_normal', { seed: 1, mode: 'fan_out', slice: { start: 0, end: 2 } });
    expect(out.data[0]).toBeCloseTo((small.data[0] as number) * Math.sqrt(3 / 8), 6);
  });

  it('allocates only the slice: a whole tensor over 4 GiB can be made in slices', () => {
    const shape = [1 << 20, 1 << 11]; // 2^31 float32 = 8 GiB whole
    expect(() => initialize(shape, 'he', { seed: 0 })).toThrow(/4 GiB|4294967296/);
    const last = initialize(shape, 'he', { seed: 0, slice: { start: (1 << 20) - 2, end: 1 << 20 } });
    expect(last.shape).toEqual([2, 1 << 11]);
    // The same elements as a smaller call that reads the stream at the same positions: element i
    // of he on any shape with fanIn 2048 is σ·z_i, so a [2^20, 2048] row r is the stream at r·2048.
    const rng = philox(0).at(((1 << 20) - 2) * (1 << 11));
    expect(sameBits(last.data, initialize([2, 1 << 11], 'he', { rng }).data)).toBe(true);
  });

  it('empty slices draw nothing and have the slice’s shape', () => {
    const t = initialize([4, 3, 2], 'he', { seed: 1, slice: { start: 2, end: 2 } });
    expect(t.shape).toEqual([0, 3, 2]);
    expect(initialize([0, 3], 'normal', { seed: 1, slice: { start: 0, end: 0 } }).shape).toEqual([0, 3]);
  });

  it('keras layout: the first dimension is the keras shape’s ([in, out] rows, or the first kernel dimension)', () => {
    const dense = initialize([5, 7], 'he', { seed: 2, layout: 'keras' });
    const rows = initialize([5, 7], 'he', { seed: 2, layout: 'keras', slice: { start: 1, end: 3 } });
    expect(rows.shape).toEqual([2, 7]);
    expect(sameBits(rows.data, dense.data.subarray(7, 21))).toBe(true);
    const conv = initialize([3, 2, 4, 5], 'he', { seed: 2, layout: 'keras' });
    const tap = initialize([3, 2, 4, 5], 'he', { seed: 2, layout: 'keras', slice: { start: 2, end: 3 } });
    expect(tap.shape).toEqual([1, 2, 4, 5]);
    expect(sameBits(tap.data, conv.data.subarray(80, 120))).toBe(true);
  });
});

describe('initializeInto with options.slice', () => {
  it('fills a typed array or a Tensor of the slice’s shape with initialize’s slice; options.shape is the whole', () => {
    const whole = initialize([6, 4, 3], 'glorot_uniform', { seed: 5, dtype: 'float64', layout: 'keras' });
    const a = new Float64Array(2 * 12).fill(Number.NaN);
    expect(
      initializeInto(a, 'glorot_uniform', { seed: 5, shape: [6, 4, 3], layout: 'keras', slice: { start: 3, end: 5 } }),
    ).toBe(a);
    expect(sameBits(a, whole.data.subarray(36, 60))).toBe(true);
    const t = new Tensor(new Float64Array(12).fill(Number.NaN), [1, 4, 3]);
    initializeInto(t, 'glorot_uniform', { seed: 5, shape: [6, 4, 3], layout: 'keras', slice: { start: 5, end: 6 } });
    expect(sameBits(t.data, whole.data.subarray(60, 72))).toBe(true);
  });

  it('rejects a target of the wrong size or shape, and a missing options.shape, before writing', () => {
    const a = new Float32Array(5).fill(Number.NaN);
    expect(() => initializeInto(a, 'he', { seed: 1, shape: [4, 3], slice: { start: 0, end: 2 } })).toThrow(
      new RangeError(
        "initializeInto: target must be the slice's length 6 (options.slice of options.shape [4,3]), got a Float32Array of length 5",
      ),
    );
    const t = zeros([3, 2]);
    expect(() => initializeInto(t, 'he', { seed: 1, shape: [4, 3], slice: { start: 0, end: 2 } })).toThrow(
      new RangeError(
        "initializeInto: target must be the slice's shape [2,3] (options.slice of options.shape [4,3]), got [3,2]",
      ),
    );
    expect(() => initializeInto(t, 'he', { seed: 1, slice: { start: 0, end: 2 } })).toThrow(
      new TypeError(
        "initializeInto: options.shape must be given with options.slice (the whole tensor's shape), got undefined",
      ),
    );
    expect(a.every(Number.isNaN)).toBe(true);
    expect(Array.from(t.data)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('options.slice errors', () => {
  const call =
    (slice: unknown, shape: number[] = [4, 3]): (() => unknown) =>
    () =>
      initialize(shape, 'he', { seed: 1, slice } as never);
  it.each([
    [null, TypeError, 'initialize: options.slice must be { start, end } (a range of shape[0]) or undefined, got null'],
    [
      [0, 2],
      TypeError,
      'initialize: options.slice must be { start, end } (a range of shape[0]) or undefined, got [0,2]',
    ],
    [{ start: 0 }, TypeError, 'initialize: options.slice.end must be an integer, got undefined'],
    [{ start: '0', end: 1 }, TypeError, 'initialize: options.slice.start must be an integer, got "0"'],
    [
      { start: -1, end: 1 },
      RangeError,
      'initialize: options.slice.start must be an integer in [0, shape[0]] = [0, 4], got -1',
    ],
    [
      { start: 0.5, end: 1 },
      RangeError,
      'initialize: options.slice.start must be an integer in [0, shape[0]] = [0, 4], got 0.5',
    ],
    [
      { start: 3, end: 2 },
      RangeError,
      'initialize: options.slice.end must be an integer in [start, shape[0]] = [3, 4], got 2',
    ],
    [
      { start: 0, end: 5 },
      RangeError,
      'initialize: options.slice.end must be an integer in [start, shape[0]] = [0, 4], got 5',
    ],
    [
      { start: 0, end: Number.NaN },
      RangeError,
      'initialize: options.slice.end must be an integer in [start, shape[0]] = [0, 4], got NaN',
    ],
    [
      { start: 0, end: 1, stop: 2 },
      RangeError,
      'initialize: each key of options.slice must be one of "start", "end", got "stop"',
    ],
    [
      { begin: 0, end: 1 },
      RangeError,
      'initialize: each key of options.slice must be one of "start", "end", got "begin"',
    ],
  ])('%j', (slice, Kind, message) => {
    expect(call(slice)).toThrow(new Kind(message));
  });

  it('a scalar has no first dimension', () => {
    expect(() => initialize([], 'zeros', { slice: { start: 0, end: 1 } })).toThrow(
      new RangeError(
        'initialize: options.slice must be undefined for a shape of rank 0 (no first dimension), got "{ start: 0, end: 1 }"',
      ),
    );
  });

  it('numpy’s RandomState cannot be read at a position: a TypeError naming options.rng, and nothing drawn', () => {
    const rng = new RandomState(3);
    expect(() => initialize([4, 3], 'he', { rng, slice: { start: 0, end: 2 } })).toThrow(
      new TypeError(
        "initialize: options.rng must be a PhiloxSource (from philox(seed), or give options.seed) when options.slice is given, got a RandomState (a slice reads the stream at its rows' positions; numpy's MT19937 stream can only be read in order)",
      ),
    );
    // Nothing was drawn: the next draw is numpy's first.
    expect(initialize([1, 1], 'normal', { rng, dtype: 'float64' }).data[0]).toBe(1.7886284734303186);
  });

  it('a slice that the whole call could not make (the stream would pass 2^53) is an error', () => {
    const rng = philox(1).at(2 ** 53 - 10);
    expect(() => initialize([4, 3], 'he', { rng, slice: { start: 0, end: 1 } })).toThrow(
      new RangeError(
        "initialize: options.rng's position + the shape's size must stay below 2^53 (as the whole call's would), got 9007199254740982 + 12",
      ),
    );
  });

  it('describeDistribution does not take a slice', () => {
    expect(() => describeDistribution([4, 3], 'he', { slice: { start: 0, end: 1 } } as never)).toThrow(
      new RangeError(
        'describeDistribution: each key of options must be one of "rng", "seed", "dtype", "layout", "nonlinearity", "param", "mode", got "slice"',
      ),
    );
  });
});
