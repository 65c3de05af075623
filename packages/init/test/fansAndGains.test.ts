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
