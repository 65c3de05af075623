import { readFileSync } from 'node:fs';
import { calculateGain, computeFans } from '@nninit/init';
import { describe, expect, it } from 'vitest';

// Expected values: PyTorch documentation of torch.nn.init.calculate_gain (the table: linear,
// conv, sigmoid 1; tanh 5/3; relu √2; leaky_relu √(2/(1 + negative_slope²)); selu 3/4) and the
// source of torch.nn.init._calculate_fan_in_and_fan_out (fan_in = size(1)·receptive field,
// fan_out = size(0)·receptive field).

describe('computeFans', () => {
  it('dense [out, in]: fanIn = in, fanOut = out (nn.Linear(128, 256).weight has shape [256, 128])', () => {
    expect(computeFans([256, 128])).toEqual({ fanIn: 128, fanOut: 256 });
    expect(computeFans([1, 1])).toEqual({ fanIn: 1, fanOut: 1 });
  });

  it('conv [out, in, ...kernel] multiplies both fans by the receptive field, 1-D to 3-D', () => {
    expect(computeFans([64, 32, 3, 3])).toEqual({ fanIn: 288, fanOut: 576 });
    expect(computeFans([16, 8, 5])).toEqual({ fanIn: 40, fanOut: 80 });
    expect(computeFans([4, 2, 3, 5, 7])).toEqual({ fanIn: 210, fanOut: 420 });
  });

  it('a zero dimension gives a zero fan rather than an error (the scaled initializers reject it)', () => {
    expect(computeFans([0, 5])).toEqual({ fanIn: 5, fanOut: 0 });
    expect(computeFans([3, 4, 0])).toEqual({ fanIn: 0, fanOut: 0 });
  });
});

describe('calculateGain', () => {
  it("reproduces PyTorch's table", () => {
    for (const n of [
      'linear',
      'conv1d',
      'conv2d',
      'conv3d',
      'conv_transpose1d',
      'conv_transpose2d',
      'conv_transpose3d',
      'sigmoid',
    ] as const) {
      expect(calculateGain(n)).toBe(1);
    }
    expect(calculateGain('tanh')).toBe(5 / 3);
    expect(calculateGain('relu')).toBe(Math.SQRT2);
    expect(calculateGain('selu')).toBe(0.75);
  });

  it("leaky_relu: √(2/(1 + slope²)), slope default 0.01 (PyTorch's None → 0.01), 0 a valid slope", () => {
    expect(calculateGain('leaky_relu')).toBe(Math.sqrt(2 / (1 + 0.01 ** 2)));
    expect(calculateGain('leaky_relu', 0.2)).toBe(Math.sqrt(2 / 1.04));
    expect(calculateGain('leaky_relu', 0)).toBe(Math.SQRT2);
    expect(calculateGain('leaky_relu', 1)).toBe(1);
  });
});

describe('calculateGain for leaky_relu at every finite slope (mpmath golden values)', () => {
  // test/data/gain-golden.json: √(2/(1 + s²)) at 60 digits by scripts/gain_golden.py, rounded
  // once. Allowed: 1 ulp (the formula has two roundings), and in the subnormal range 1 unit of
  // 5e-324 beyond that.
  const { leaky_relu } = JSON.parse(readFileSync(new URL('./data/gain-golden.json', import.meta.url), 'utf8')) as {
    leaky_relu: { slope: number; gain: number }[];
  };

  it.each(leaky_relu.map((r) => [r.slope, r.gain]))('slope %s: %s', (slope, gain) => {
    const got = calculateGain('leaky_relu', slope);
    expect(Math.abs(got - gain)).toBeLessThanOrEqual(Math.max(Number.EPSILON * gain, 5e-324));
    expect(got).toBeGreaterThan(0);
  });

  it('keeps the ordinary slopes bit for bit, and no slope gives 0', () => {
    expect(calculateGain('leaky_relu', 0.2)).toBe(Math.sqrt(2 / (1 + 0.2 ** 2)));
    expect(calculateGain('leaky_relu', 1e200)).toBe(1.4142135623730953e-200); // the @example
    expect(calculateGain('leaky_relu', -Number.MAX_VALUE)).toBeGreaterThan(0);
  });
});
