import * as init from '@nninit/init';
import { describeDistribution, type Initialization, initialize, initializers } from '@nninit/init';
import { philox, RandomState } from '@nninit/rng';
import { describe, expect, it } from 'vitest';
import { DEFINITIONS } from '../src/internal/registry.js';

// Example configurations of the random initializers (shapes and parameters that they accept),
// then, for any random initializer these do not name, its definition's example.
const CASES: [Initialization, number[]][] = [
  [{ name: 'random', scale: 10 }, [30, 20]],
  ['normal', [600]],
  [{ name: 'uniform', low: 0, high: 2 }, [600]],
  ['truncated_normal', [600]],
  ['he_normal', [20, 10, 3]],
  [{ name: 'he_uniform', mode: 'fan_out' }, [30, 20]],
  ['glorot_normal', [30, 20]],
  ['glorot_uniform', [8, 4, 3, 3]],
  ['lecun_normal', [30, 20]],
  ['lecun_uniform', [30, 20]],
  [{ name: 'variance_scaling', mode: 'fan_avg' }, [30, 20]],
  ['orthogonal', [30, 20]],
  [{ name: 'sparse', sparsity: 0.25 }, [30, 20]],
  ['delta_orthogonal', [6, 4, 3, 3]],
];
const covered = new Set(CASES.map(([i]) => (typeof i === 'string' ? i : i.name)));
const RANDOM_CASES: [Initialization, number[]][] = [
  ...CASES,
  ...DEFINITIONS.filter((d) => d.random && !covered.has(d.name)).map((d): [Initialization, number[]] => [
    { name: d.name, ...d.example.parameters } as Initialization,
    [...d.example.shape],
  ]),
];

describe('reproducibility', () => {
  it('covers every random initializer in the registry', () => {
    const names = new Set(RANDOM_CASES.map(([i]) => (typeof i === 'string' ? i : i.name)));
    const random = Object.values(initializers).filter((i) => i.random);
    expect(random.length).toBeGreaterThan(0);
    for (const i of random) expect(names.has(i.name), i.name).toBe(true);
  });

  it.each(RANDOM_CASES)('%j: the same seed gives the same bits, another seed other bits', (initialization, shape) => {
    const a = initialize(shape, initialization, { seed: 12345 });
    expect(initialize(shape, initialization, { seed: 12345 }).data).toEqual(a.data);
    expect(initialize(shape, initialization, { rng: philox(12345) }).data).toEqual(a.data);
    expect(initialize(shape, initialization, { seed: 12346 }).data).not.toEqual(a.data);
  });

  it.each(RANDOM_CASES)('%j: float32 is the float64 draw rounded once', (initialization, shape) => {
    const f64 = initialize(shape, initialization, { seed: 7, dtype: 'float64' });
    const f32 = initialize(shape, initialization, { seed: 7 });
    expect(f32.dtype).toBe('float32');
    expect(f32.data).toEqual(Float32Array.from(f64.data));
  });

  it('seed 0 is a seed (tfjs treats it as unset): deterministic, and not seed 1 nor −1', () => {
    const zero = initialize([50], 'normal', { seed: 0 }).data;
    expect(initialize([50], 'normal', { seed: 0 }).data).toEqual(zero);
    expect(initialize([50], 'normal', { rng: philox(0) }).data).toEqual(zero);
    expect(initialize([50], 'normal', { seed: 1 }).data).not.toEqual(zero);
    expect(initialize([50], 'normal', { seed: -1 }).data).not.toEqual(zero);
  });

  it('a reused source continues its stream: two layers = one longer draw', () => {
    const rng = philox(9);
    const w1 = initialize([4, 3], 'normal', { rng, dtype: 'float64' });
    const w2 = initialize([5, 3], 'normal', { rng, dtype: 'float64' });
    const all = initialize([27], 'normal', { seed: 9, dtype: 'float64' });
    expect([...w1.data, ...w2.data]).toEqual([...all.data]);
  });

  it('a failing call draws nothing: the source is where it was', () => {
    const rng = new RandomState(2);
    expect(() => initialize([3, 0], 'he', { rng })).toThrow(RangeError);
    expect(() => initialize([3, 3], 'uniform', { rng, low: 1, high: 0 })).toThrow(RangeError);
    expect(() => initialize([3, 3], 'he', { rng, dtype: 'float16' as never })).toThrow(RangeError);
    expect(initialize([3, 3], 'normal', { rng, dtype: 'float64' }).data).toEqual(new RandomState(2).randn(9));
  });

  it('parameters in the object, in options, named function and aliases all give the same bits', () => {
    const ref = init.heNormal([20, 10], { mode: 'fan_out', seed: 3 }).data;
    for (const name of ['he', 'he_normal', 'kaiming_normal'] as const) {
      expect(initialize([20, 10], { name, mode: 'fan_out' }, { seed: 3 }).data).toEqual(ref);
      expect(initialize([20, 10], name, { mode: 'fan_out', seed: 3 }).data).toEqual(ref);
    }
    expect(init.varianceScaling([20, 10], { scale: 2, mode: 'fan_out', distribution: 'normal', seed: 3 }).data).toEqual(
      ref,
    );
    expect(init.randomUniform([9], { low: -1, high: 1, seed: 4 }).data).toEqual(
      initialize([9], { name: 'uniform', low: -1, high: 1 }, { seed: 4 }).data,
    );
  });

  it('returns a tensor of the given shape (copied), default float32, with the declared distribution', () => {
    const shape = [4, 2];
    const w = initialize(shape, 'glorot_uniform', { seed: 1 });
    shape[0] = 99;
    expect(w.shape).toEqual([4, 2]);
    expect(w.dtype).toBe('float32');
    const d = describeDistribution([4, 2], 'glorot_uniform');
    expect(d.family).toBe('uniform');
    if (d.family === 'uniform') expect(Array.from(w.data).every((x) => x >= d.low && x < d.high)).toBe(true);
  });

  it('uniform bounds stay half-open in float32: 0 is reachable as a low bound, never high', () => {
    const w = initialize([20000], 'uniform', { low: -1e-3, high: 0, seed: 11 });
    expect(Math.max(...w.data)).toBeLessThan(0);
    expect(Math.min(...w.data)).toBeGreaterThanOrEqual(Math.fround(-1e-3));
  });
});
