import {
  calculateGain,
  describeDistribution,
  dialects,
  type IidDistribution,
  type InitDistribution,
  type Initialization,
  initialize,
  initializers,
} from '@nninit/init';
import { philox } from '@nninit/rng';
import { describe, expect, it } from 'vitest';

// Every dialect spelling against its framework's documented formula and defaults, written here
// from the framework sources (not from the dialect table): torch/nn/init.py,
// keras/src/initializers/{random,constant}_initializers.py and tfjs-layers 4.22's
// src/initializers.ts. Shapes are nninit's [fanOut, fanIn, ...]: [20, 10] has fanIn 10, fanOut
// 20, fan_avg 15.

/** Keras's (and JAX's) std of N(0, 1) truncated to ±2, by which VarianceScaling divides. */
const C = 0.87962566103423978;
const DENSE = [20, 10];
const normal = (mean: number, std: number): IidDistribution => ({ family: 'normal', mean, std });
const uniform = (low: number, high: number): IidDistribution => ({ family: 'uniform', low, high });
const symmetric = (limit: number): IidDistribution => uniform(-limit, limit);
const constant = (value: number): IidDistribution => ({ family: 'constant', value });
const truncated = (mean: number, std: number, low: number, high: number): IidDistribution => ({
  family: 'truncated_normal',
  mean,
  std,
  low,
  high,
});
/** Keras's VarianceScaling 'truncated_normal': σ = √v/C on [−2σ, 2σ], realized std √v. */
const correctedTruncated = (v: number): IidDistribution => {
  const std = Math.sqrt(v) / C;
  return truncated(0, std, -2 * std, 2 * std);
};

interface Case {
  /** The dialect spelling. */
  spelling: string;
  parameters: Record<string, unknown>;
  shape: number[];
  /** The framework's distribution with these parameters (its defaults for the rest). */
  expected: InitDistribution;
  /** nninit's canonical spelling of the same distribution: the samples must be the same bits. */
  canonical: { name: string; [parameter: string]: unknown };
}

const CASES: Case[] = [
  // PyTorch, torch/nn/init.py.
  { spelling: 'zeros_', parameters: {}, shape: DENSE, expected: constant(0), canonical: { name: 'zeros' } },
  { spelling: 'ones_', parameters: {}, shape: DENSE, expected: constant(1), canonical: { name: 'ones' } },
  {
    spelling: 'constant_',
    parameters: { val: 0.3 },
    shape: DENSE,
    expected: constant(0.3),
    canonical: { name: 'constant', value: 0.3 },
  },
  // normal_(tensor, mean=0.0, std=1.0)
  { spelling: 'normal_', parameters: {}, shape: DENSE, expected: normal(0, 1), canonical: { name: 'normal' } },
  {
    spelling: 'normal_',
    parameters: { mean: 1, std: 2 },
    shape: DENSE,
    expected: normal(1, 2),
    canonical: { name: 'normal', mean: 1, std: 2 },
  },
  // uniform_(tensor, a=0.0, b=1.0)
  { spelling: 'uniform_', parameters: {}, shape: DENSE, expected: uniform(0, 1), canonical: { name: 'uniform' } },
  {
    spelling: 'uniform_',
    parameters: { a: -1, b: 3 },
    shape: DENSE,
    expected: uniform(-1, 3),
    canonical: { name: 'uniform', low: -1, high: 3 },
  },
  // trunc_normal_(tensor, mean=0.0, std=1.0, a=-2.0, b=2.0): a, b absolute.
  {
    spelling: 'trunc_normal_',
    parameters: {},
    shape: DENSE,
    expected: truncated(0, 1, -2, 2),
    canonical: { name: 'truncated_normal' },
  },
  {
    // The ViT habit: std 0.02 keeps the default absolute ±2, i.e. ±100σ (effectively untruncated).
    spelling: 'trunc_normal_',
    parameters: { std: 0.02 },
    shape: DENSE,
    expected: truncated(0, 0.02, -2, 2),
    canonical: { name: 'truncated_normal', std: 0.02, lower: -100, upper: 100 },
  },
  {
    spelling: 'trunc_normal_',
    parameters: { mean: 1, std: 0.25, a: 0.5, b: 2 },
    shape: DENSE,
    expected: truncated(1, 0.25, 0.5, 2),
    canonical: { name: 'truncated_normal', mean: 1, std: 0.25, lower: -2, upper: 4 },
  },
  {
    // No double lower has 0 + lower·0.02 = −2.8: the declared bound is −2.8 to within an ulp.
    spelling: 'trunc_normal_',
    parameters: { std: 0.02, a: -2.8, b: 0.5 },
    shape: DENSE,
    expected: truncated(0, 0.02, -2.8, 0.5),
    canonical: { name: 'truncated_normal', std: 0.02, lower: -140, upper: 25 },
  },
  // xavier_*_(tensor, gain=1.0): std = gain·√(2/(fan_in + fan_out)), bound = √3·std.
  {
    spelling: 'xavier_normal_',
    parameters: {},
    shape: DENSE,
    expected: normal(0, Math.sqrt(2 / 30)),
    canonical: { name: 'glorot_normal' },
  },
  {
    spelling: 'xavier_uniform_',
    parameters: { gain: 2 },
    shape: DENSE,
    expected: symmetric(Math.sqrt(3) * 2 * Math.sqrt(2 / 30)),
    canonical: { name: 'glorot_uniform', gain: 2 },
  },
  // kaiming_*_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu'): std = gain/√fan,
  // gain = calculate_gain(nonlinearity, a) = √(2/(1 + a²)) for leaky_relu.
  {
    spelling: 'kaiming_normal_',
    parameters: {},
    shape: DENSE,
    expected: normal(0, Math.sqrt(2) / Math.sqrt(10)),
    canonical: { name: 'he_normal' },
  },
  {
    spelling: 'kaiming_normal_',
    parameters: { a: 0.2, mode: 'fan_out' },
    shape: DENSE,
    expected: normal(0, Math.sqrt(2 / (1 + 0.2 ** 2)) / Math.sqrt(20)),
    canonical: { name: 'he_normal', nonlinearity: 'leaky_relu', param: 0.2, mode: 'fan_out' },
  },
  {
    spelling: 'kaiming_normal_',
    parameters: { nonlinearity: 'tanh', mode: 'fan_out' },
    shape: DENSE,
    expected: normal(0, 5 / 3 / Math.sqrt(20)),
    canonical: { name: 'he_normal', nonlinearity: 'tanh', mode: 'fan_out' },
  },
  {
    spelling: 'kaiming_uniform_',
    parameters: { nonlinearity: 'relu' },
    shape: DENSE,
    expected: symmetric(Math.sqrt(3) * (Math.sqrt(2) / Math.sqrt(10))),
    canonical: { name: 'he_uniform' },
  },
  {
    spelling: 'kaiming_uniform_',
    parameters: { a: Math.sqrt(5) }, // nn.Linear's reset_parameters: U(±1/√fan_in)
    shape: DENSE,
    expected: symmetric(1 / Math.sqrt(10)),
    canonical: { name: 'he_uniform', nonlinearity: 'leaky_relu', param: Math.sqrt(5) },
  },
  {
    spelling: 'orthogonal_',
    parameters: {},
    shape: DENSE,
    expected: { family: 'orthogonal', gain: 1, rows: 20, cols: 10 },
    canonical: { name: 'orthogonal' },
  },
  {
    spelling: 'eye_',
    parameters: {},
    shape: [3, 4],
    expected: { family: 'identity', gain: 1, rows: 3, cols: 4 },
    canonical: { name: 'identity' },
  },
  {
    spelling: 'dirac_',
    parameters: { groups: 2 },
    shape: [4, 2, 3],
    expected: { family: 'dirac', groups: 2, center: [1] },
    canonical: { name: 'dirac', groups: 2 },
  },
  {
    // sparse_(tensor, sparsity, std=0.01): ⌈0.2·10⌉ = 2 zeros per column.
    spelling: 'sparse_',
    parameters: { sparsity: 0.2 },
    shape: [10, 4],
    expected: { family: 'sparse', rows: 10, cols: 4, zerosPerColumn: 2, nonzero: normal(0, 0.01) },
    canonical: { name: 'sparse', sparsity: 0.2 },
  },

  // Keras 3, keras/src/initializers/constant_initializers.py and random_initializers.py.
  { spelling: 'Zeros', parameters: {}, shape: DENSE, expected: constant(0), canonical: { name: 'zeros' } },
  { spelling: 'Ones', parameters: {}, shape: DENSE, expected: constant(1), canonical: { name: 'ones' } },
  // Constant(value=0.0)
  {
    spelling: 'Constant',
    parameters: {},
    shape: DENSE,
    expected: constant(0),
    canonical: { name: 'constant', value: 0 },
  },
  // RandomNormal(mean=0.0, stddev=0.05), RandomUniform(minval=-0.05, maxval=0.05)
  {
    spelling: 'RandomNormal',
    parameters: {},
    shape: DENSE,
    expected: normal(0, 0.05),
    canonical: { name: 'normal', std: 0.05 },
  },
  {
    spelling: 'random_normal',
    parameters: { mean: 1, stddev: 0.5 },
    shape: DENSE,
    expected: normal(1, 0.5),
    canonical: { name: 'normal', mean: 1, std: 0.5 },
  },
  {
    spelling: 'RandomUniform',
    parameters: {},
    shape: DENSE,
    expected: uniform(-0.05, 0.05),
    canonical: { name: 'uniform', low: -0.05, high: 0.05 },
  },
  {
    spelling: 'random_uniform',
    parameters: { minval: 0, maxval: 2 },
    shape: DENSE,
    expected: uniform(0, 2),
    canonical: { name: 'uniform', low: 0, high: 2 },
  },
  // TruncatedNormal(mean=0.0, stddev=0.05): redrawn beyond two standard deviations, no correction.
  {
    spelling: 'TruncatedNormal',
    parameters: {},
    shape: DENSE,
    expected: truncated(0, 0.05, -0.1, 0.1),
    canonical: { name: 'truncated_normal', std: 0.05 },
  },
  // VarianceScaling(scale=1.0, mode="fan_in", distribution="truncated_normal"); "normal" → "truncated_normal".
  {
    spelling: 'VarianceScaling',
    parameters: {},
    shape: DENSE,
    expected: correctedTruncated(1 / 10),
    canonical: { name: 'variance_scaling' },
  },
  {
    spelling: 'VarianceScaling',
    parameters: { distribution: 'normal', mode: 'fan_out', scale: 3 },
    shape: DENSE,
    expected: correctedTruncated(3 / 20),
    canonical: { name: 'variance_scaling', distribution: 'truncated_normal', mode: 'fan_out', scale: 3 },
  },
  {
    spelling: 'VarianceScaling',
    parameters: { distribution: 'untruncated_normal', mode: 'fan_avg', scale: 2 },
    shape: DENSE,
    expected: normal(0, Math.sqrt(2 / 15)),
    canonical: { name: 'variance_scaling', distribution: 'normal', mode: 'fan_avg', scale: 2 },
  },
  {
    spelling: 'VarianceScaling',
    parameters: { distribution: 'uniform' },
    shape: DENSE,
    expected: symmetric(Math.sqrt(3 / 10)),
    canonical: { name: 'variance_scaling', distribution: 'uniform' },
  },
  {
    spelling: 'GlorotNormal',
    parameters: {},
    shape: DENSE,
    expected: correctedTruncated(1 / 15),
    canonical: { name: 'variance_scaling', mode: 'fan_avg' },
  },
  {
    spelling: 'GlorotUniform',
    parameters: {},
    shape: DENSE,
    expected: symmetric(Math.sqrt(6 / 30)),
    canonical: { name: 'glorot_uniform' },
  },
  {
    spelling: 'HeNormal',
    parameters: {},
    shape: DENSE,
    expected: correctedTruncated(2 / 10),
    canonical: { name: 'variance_scaling', scale: 2 },
  },
  {
    spelling: 'HeUniform',
    parameters: {},
    shape: DENSE,
    expected: symmetric(Math.sqrt(6 / 10)),
    canonical: { name: 'he_uniform' },
  },
  {
    spelling: 'LecunNormal',
    parameters: {},
    shape: DENSE,
    expected: correctedTruncated(1 / 10),
    canonical: { name: 'variance_scaling' },
  },
  {
    spelling: 'LecunUniform',
    parameters: {},
    shape: DENSE,
    expected: symmetric(Math.sqrt(3 / 10)),
    canonical: { name: 'lecun_uniform' },
  },
  {
    spelling: 'Orthogonal',
    parameters: {},
    shape: DENSE,
    expected: { family: 'orthogonal', gain: 1, rows: 20, cols: 10 },
    canonical: { name: 'orthogonal' },
  },
  {
    spelling: 'OrthogonalInitializer',
    parameters: { gain: 0.5 },
    shape: DENSE,
    expected: { family: 'orthogonal', gain: 0.5, rows: 20, cols: 10 },
    canonical: { name: 'orthogonal', gain: 0.5 },
  },
  {
    spelling: 'Identity',
    parameters: { gain: -0.5 },
    shape: [3, 4],
    expected: { family: 'identity', gain: -0.5, rows: 3, cols: 4 },
    canonical: { name: 'identity', gain: -0.5 },
  },
  {
    spelling: 'IdentityInitializer',
    parameters: {},
    shape: [3, 4],
    expected: { family: 'identity', gain: 1, rows: 3, cols: 4 },
    canonical: { name: 'identity' },
  },

  // TensorFlow.js 4.22, tfjs-layers src/initializers.ts and exports_initializers.ts.
  {
    spelling: 'randomNormal',
    parameters: {},
    shape: DENSE,
    expected: normal(0, 0.05),
    canonical: { name: 'normal', std: 0.05 },
  },
  {
    // 0 is a value (tfjs's `stddev || 0.05` would read it as unset).
    spelling: 'randomNormal',
    parameters: { mean: 2, stddev: 0 },
    shape: DENSE,
    expected: constant(2),
    canonical: { name: 'normal', mean: 2, std: 0 },
  },
  {
    spelling: 'randomUniform',
    parameters: {},
    shape: DENSE,
    expected: uniform(-0.05, 0.05),
    canonical: { name: 'uniform', low: -0.05, high: 0.05 },
  },
  {
    spelling: 'truncatedNormal',
    parameters: { stddev: 0.5 },
    shape: DENSE,
    expected: truncated(0, 0.5, -1, 1),
    canonical: { name: 'truncated_normal', std: 0.5 },
  },
  // varianceScaling: scale 1, mode 'fanIn', distribution 'normal' (documented: truncated, std √(scale/n)).
  {
    spelling: 'varianceScaling',
    parameters: {},
    shape: DENSE,
    expected: correctedTruncated(1 / 10),
    canonical: { name: 'variance_scaling' },
  },
  {
    spelling: 'varianceScaling',
    parameters: { scale: 2, mode: 'fanAvg', distribution: 'uniform' },
    shape: DENSE,
    expected: symmetric(Math.sqrt((3 * 2) / 15)),
    canonical: { name: 'variance_scaling', scale: 2, mode: 'fan_avg', distribution: 'uniform' },
  },
  {
    spelling: 'glorotNormal',
    parameters: {},
    shape: DENSE,
    expected: correctedTruncated(1 / 15),
    canonical: { name: 'variance_scaling', mode: 'fan_avg' },
  },
  {
    spelling: 'glorotUniform',
    parameters: {},
    shape: DENSE,
    expected: symmetric(Math.sqrt(6 / 30)),
    canonical: { name: 'glorot_uniform' },
  },
  {
    spelling: 'heNormal',
    parameters: {},
    shape: DENSE,
    expected: correctedTruncated(2 / 10),
    canonical: { name: 'variance_scaling', scale: 2 },
  },
  {
    spelling: 'heUniform',
    parameters: {},
    shape: DENSE,
    expected: symmetric(Math.sqrt(6 / 10)),
    canonical: { name: 'he_uniform' },
  },
  {
    spelling: 'leCunNormal',
    parameters: {},
    shape: DENSE,
    expected: correctedTruncated(1 / 10),
    canonical: { name: 'variance_scaling' },
  },
  {
    spelling: 'leCunUniform',
    parameters: {},
    shape: DENSE,
    expected: symmetric(Math.sqrt(3 / 10)),
    canonical: { name: 'lecun_uniform' },
  },
];

/** Equal, numbers to 2 ulps (PyTorch's gain/√fan and nninit's √(gain²/fan) may differ in the last bit). */
function expectClose(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === 'number' && Number.isFinite(expected) && expected !== 0) {
    expect(typeof actual, where).toBe('number');
    expect(Math.abs((actual as number) - expected), `${where}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
      4.5e-16 * Math.abs(expected),
    );
  } else if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), where).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected))
      expectClose((actual as Record<string, unknown>)[k], v, `${where}.${k}`);
  } else {
    expect(actual, where).toBe(expected);
  }
}

const canonicalNameOf = (name: string): string =>
  Object.values(initializers).find((i) => i.name === name || (i.aliases as readonly string[]).includes(name))
    ?.name as string;

describe('dialect spellings', () => {
  it('every spelling of the table has a case, and nothing else does', () => {
    expect(new Set(CASES.map((c) => c.spelling))).toEqual(new Set(Object.keys(dialects)));
    // The decided families, in full (a spelling dropped from the table fails here).
    const pytorch =
      'zeros_ ones_ constant_ normal_ uniform_ trunc_normal_ xavier_normal_ xavier_uniform_ kaiming_normal_ kaiming_uniform_ orthogonal_ eye_ dirac_ sparse_';
    const keras =
      'Zeros Ones Constant RandomNormal random_normal RandomUniform random_uniform TruncatedNormal VarianceScaling GlorotNormal GlorotUniform HeNormal HeUniform LecunNormal LecunUniform Orthogonal OrthogonalInitializer Identity IdentityInitializer';
    const tfjs =
      'randomNormal randomUniform truncatedNormal varianceScaling glorotNormal glorotUniform heNormal heUniform leCunNormal leCunUniform';
    for (const [framework, list] of [
      ['PyTorch', pytorch],
      ['Keras', keras],
      ['TensorFlow.js', tfjs],
    ] as const) {
      expect(
        Object.values(dialects)
          .filter((d) => d.framework === framework)
          .map((d) => d.spelling)
          .sort(),
      ).toEqual(list.split(' ').sort());
    }
    // tfjs's zeros, ones, constant, orthogonal, identity and Keras's snake_case names other than
    // random_normal/random_uniform are nninit's own names, not dialect entries.
    for (const name of ['zeros', 'constant', 'orthogonal', 'identity', 'he_normal', 'truncated_normal'])
      expect(Object.keys(dialects)).not.toContain(name);
  });

  for (const c of CASES) {
    const label = `${c.spelling} ${JSON.stringify(c.parameters)}`;
    it(`${label}: the framework's distribution, and the same bits as ${JSON.stringify(c.canonical)}`, () => {
      const spec = { name: c.spelling, ...c.parameters } as Initialization;
      expectClose(describeDistribution(c.shape, spec), c.expected, label);
      expect(dialects[c.spelling as keyof typeof dialects].canonical).toBe(canonicalNameOf(c.canonical.name));
      for (const dtype of ['float32', 'float64'] as const) {
        const ours = initialize(c.shape, spec, { seed: 11, dtype }).data;
        const reference = initialize(c.shape, c.canonical as Initialization, { seed: 11, dtype }).data;
        expect(ours).toEqual(reference);
      }
      // The parameters may also go in options, as for nninit's names.
      expect(initialize(c.shape, c.spelling as Initialization, { ...c.parameters, seed: 11 } as never).data).toEqual(
        initialize(c.shape, spec, { seed: 11 }).data,
      );
    });
  }
});

describe("deterministic results PyTorch defines exactly (values from torch/nn/init.py's code)", () => {
  it('eye_ is torch.eye(rows, cols), 2-D only', () => {
    expect(initialize([3, 4], 'eye_').toArray()).toEqual([
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 1, 0],
    ]);
    expect(() => initialize([2, 2, 2], 'eye_')).toThrow(RangeError);
  });

  it('dirac_ sets tensor[g·out/groups + d, d, k//2, …] = 1 for d < min(out/groups, in)', () => {
    const ones = (shape: number[], groups?: number): number[] => {
      const data = initialize(shape, { name: 'dirac_', groups }).data;
      return [...data.keys()].filter((i) => data[i] !== 0);
    };
    // [4, 2, 3]: (0,0,1), (1,1,1) → flat (o·2 + i)·3 + k = 1, 10.
    expect(ones([4, 2, 3])).toEqual([1, 10]);
    // groups 2: also (2,0,1), (3,1,1) → 13, 22.
    expect(ones([4, 2, 3], 2)).toEqual([1, 10, 13, 22]);
    // [2, 1, 3, 3]: min(2, 1) = 1, (0,0,1,1) → 4.
    expect(ones([2, 1, 3, 3])).toEqual([4]);
    expect(initialize([4, 2, 3], 'dirac_').data[10]).toBe(1);
  });

  it('constant_(val) fills val (rounded once to float32)', () => {
    expect(initialize([2, 3], { name: 'constant_', val: 0.3 }).data.every((x) => x === Math.fround(0.3))).toBe(true);
    expect(initialize([2, 3], { name: 'constant_', val: 0.3 }, { dtype: 'float64' }).data.every((x) => x === 0.3)).toBe(
      true,
    );
  });

  // A degenerate case draws as its non-degenerate neighbour would, so a shared source advances
  // alike: the next draw from the same source is the same.
  const nextAfter = (shape: number[], spec: Initialization): Float64Array => {
    const rng = philox(21);
    initialize(shape, spec, { rng, dtype: 'float64' });
    return initialize([8], 'normal_', { rng, dtype: 'float64' }).data;
  };

  for (const [spec, neighbour, value] of [
    [{ name: 'xavier_normal_', gain: 0 }, { name: 'xavier_normal_' }, 0], // normal_(0, 0)
    [{ name: 'xavier_uniform_', gain: 0 }, { name: 'xavier_uniform_' }, 0], // uniform_(-0, 0)
    [{ name: 'orthogonal_', gain: 0 }, { name: 'orthogonal_' }, 0], // q · 0
    [{ name: 'uniform_', a: 1, b: 1 }, { name: 'uniform_' }, 1], // uniform_(1, 1)
  ] as [Initialization, Initialization, number][]) {
    it(`${JSON.stringify(spec)} fills ${value}, declared constant ${value}`, () => {
      for (const dtype of ['float32', 'float64'] as const)
        expect(initialize([6, 4], spec, { seed: 3, dtype }).data.every((x) => x === value)).toBe(true);
      expect(describeDistribution([6, 4], spec)).toEqual({ family: 'constant', value });
      expect(nextAfter([6, 4], spec)).toEqual(nextAfter([6, 4], neighbour));
    });
  }

  it("orthogonal_ with a negative gain is −|gain|·Q (PyTorch's tensor.mul_(gain)); Identity's too", () => {
    const q = initialize([5, 3], 'orthogonal_', { seed: 8, dtype: 'float64' }).data;
    const negative = initialize([5, 3], { name: 'orthogonal_', gain: -2 }, { seed: 8, dtype: 'float64' }).data;
    expect(negative).toEqual(q.map((x) => -2 * x));
    expect(initialize([2, 3], { name: 'Identity', gain: -0.5 }).toArray()).toEqual([
      [-0.5, 0, 0],
      [0, -0.5, 0],
    ]);
    expect(describeDistribution([2, 3], { name: 'Identity', gain: 0 })).toEqual({ family: 'constant', value: 0 });
  });
});

describe('errors that say how to spell it', () => {
  const cases: [string, () => unknown, ErrorConstructor, string][] = [
    [
      'std on RandomNormal',
      () => describeDistribution([2], { name: 'RandomNormal', std: 1 } as never),
      RangeError,
      `describeDistribution: each key of initialization must be one of "name", "mean", "stddev" for "RandomNormal" (Keras), got "std" (Keras's "RandomNormal" spells it "stddev")`,
    ],
    [
      'a on truncated_normal',
      () => describeDistribution([2], { name: 'truncated_normal', a: -1 } as never),
      RangeError,
      `describeDistribution: each key of initialization must be one of "name", "mean", "std", "lower", "upper" for "truncated_normal", got "a" (PyTorch's trunc_normal_ takes absolute bounds a, b: write { name: "trunc_normal_", mean, std, a, b } for those; truncated_normal's bounds are lower and upper, in units of std around the mean (default −2, 2))`,
    ],
    [
      'b in the options of truncated_normal',
      () => initialize([2], 'truncated_normal', { b: 1, seed: 0 } as never),
      RangeError,
      `initialize: each key of options must be one of "rng", "seed", "dtype", "layout", "slice", "mean", "std", "lower", "upper" for "truncated_normal", got "b" (PyTorch's trunc_normal_ takes absolute bounds a, b: write { name: "trunc_normal_", mean, std, a, b } for those; truncated_normal's bounds are lower and upper, in units of std around the mean (default −2, 2))`,
    ],
    [
      'a on he_normal',
      () => describeDistribution([2, 2], { name: 'he_normal', a: 0.1 } as never),
      RangeError,
      `describeDistribution: each key of initialization must be one of "name", "nonlinearity", "param", "mode" for "he_normal", got "a" ("a" is PyTorch's name, in "kaiming_normal_"; "he_normal" calls it "param")`,
    ],
    [
      'a fixed parameter',
      () => describeDistribution([2, 2], { name: 'HeNormal', scale: 3 } as never),
      RangeError,
      `describeDistribution: each key of initialization must be one of "name" for "HeNormal" (Keras), got "scale" ("scale" is a parameter of nninit's "variance_scaling", which Keras's "HeNormal" translates to: use that name to set it)`,
    ],
    [
      'trunc_normal_ a = b',
      () => describeDistribution([2], { name: 'trunc_normal_', a: 1, b: 1 }),
      RangeError,
      `describeDistribution: a must be less than b, got a = 1, b = 1`,
    ],
    [
      "kaiming_normal_'s a with relu",
      () => describeDistribution([2, 2], { name: 'kaiming_normal_', nonlinearity: 'relu', a: 0.5 }),
      RangeError,
      `describeDistribution: a must be undefined for nonlinearity "relu" (a is the negative slope of "leaky_relu"; PyTorch ignores it for the others, nninit rejects it), got 0.5`,
    ],
    [
      'kaiming_normal_ a NaN (the canonical check, in PyTorch words)',
      () => describeDistribution([2, 2], { name: 'kaiming_normal_', a: NaN }),
      RangeError,
      `describeDistribution: a must be finite, got NaN`,
    ],
    [
      'uniform_ a > b',
      () => describeDistribution([2], { name: 'uniform_', a: 2, b: 1 }),
      RangeError,
      `describeDistribution: a must be at most b, got a = 2, b = 1`,
    ],
    [
      'RandomUniform minval > maxval',
      () => describeDistribution([2], { name: 'RandomUniform', minval: 1, maxval: -1 }),
      RangeError,
      `describeDistribution: minval must be at most maxval, got minval = 1, maxval = -1`,
    ],
    [
      'random_normal stddev < 0',
      () => describeDistribution([2], { name: 'random_normal', stddev: -1 }),
      RangeError,
      `describeDistribution: stddev must be non-negative, got -1`,
    ],
    [
      'constant_ without val',
      () => describeDistribution([2], 'constant_'),
      TypeError,
      `describeDistribution: val must be a number, got undefined`,
    ],
    [
      "tfjs's truncatedNormal distribution",
      () => describeDistribution([2, 2], { name: 'varianceScaling', distribution: 'truncatedNormal' } as never),
      RangeError,
      `describeDistribution: distribution must be one of "normal", "uniform" (tfjs 4.22 accepts "truncatedNormal" but draws a uniform for it; "normal" is the documented truncated normal), got "truncatedNormal"`,
    ],
    [
      "Keras's mode name on tfjs",
      () => describeDistribution([2, 2], { name: 'varianceScaling', mode: 'fan_in' } as never),
      RangeError,
      `describeDistribution: mode must be one of "fanIn", "fanOut", "fanAvg", got "fan_in"`,
    ],
    [
      "Keras's distributions",
      () => describeDistribution([2, 2], { name: 'VarianceScaling', distribution: 'Normal' } as never),
      RangeError,
      `describeDistribution: distribution must be one of "truncated_normal", "untruncated_normal", "uniform", "normal", got "Normal"`,
    ],
    [
      'a dialect spelling needs a source',
      () => initialize([2, 2], 'kaiming_normal_'),
      RangeError,
      `initialize: options.rng or options.seed must be given ("kaiming_normal_" draws random numbers and there is no global seed), got neither`,
    ],
    [
      'a negative xavier gain (PyTorch: normal_ rejects std < 0)',
      () => describeDistribution([2, 2], { name: 'xavier_normal_', gain: -1 }),
      RangeError,
      `describeDistribution: gain must be non-negative, got -1`,
    ],
  ];
  for (const [title, call, kind, message] of cases) {
    it(title, () => {
      expect(call).toThrow(kind);
      expect(call).toThrow(message);
      try {
        call();
      } catch (error) {
        expect((error as Error).message).toBe(message);
      }
    });
  }

  it("an unknown name's near misses name every framework's spelling ('random_normal' no longer suggests glorot_normal)", () => {
    const message = (name: string): string => {
      try {
        describeDistribution([2], name as never);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    };
    expect(describeDistribution([2], 'random_normal')).toEqual(normal(0, 0.05));
    expect(message('randm_normal')).toMatch(
      /got "randm_normal" \(did you mean "RandomNormal" \(Keras's, translated to "normal"\) or "random_normal" \(Keras's, translated to "normal"\) or "randomNormal" \(TensorFlow\.js's, translated to "normal"\)\?\)$/,
    );
    expect(message('kaiming_normal__')).toMatch(
      /\(did you mean "kaiming_normal" \(nninit's\) or "kaiming_normal_" \(PyTorch's, translated to "he_normal"\)\?\)$/,
    );
    expect(message('trunc_normal')).toMatch(
      /\(did you mean "trunc_normal_" \(PyTorch's, translated to "truncated_normal"\)\?\)$/,
    );
  });

  it('calculateGain rejects a param every nonlinearity but leaky_relu ignores (PyTorch ignores it silently)', () => {
    for (const nonlinearity of [
      'linear',
      'conv1d',
      'conv2d',
      'conv3d',
      'conv_transpose1d',
      'conv_transpose2d',
      'conv_transpose3d',
      'sigmoid',
      'tanh',
      'relu',
      'selu',
    ] as const) {
      expect(() => calculateGain(nonlinearity, 0.5)).toThrow(
        `calculateGain: param must be undefined for "${nonlinearity}" (only "leaky_relu" takes a slope), got 0.5`,
      );
    }
    expect(calculateGain('leaky_relu', 0.5)).toBe(Math.sqrt(2 / (1 + 0.5 ** 2)));
  });
});

// Compile-time: a dialect spelling takes its framework's parameters, with their types.
const typed: Initialization[] = [
  { name: 'trunc_normal_', mean: 0, std: 0.02, a: -0.04, b: 0.04 },
  { name: 'kaiming_normal_', a: 0.2, mode: 'fan_out', nonlinearity: 'leaky_relu' },
  { name: 'RandomNormal', stddev: 0.02 },
  { name: 'varianceScaling', mode: 'fanAvg' },
  'HeNormal',
  // @ts-expect-error Keras's RandomNormal spells it stddev
  { name: 'RandomNormal', std: 0.02 },
  // @ts-expect-error truncated_normal's bounds are lower/upper (a, b are trunc_normal_'s)
  { name: 'truncated_normal', a: -2 },
];
void typed;

describe('the dialects table', () => {
  it('is frozen, and its TSDoc examples hold', () => {
    expect(dialects.HeNormal.canonical).toBe('variance_scaling');
    expect(dialects.trunc_normal_.parameters).toEqual(['mean', 'std', 'a', 'b']);
    expect(dialects.randomNormal.framework).toBe('TensorFlow.js');
    expect(dialects.kaiming_normal_.parameters).toEqual(['a', 'mode', 'nonlinearity']);
    expect(Object.isFrozen(dialects)).toBe(true);
    expect(Object.isFrozen(dialects.HeNormal)).toBe(true);
    expect(Object.isFrozen(dialects.HeNormal.parameters)).toBe(true);
    // No spelling shadows one of nninit's names, and every one names its framework's source.
    const own = new Set<string>(Object.values(initializers).flatMap((i) => [i.name, ...i.aliases]));
    for (const d of Object.values(dialects)) {
      expect(own.has(d.spelling), d.spelling).toBe(false);
      expect(d.reference, d.spelling).toMatch(/torch\/nn\/init\.py|keras\/src\/initializers\/|tfjs-layers\//);
    }
  });
});
