import { philox } from '@nninit/rng';
import { Tensor, tensor } from '@nninit/tensor';
import {
  accuracy,
  binaryCrossEntropy,
  MLP,
  makeBlobs,
  makeCircles,
  makeMoons,
  makeSpirals,
  makeXor,
  meanSquaredError,
  predict,
  probeSignal,
  softmaxCrossEntropy,
  trainTestSplit,
} from '@nninit/train';
import { describe, expect, it } from 'vitest';

// Nothing returns a number computed from NaN or ±Infinity: predict on NaN inputs used to return
// labels and accuracy 1, and the losses accepted NaN logits.
describe('non-finite inputs are refused, by one shared check', () => {
  const model = new MLP({ sizes: [2, 3, 1], output: 'sigmoid', initialization: 'zeros' });
  it.each([
    [
      'predict',
      () =>
        predict(
          model,
          tensor([
            [0, 0],
            [Number.NaN, 0],
          ]),
        ),
      'predict: x must hold finite numbers only, got NaN at [1, 0]',
    ],
    [
      'accuracy',
      () => accuracy(model, { x: tensor([[Number.NaN, 0]]), y: tensor([0]) }),
      'accuracy: data.x must hold finite numbers only, got NaN at [0, 0]',
    ],
    [
      'accuracy (labels)',
      () => accuracy(model, { x: tensor([[0, 0]]), y: tensor([Number.NaN]) }),
      'accuracy: data.y must hold finite numbers only, got NaN at [0]',
    ],
    [
      'MLP.forward',
      () => model.forward(tensor([[Infinity, 0]])),
      'MLP.forward: x must hold finite numbers only, got Infinity at [0, 0]',
    ],
    [
      'binaryCrossEntropy',
      () => binaryCrossEntropy(tensor([Number.NaN]), tensor([1])),
      'binaryCrossEntropy: logits must hold finite numbers only, got NaN at [0]',
    ],
    [
      'softmaxCrossEntropy',
      () => softmaxCrossEntropy(tensor([[0, Number.NaN]]), tensor([0])),
      'softmaxCrossEntropy: logits must hold finite numbers only, got NaN at [0, 1]',
    ],
    [
      'meanSquaredError',
      () => meanSquaredError(tensor([1, 2]), tensor([1, -Infinity])),
      'meanSquaredError: targets must hold finite numbers only, got -Infinity at [1]',
    ],
    [
      'trainTestSplit',
      () => trainTestSplit({ x: tensor([[0], [Number.NaN]]), y: tensor([0, 1]) }, { shuffle: false, testSize: 1 }),
      'trainTestSplit: data.x must hold finite numbers only, got NaN at [1, 0]',
    ],
    [
      'probeSignal',
      () => probeSignal(model, { x: tensor([[0, Number.NaN]]) }),
      'probeSignal: data.x must hold finite numbers only, got NaN at [0, 1]',
    ],
  ] as const)('%s', (_, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

  it('finite inputs whose result overflows are refused too', () => {
    expect(() => meanSquaredError(tensor([1e200]), tensor([0]))).toThrow(
      'meanSquaredError: predictions must be small enough for a finite mean loss, got a mean of Infinity',
    );
    const big = (output: 'linear' | 'softmax') =>
      new MLP({ sizes: [1, 2], output, initialization: { name: 'constant', value: 1e300 } });
    // 1e300·1e10 overflows to Infinity: a linear output would return it, softmax gives NaN (∞ − ∞).
    expect(() => big('linear').forward(tensor([[1e10]]))).toThrow(
      "MLP.forward: x's outputs must hold finite numbers only, got Infinity at [0, 0] (the values of x are too large for the weights)",
    );
    expect(() => predict(big('softmax'), tensor([[1e10]]))).toThrow(
      /^predict: x's outputs must hold finite numbers only/,
    );
  });
});

describe('probeSignal', () => {
  it('refuses finite data whose signal overflows through the weights', () => {
    const model = new MLP({ sizes: [1, 2, 1], initialization: { name: 'constant', value: 1e300 } });
    expect(() => probeSignal(model, { x: tensor([[1e10]]) })).toThrow(
      /^probeSignal: data.x must give finite signals through the model, got Infinity in layer 1's preActivation/,
    );
  });
});

describe('data set generators never return non-finite points', () => {
  it.each([
    [
      'makeCircles',
      () => makeCircles({ noise: 1e308, rng: philox(0) }),
      'makeCircles: noise must be at most 1.4277961914387076e+307 so the points stay finite in float64, got 1e+308',
    ],
    [
      'makeXor',
      () => makeXor({ noise: 1e38, rng: philox(0), dtype: 'float32' }),
      'makeXor: noise must be at most 2.7026516880008493e+37 so the points stay finite in float32, got 1e+38',
    ],
    [
      'makeBlobs',
      () => makeBlobs({ centerBox: [-1e308, 1e308], rng: philox(0) }),
      'makeBlobs: centerBox must be [low, high] with a finite width high − low, got [-1e+308,1e+308]',
    ],
    [
      'makeBlobs',
      () => makeBlobs({ centers: [[0, 1e39]], rng: philox(0), dtype: 'float32' }),
      'makeBlobs: centers must be finite in float32, got 1e+39',
    ],
    [
      'makeMoons',
      () => makeMoons({ nSamples: 2 ** 40, shuffle: false }),
      'makeMoons: nSamples = 1099511627776 points of 2 features needs 17592186044416 bytes',
    ],
  ] as const)('%s', (_, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

  it('a RandomSource that draws non-finite values is caught, not passed on', () => {
    const bad = { fillUniform: (a: Float64Array) => a.fill(0.5), fillNormal: (a: Float64Array) => a.fill(Number.NaN) };
    expect(() => makeCircles({ noise: 0.1, rng: bad as never })).toThrow(
      'makeCircles: x must hold finite numbers only, got NaN at [0, 0] (rng drew non-finite values)',
    );
  });
});

describe('allocation', () => {
  it('a forward pass whose workspace would exceed 4 GiB is a RangeError naming the caller, before allocating', () => {
    const wide = new MLP({ sizes: [2, 100_000, 1], output: 'sigmoid', initialization: 'zeros' });
    const x = new Tensor(new Float64Array(2 * 6000), [6000, 2]);
    expect(() => predict(wide, x)).toThrow(RangeError);
    expect(() => predict(wide, x)).toThrow(
      /^predict: a workspace of 100000 units × 6000 examples needs 4800000000 bytes \(4\.47 GiB\), more than the/,
    );
  });
});

describe('makeSpirals', () => {
  it('its noise is on the angle: a float32 data set takes any noise whose float64 angle stays finite', () => {
    const { x } = makeSpirals({ nSamples: 6, noise: 1e37, rng: philox(0), dtype: 'float32' });
    expect(Array.from(x.data).every((v) => Math.abs(v) <= 1)).toBe(true);
    expect(() => makeSpirals({ noise: 1e308, rng: philox(0) })).toThrow(
      /^makeSpirals: noise must be at most .* so the points stay finite in float64, got 1e\+308$/,
    );
  });
});
