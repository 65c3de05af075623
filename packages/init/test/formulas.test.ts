import { calculateGain, describeDistribution, type IidDistribution, type InitDistribution } from '@nninit/init';
import { describe, expect, it } from 'vitest';
import { readGolden } from './helpers/golden.js';

// Formulas as documented by their source libraries:
// - PyTorch torch.nn.init docs: kaiming_normal_ std = gain/√fan_mode; kaiming_uniform_ bound =
//   gain·√(3/fan_mode); xavier_uniform_ a = gain·√(6/(fan_in + fan_out)); xavier_normal_ std =
//   gain·√(2/(fan_in + fan_out)).
// - Keras initializers docs: lecun_normal/lecun_uniform stddev = √(1/fan_in), limit = √(3/fan_in);
//   VarianceScaling truncated: stddev = √(scale/n)/.87962566103423978, cut at ±2 stddev.
// PyTorch's order of operations (gain/√fan) may differ from ours (√(gain²/fan)) in the last bit:
// those comparisons allow 2 ulps; the bit-exact identities are tested separately.

const ulps = (x: number, y: number): number => Math.abs(x - y) / (Number.EPSILON * Math.abs(y));

function normalStd(d: InitDistribution): number {
  if (d.family !== 'normal') throw new Error(`expected normal, got ${d.family}`);
  return d.std;
}
function uniformBound(d: InitDistribution): number {
  if (d.family !== 'uniform') throw new Error(`expected uniform, got ${d.family}`);
  expect(d.low).toBe(-d.high);
  return d.high;
}

const shapes: number[][] = [
  [256, 128],
  [10, 2],
  [1, 1],
  [64, 32, 3, 3],
  [16, 8, 5],
  [4, 2, 3, 5, 7],
  [4096, 1],
  [1, 4096],
];
const fansOf = (s: number[]): [number, number] => {
  const r = s.slice(2).reduce((a, b) => a * b, 1);
  return [(s[1] as number) * r, (s[0] as number) * r];
};

describe('scaled initializers against the documented formulas', () => {
  it('he_normal / he_uniform (PyTorch kaiming_*): every nonlinearity, both modes', () => {
    for (const shape of shapes) {
      const [fanIn, fanOut] = fansOf(shape);
      for (const [nonlinearity, param] of [
        ['relu', undefined],
        ['tanh', undefined],
        ['selu', undefined],
        ['leaky_relu', 0.2],
        ['linear', undefined],
      ] as const) {
        for (const [mode, fan] of [
          ['fan_in', fanIn],
          ['fan_out', fanOut],
        ] as const) {
          const gain = calculateGain(nonlinearity, param);
          const p = { nonlinearity, param, mode };
          expect(
            ulps(normalStd(describeDistribution(shape, { name: 'he_normal', ...p })), gain / Math.sqrt(fan)),
          ).toBeLessThanOrEqual(2);
          expect(
            ulps(uniformBound(describeDistribution(shape, { name: 'he_uniform', ...p })), gain * Math.sqrt(3 / fan)),
          ).toBeLessThanOrEqual(2);
        }
      }
    }
  });

  it('glorot (PyTorch xavier_*) with a gain, and lecun (Keras)', () => {
    for (const shape of shapes) {
      const [fanIn, fanOut] = fansOf(shape);
      for (const gain of [1, 5 / 3, 0.5]) {
        expect(
          ulps(
            normalStd(describeDistribution(shape, { name: 'xavier_normal', gain })),
            gain * Math.sqrt(2 / (fanIn + fanOut)),
          ),
        ).toBeLessThanOrEqual(2);
        expect(
          ulps(
            uniformBound(describeDistribution(shape, { name: 'xavier_uniform', gain })),
            gain * Math.sqrt(6 / (fanIn + fanOut)),
          ),
        ).toBeLessThanOrEqual(2);
      }
      expect(normalStd(describeDistribution(shape, 'lecun_normal'))).toBe(Math.sqrt(1 / fanIn));
      // Keras: scale /= fan_in; limit = sqrt(3 * scale), bit for bit.
      expect(uniformBound(describeDistribution(shape, 'lecun_uniform'))).toBe(Math.sqrt(3 * (1 / fanIn)));
    }
  });

  it("he's σ is numpy's sqrt(2/fan) to the last bit for every fan 1..4096 (the notebook's formula)", () => {
    for (let fan = 1; fan <= 4096; fan++) {
      const d = describeDistribution([3, fan], 'he');
      expect(d).toEqual({ family: 'normal', mean: 0, std: Math.sqrt(2 / fan) });
    }
  });

  it('he, glorot and lecun are variance_scaling with scale = gain², to the bit', () => {
    for (const shape of shapes) {
      const vs = (scale: number, mode: string, distribution: string): InitDistribution =>
        describeDistribution(shape, { name: 'variance_scaling', scale, mode, distribution } as never);
      expect(describeDistribution(shape, 'he')).toEqual(vs(2, 'fan_in', 'normal'));
      expect(describeDistribution(shape, { name: 'he_uniform', mode: 'fan_out' })).toEqual(vs(2, 'fan_out', 'uniform'));
      expect(describeDistribution(shape, 'glorot_uniform')).toEqual(vs(1, 'fan_avg', 'uniform'));
      expect(describeDistribution(shape, 'xavier')).toEqual(vs(1, 'fan_avg', 'untruncated_normal'));
      expect(describeDistribution(shape, 'lecun_normal')).toEqual(vs(1, 'fan_in', 'normal'));
    }
  });

  it("variance_scaling truncated: Keras's constant is scipy's std of N(0,1) on [−2, 2], and the variance is scale/fan", () => {
    const { truncnorm_2 } = readGolden();
    expect(truncnorm_2.std).toBe(0.87962566103423978);
    const d = describeDistribution([100, 50], { name: 'variance_scaling', scale: 2 });
    const std = Math.sqrt(2 / 50) / 0.87962566103423978;
    expect(d).toEqual({ family: 'truncated_normal', mean: 0, std, low: -2 * std, high: 2 * std });
    // Variance of N(0, σ²) cut at ±2σ is σ²·var(truncnorm(−2, 2)): back to scale/fan.
    expect(std ** 2 * truncnorm_2.var).toBeCloseTo(2 / 50, 15);
    // Keras's defaults are lecun_normal (truncated); fan_avg with the mean of the two fans.
    const avg = describeDistribution([64, 32, 3, 3], { name: 'variance_scaling', mode: 'fan_avg' }) as Extract<
      IidDistribution,
      { family: 'truncated_normal' }
    >;
    expect(avg.std).toBe(Math.sqrt(1 / 432) / 0.87962566103423978);
  });
});

describe('plain distributions', () => {
  it("random is N(0, scale²), scale default 0.01; the notebook's 10 and 0 are values", () => {
    expect(describeDistribution([2, 3], 'random')).toEqual({ family: 'normal', mean: 0, std: 0.01 });
    expect(describeDistribution([2, 3], { name: 'random', scale: 10 })).toEqual({ family: 'normal', mean: 0, std: 10 });
    expect(describeDistribution([2, 3], 'random', { scale: 0 })).toEqual({ family: 'constant', value: 0 });
  });

  it('normal, uniform (0 is a bound, not "unset") and the constants', () => {
    expect(describeDistribution([5], 'normal')).toEqual({ family: 'normal', mean: 0, std: 1 });
    expect(describeDistribution([5], { name: 'normal', mean: -3, std: 0.5 })).toEqual({
      family: 'normal',
      mean: -3,
      std: 0.5,
    });
    expect(describeDistribution([5], 'uniform')).toEqual({ family: 'uniform', low: 0, high: 1 });
    expect(describeDistribution([5], { name: 'uniform', low: -1, high: 0 })).toEqual({
      family: 'uniform',
      low: -1,
      high: 0,
    });
    expect(describeDistribution([5], 'zeros')).toEqual({ family: 'constant', value: 0 });
    expect(describeDistribution([], 'ones')).toEqual({ family: 'constant', value: 1 });
    expect(describeDistribution([2, 2], { name: 'constant', value: -0.5 })).toEqual({
      family: 'constant',
      value: -0.5,
    });
  });

  it("truncated_normal: lower, upper in units of std around the mean (trunc_normal_'s a, b are absolute)", () => {
    expect(describeDistribution([5], 'truncated_normal')).toEqual({
      family: 'truncated_normal',
      mean: 0,
      std: 1,
      low: -2,
      high: 2,
    });
    expect(describeDistribution([5], { name: 'truncated_normal', mean: 1, std: 0.5, lower: -1, upper: 3 })).toEqual({
      family: 'truncated_normal',
      mean: 1,
      std: 0.5,
      low: 0.5,
      high: 2.5,
    });
    expect(describeDistribution([5], { name: 'truncated_normal', lower: -Infinity, upper: 0 })).toEqual({
      family: 'truncated_normal',
      mean: 0,
      std: 1,
      low: -Infinity,
      high: 0,
    });
  });
});
