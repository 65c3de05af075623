import {
  type AnyParameters,
  type CanonicalInitializerName,
  type ConformanceSubject,
  type ConstantParameters,
  calculateGain,
  computeFans,
  conformanceSubjects,
  type DialectSpelling,
  type DiracParameters,
  deltaOrthogonal,
  describeDistribution,
  dirac,
  type Fans,
  type GainParameters,
  glorotNormal,
  glorotUniform,
  type HeParameters,
  heNormal,
  heUniform,
  type IidDistribution,
  type InitDistribution,
  type Initialization,
  type InitializationObject,
  type InitializerInfo,
  type InitializerName,
  type InitOptions,
  type InitSlice,
  identity,
  initialize,
  initializerNames,
  initializers,
  lecunNormal,
  lecunUniform,
  type Nonlinearity,
  type NoParameters,
  type NormalParameters,
  orthogonal,
  type ParametersOf,
  type RandomParameters,
  randomNormal,
  randomTruncatedNormal,
  randomUniform,
  type SparseParameters,
  type StructuredDistribution,
  sparse,
  type TruncatedNormalParameters,
  type UniformParameters,
  type VarianceScalingParameters,
  varianceScaling,
} from '@nninit/init';
import { RandomState } from '@nninit/rng';
import { describe, expect, it } from 'vitest';

// Every @example in the TSDoc of src/, and the README's, asserted as written.
describe('README example', () => {
  it('runs as written, and its comments are true', () => {
    const rng = new RandomState(3);
    const W1 = initialize([10, 2], 'he', { rng, dtype: 'float64' });
    const W2 = initialize([5, 10], 'he', { rng, dtype: 'float64' });
    const Z = initialize([5, 10], 'zeros');
    const numpy = new RandomState(3);
    expect(Array.from(W1.data)).toEqual(Array.from(numpy.randn(20), (z) => z * Math.sqrt(2 / 2)));
    expect(Array.from(W2.data)).toEqual(Array.from(numpy.randn(50), (z) => z * Math.sqrt(2 / 10)));
    expect(Z.data.every((x) => x === 0)).toBe(true);
    const conv = initialize(
      [64, 32, 3, 3],
      { name: 'variance_scaling', scale: 2, distribution: 'truncated_normal' },
      { seed: 0 },
    );
    expect(conv.shape).toEqual([64, 32, 3, 3]);
    expect(initialize([256, 128], 'random', { scale: 10, seed: 1 }).data).toEqual(
      initialize([256, 128], { name: 'random', scale: 10 }, { seed: 1 }).data,
    );
    expect(describeDistribution([256, 128], 'he')).toEqual({ family: 'normal', mean: 0, std: 0.125 });
  });
});

describe("README's Dialects example", () => {
  it('runs as written, and its comments are true', () => {
    // PyTorch: a, b absolute (±2 around mean 0, i.e. ±100σ for std 0.02).
    const vit = initialize([768, 768], { name: 'trunc_normal_', std: 0.02 }, { seed: 0 });
    expect(describeDistribution([768, 768], { name: 'trunc_normal_', std: 0.02 })).toEqual({
      family: 'truncated_normal',
      mean: 0,
      std: 0.02,
      low: -2,
      high: 2,
    });
    expect(vit.data.every((x) => Math.abs(x) <= 2)).toBe(true);
    // nn.Linear's default: kaiming_uniform_(a=√5) is U(±1/√fanIn).
    const linear = describeDistribution([256, 128], { name: 'kaiming_uniform_', a: Math.sqrt(5) });
    expect(linear.family).toBe('uniform');
    if (linear.family === 'uniform') expect(linear.high).toBeCloseTo(1 / Math.sqrt(128), 15);
    expect(initialize([256, 128], { name: 'kaiming_uniform_', a: Math.sqrt(5) }, { seed: 0 }).shape).toEqual([
      256, 128,
    ]);
    // Keras: truncated.
    expect(initialize([256, 128], 'HeNormal', { seed: 0 }).shape).toEqual([256, 128]);
    expect(describeDistribution([256, 128], 'HeNormal').family).toBe('truncated_normal');
    // Keras: stddev, not std.
    expect(initialize([256, 128], { name: 'RandomNormal', stddev: 0.02 }, { seed: 0 }).shape).toEqual([256, 128]);
    expect(describeDistribution([256, 128], { name: 'RandomNormal', stddev: 0.02 })).toEqual({
      family: 'normal',
      mean: 0,
      std: 0.02,
    });
    const name: DialectSpelling = 'kaiming_normal_';
    const c: Initialization = { name: 'RandomNormal', stddev: 0.02 };
    expect(describeDistribution([2, 2], name).family).toBe('normal');
    expect(describeDistribution([2], c)).toEqual({ family: 'normal', mean: 0, std: 0.02 });
  });
});

describe('TSDoc examples', () => {
  it('calculateGain, computeFans', () => {
    expect(calculateGain('relu')).toBe(Math.SQRT2);
    expect(calculateGain('tanh')).toBe(1.6666666666666667);
    expect(calculateGain('leaky_relu', 0.2)).toBe(1.3867504905630728);
    expect(calculateGain('leaky_relu', 1e200)).toBe(1.4142135623730953e-200);
    expect(computeFans([256, 128])).toEqual({ fanIn: 128, fanOut: 256 });
    expect(computeFans([64, 32, 3, 3])).toEqual({ fanIn: 288, fanOut: 576 });
  });

  it('initialize', () => {
    const rng = new RandomState(3);
    expect(initialize([10, 2], 'he', { rng, dtype: 'float64' }).get(0, 0)).toBe(1.7886284734303186);
    expect(initialize([2, 3], 'zeros').toArray()).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(initialize([256, 128], { name: 'random', scale: 10 }, { seed: 0 }).shape).toEqual([256, 128]);
  });

  it('InitSlice, and initialize with a slice', () => {
    const slice: InitSlice = { start: 1000, end: 2000 };
    expect(initialize([4096, 1024], 'he', { seed: 0, slice }).shape).toEqual([1000, 1024]);
    expect(initializers.orthogonal.sliceable).toBe(false);
    expect(initializers.he_normal.sliceable).toBe(true);
  });

  it('describeDistribution', () => {
    expect(describeDistribution([256, 128], 'he')).toEqual({ family: 'normal', mean: 0, std: 0.125 });
    expect(describeDistribution([64, 32, 3, 3], 'glorot_uniform')).toEqual({
      family: 'uniform',
      low: -0.08333333333333333,
      high: 0.08333333333333333,
    });
    expect(describeDistribution([100, 50], { name: 'variance_scaling', scale: 2 })).toEqual({
      family: 'truncated_normal',
      mean: 0,
      std: 0.2273694468677113,
      low: -0.4547388937354226,
      high: 0.4547388937354226,
    });
  });

  it('initializers, initializerNames', () => {
    expect(initializers.he_normal.aliases).toEqual(['he', 'kaiming_normal']);
    expect(initializers.he_normal.parameters).toEqual(['nonlinearity', 'param', 'mode']);
    expect(initializers.zeros.random).toBe(false);
    expect(Object.keys(initializers).includes('orthogonal')).toBe(true);
    expect(initializerNames.slice(0, 3)).toEqual(['zeros', 'ones', 'constant']);
    expect(new Set(conformanceSubjects.map((s) => s.name)).size === Object.keys(initializers).length).toBe(true);
    expect(conformanceSubjects[0]).toEqual({
      name: 'zeros',
      title: 'zeros',
      initialization: 'zeros',
      source: 'float32',
      kind: 'iid',
    });
    expect(initializerNames.includes('he')).toBe(true);
  });

  it('the fan-scaled named initializers', () => {
    expect(heNormal([2, 2], { rng: new RandomState(3), dtype: 'float64' }).toArray()).toEqual([
      [1.7886284734303186, 0.43650985051198943],
      [0.09649746807200862, -1.8634927033644908],
    ]);
    expect(Math.max(...heUniform([64, 24], { seed: 0 }).data.map(Math.abs)) < 0.5).toBe(true);
    expect(glorotNormal([300, 100], { seed: 0 }).shape).toEqual([300, 100]);
    expect(describeDistribution([300, 100], 'glorot_normal')).toEqual({
      family: 'normal',
      mean: 0,
      std: 0.07071067811865475,
    });
    expect(glorotUniform([4, 2], { seed: 0 }).data.every((x) => Math.abs(x) < 1)).toBe(true);
    expect(lecunNormal([10, 4], { seed: 0 }).size).toBe(40);
    expect(describeDistribution([10, 4], 'lecun_normal')).toEqual({ family: 'normal', mean: 0, std: 0.5 });
    expect(lecunUniform([8, 3], { seed: 0 }).data.every((x) => Math.abs(x) < 1)).toBe(true);
    const w = varianceScaling([100, 50], { scale: 2, seed: 0 });
    expect(w.data.every((x) => Math.abs(x) <= (2 * Math.sqrt(2 / 50)) / 0.87962566103423978)).toBe(true);
  });

  it('the plain distributions', () => {
    expect(randomNormal([3], { mean: 5, std: 0, seed: 1 }).toArray()).toEqual([5, 5, 5]);
    expect(randomUniform([1000], { low: 0, high: 0.5, seed: 0 }).data.every((x) => x >= 0 && x < 0.5)).toBe(true);
    expect(randomTruncatedNormal([1000], { std: 0.1, seed: 0 }).data.every((x) => Math.abs(x) <= 0.2)).toBe(true);
  });

  it('the structured initializers', () => {
    const q = orthogonal([2, 2], { rng: new RandomState(3), dtype: 'float64' });
    expect(q.get(0, 0) ** 2 + q.get(1, 0) ** 2).toBeCloseTo(1, 15);
    expect(identity([2, 3], { gain: 2 }).toArray()).toEqual([
      [2, 0, 0],
      [0, 2, 0],
    ]);
    expect(dirac([2, 2, 3]).toArray()).toEqual([
      [
        [0, 1, 0],
        [0, 0, 0],
      ],
      [
        [0, 0, 0],
        [0, 1, 0],
      ],
    ]);
    const s = sparse([10, 4], { sparsity: 0.3, seed: 0 });
    expect([0, 1, 2, 3].map((c) => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((r) => s.get(r, c) === 0).length)).toEqual([
      3, 3, 3, 3,
    ]);
    expect(deltaOrthogonal([4, 2, 3, 3], { seed: 0 }).get(0, 0, 0, 0)).toBe(0);
  });

  it('the types (checked by tsc, the values by vitest)', () => {
    const spec: IidDistribution = { family: 'normal', mean: 0, std: 0.125 };
    const structured: StructuredDistribution = { family: 'orthogonal', gain: 1, rows: 4, cols: 3 };
    const any: InitDistribution = { family: 'constant', value: 0 };
    const options: InitOptions<'float64'> = { seed: 0, dtype: 'float64' };
    const name: InitializerName = 'he_normal';
    const canonical: CanonicalInitializerName = 'glorot_uniform';
    const object: InitializationObject = { name: 'random', scale: 10 };
    const a: Initialization = 'he';
    const b: Initialization = { name: 'he', mode: 'fan_out' };
    const p: AnyParameters = { scale: 10 };
    const he: ParametersOf<'he_normal'> = { nonlinearity: 'leaky_relu', param: 0.2 };
    const subject: ConformanceSubject = {
      name: 'he_normal',
      title: 'he (fan_in, relu)',
      initialization: 'he',
      source: 'float32',
      kind: 'iid',
    };
    expect(describeDistribution([4, 3], { name: 'he_normal', ...he })).toMatchObject({ family: 'normal' });
    expect(conformanceSubjects).toContainEqual(subject);
    expect(describeDistribution([4, 3], 'orthogonal')).toEqual(structured);
    expect(initialize([2], 'zeros', options).dtype).toBe('float64');
    for (const i of [name, canonical, object, a, b]) expect(() => describeDistribution([4, 3], i)).not.toThrow();
    expect([spec.family, any.family, p.scale]).toEqual(['normal', 'constant', 10]);
  });

  it('the parameter types: each example is accepted by its initializer', () => {
    const fans: Fans = computeFans([256, 128]);
    expect(fans).toEqual({ fanIn: 128, fanOut: 256 });
    const info: InitializerInfo = initializers.glorot_uniform;
    expect(info.aliases).toEqual(['xavier_uniform']);
    const n: Nonlinearity = 'leaky_relu';
    const cases: [Initialization, object, number[]][] = [
      ['constant', { value: 0.1 } satisfies ConstantParameters, [2]],
      ['random', { scale: 10 } satisfies RandomParameters, [2]],
      ['normal', { mean: 0, std: 0.02 } satisfies NormalParameters, [2]],
      ['uniform', { low: -0.05, high: 0.05 } satisfies UniformParameters, [2]],
      ['truncated_normal', { std: 0.02, lower: -2, upper: 2 } satisfies TruncatedNormalParameters, [2]],
      ['he', { nonlinearity: n, param: 0.2, mode: 'fan_out' } satisfies HeParameters, [2, 2]],
      ['glorot_normal', { gain: 5 / 3 } satisfies GainParameters, [2, 2]],
      ['dirac', { groups: 2 } satisfies DiracParameters, [2, 2, 3]],
      ['sparse', { sparsity: 0.1 } satisfies SparseParameters, [2, 2]],
      [
        'variance_scaling',
        { scale: 2, mode: 'fan_in', distribution: 'truncated_normal' } satisfies VarianceScalingParameters,
        [2, 2],
      ],
      ['lecun_normal', {} satisfies NoParameters, [2, 2]],
    ];
    for (const [name, params, shape] of cases)
      expect(initialize(shape, name, { ...params, seed: 0 }).shape).toEqual(shape);
    const t = describeDistribution([2], 'truncated_normal', { std: 0.02, lower: -2, upper: 2 });
    expect(t).toEqual({ family: 'truncated_normal', mean: 0, std: 0.02, low: -0.04, high: 0.04 });
  });
});
