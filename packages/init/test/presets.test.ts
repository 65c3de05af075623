import { describeDistribution, initialize, initializers } from '@nninit/init';
import { describe, expect, it } from 'vitest';

// The frameworks' layer defaults, each written here from the framework's source formula (not from
// nninit's plans); the conformance suite draws every preset against what it declares.
const TRUNCATION_CORRECTION = 0.87962566103423978; // std of N(0, 1) on [−2, 2] (Keras, JAX)
const ULP = 2 ** -52;

describe('layer presets: weights, torch layout [out, in, ...kernel]', () => {
  it('torch.linear / torch.conv: kaiming_uniform_(a=√5) = U(±1/√fanIn), the same bits as he_uniform with leaky_relu √5', () => {
    for (const [shape, fanIn] of [
      [[3, 4], 4],
      [[16, 3, 5, 5], 75],
      [[8, 2, 3], 6],
    ] as const) {
      for (const name of ['torch.linear', 'torch.conv'] as const) {
        const d = describeDistribution(shape, name);
        expect(d.family).toBe('uniform');
        const { low, high } = d as { low: number; high: number };
        expect(low).toBe(-high);
        // PyTorch: gain = √(2/(1 + a²)), bound = √3·gain/√fan_in = 1/√fan_in up to rounding.
        expect(Math.abs(high * Math.sqrt(fanIn) - 1)).toBeLessThan(4 * ULP);
      }
      const kaiming = { name: 'he_uniform', nonlinearity: 'leaky_relu', param: Math.sqrt(5) } as const;
      expect(initialize(shape, 'torch.linear', { seed: 3 }).data).toEqual(initialize(shape, kaiming, { seed: 3 }).data);
    }
  });

  it('keras.dense / keras.conv: glorot_uniform, U(±√(6/(fanIn + fanOut))), also for a Keras-layout kernel', () => {
    expect(describeDistribution([5, 3], 'keras.dense')).toEqual({
      family: 'uniform',
      low: -Math.sqrt(6 / 8),
      high: Math.sqrt(6 / 8),
    });
    // Keras Conv2D kernel (kh, kw, in, filters) = (3, 3, 2, 4): fanIn 18, fanOut 36.
    const limit = Math.sqrt(6 / (18 + 36));
    expect(describeDistribution([3, 3, 2, 4], 'keras.conv', { layout: 'keras' })).toEqual({
      family: 'uniform',
      low: -limit,
      high: limit,
    });
  });

  it('tfjs.dense: N(0, σ²) on [−2σ, 2σ], σ = √(1/fanAvg) without the 0.8796 correction (as tfjs 4.22 draws)', () => {
    const std = Math.sqrt(1 / ((6 + 10) / 2));
    expect(describeDistribution([6, 10], 'tfjs.dense')).toEqual({
      family: 'truncated_normal',
      mean: 0,
      std,
      low: -2 * std,
      high: 2 * std,
    });
    // The documented (Keras) glorotNormal, which the dialect spelling keeps, is wider by 1/0.8796.
    const documented = describeDistribution([6, 10], 'glorotNormal') as { std: number };
    expect(documented.std).toBeCloseTo(std / TRUNCATION_CORRECTION, 15);
  });

  it('flax.dense: lecun_normal, truncated and corrected; stax.dense: glorot_normal, truncated and corrected over fan_avg', () => {
    const flax = Math.sqrt(1 / 12) / TRUNCATION_CORRECTION;
    expect(describeDistribution([4, 3, 2, 2], 'flax.dense')).toEqual({
      family: 'truncated_normal',
      mean: 0,
      std: flax,
      low: -2 * flax,
      high: 2 * flax,
    });
    const stax = Math.sqrt(1 / ((7 + 5) / 2)) / TRUNCATION_CORRECTION;
    expect(describeDistribution([5, 7], 'stax.dense')).toEqual({
      family: 'truncated_normal',
      mean: 0,
      std: stax,
      low: -2 * stax,
      high: 2 * stax,
    });
  });
});

describe('layer presets: biases, given the layer fanIn', () => {
  it("torch.linear.bias: U(±1/√fanIn) exactly as PyTorch's bound = 1/math.sqrt(fan_in); 0 for fanIn 0", () => {
    for (const fanIn of [1, 3, 9, 75, 4096])
      expect(describeDistribution([8], 'torch.linear.bias', { fanIn })).toEqual({
        family: 'uniform',
        low: -1 / Math.sqrt(fanIn),
        high: 1 / Math.sqrt(fanIn),
      });
    expect(describeDistribution([2], { name: 'torch.conv.bias', fanIn: 0 })).toEqual({ family: 'constant', value: 0 });
    const b = initialize([1000], 'torch.linear.bias', { seed: 1, fanIn: 25, dtype: 'float64' }).data;
    expect(Math.max(...b)).toBeLessThan(0.2);
    expect(Math.min(...b)).toBeGreaterThanOrEqual(-0.2);
    expect(Math.max(...b)).toBeGreaterThan(0.19);
  });

  it('keras, tfjs and flax biases are zeros with or without fanIn and consume no randomness; stax is N(0, 0.01²)', () => {
    for (const name of [
      'keras.dense.bias',
      'keras.conv.bias',
      'tfjs.dense.bias',
      'tfjs.conv.bias',
      'flax.dense.bias',
    ] as const) {
      expect(describeDistribution([4], name)).toEqual({ family: 'constant', value: 0 });
      expect(Array.from(initialize([3], name, { fanIn: 7 }).data)).toEqual([0, 0, 0]);
    }
    for (const name of ['keras.dense.bias', 'tfjs.dense.bias', 'flax.dense.bias'] as const)
      expect(initializers[name].random).toBe(false);
    expect(describeDistribution([4], 'stax.dense.bias', { fanIn: 7 })).toEqual({
      family: 'normal',
      mean: 0,
      std: 0.01,
    });
    expect(initializers['stax.dense.bias'].random).toBe(true);
  });

  it('fanIn is checked: required for torch, a non-negative integer everywhere, named in the message', () => {
    expect(() => initialize([3], 'torch.linear.bias', { seed: 1 })).toThrow(
      /^initialize: fanIn must be a number .*got undefined/,
    );
    expect(() => initialize([3], 'torch.linear.bias', { seed: 1, fanIn: 2.5 })).toThrow(
      /^initialize: fanIn must be a non-negative integer, got 2\.5/,
    );
    expect(() => initialize([3], 'keras.dense.bias', { fanIn: -1 })).toThrow(
      /fanIn must be a non-negative integer, got -1/,
    );
    expect(() => initialize([3], 'stax.dense.bias', { seed: 1, fanIn: Number.NaN })).toThrow(
      /fanIn must be finite, got NaN/,
    );
    expect(() => initialize([3, 4], 'torch.linear', { seed: 1, fanIn: 4 } as never)).toThrow(RangeError);
  });
});
