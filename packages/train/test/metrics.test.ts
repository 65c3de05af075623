import { philox } from '@nninit/rng';
import { tensor } from '@nninit/tensor';
import { accuracy, MLP, predict } from '@nninit/train';
import { describe, expect, it } from 'vitest';

describe('predict', () => {
  it('documented example: sigmoid output thresholded at ½', () => {
    const model = new MLP({ sizes: [2, 1], output: 'sigmoid', initialization: 'zeros' });
    model.biases[0]!.set([0], 0.1);
    expect(
      predict(
        model,
        tensor([
          [0, 0],
          [5, 5],
        ]),
      ).toArray(),
    ).toEqual([1, 1]);
  });

  it("a probability of exactly ½ predicts 0, as the notebook's a3 > 0.5", () => {
    const model = new MLP({ sizes: [2, 1], output: 'sigmoid', initialization: 'zeros' });
    expect(predict(model, tensor([[3, -4]])).toArray()).toEqual([0]);
  });

  it('softmax: the index of the largest probability, the first on ties; multi-output sigmoid: [n, k]', () => {
    const soft = new MLP({ sizes: [1, 3], output: 'softmax', initialization: 'zeros' });
    soft.weights[0]!.data.set([-1, 0, 1]);
    expect(predict(soft, tensor([[2], [-2], [0]])).toArray()).toEqual([2, 0, 0]);
    const multi = new MLP({ sizes: [1, 2], output: 'sigmoid', initialization: 'zeros' });
    multi.weights[0]!.data.set([1, -1]);
    expect(predict(multi, tensor([[1], [-1]])).toArray()).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it.each([
    [
      "predict: model must have output 'sigmoid' or 'softmax' to predict classes, got output \"linear\"",
      TypeError,
      () => predict(new MLP({ sizes: [2, 1], initialization: 'zeros' }), tensor([[0, 0]])),
    ],
    [
      "predict: x must have 2 columns (the model's inputs), got shape [1,1]",
      RangeError,
      () => predict(new MLP({ sizes: [2, 1], output: 'sigmoid', initialization: 'zeros' }), tensor([[0]])),
    ],
    [
      'predict: x must be a Tensor, got [[0,0]]',
      TypeError,
      () => predict(new MLP({ sizes: [2, 1], output: 'sigmoid', initialization: 'zeros' }), [[0, 0]] as never),
    ],
  ] as const)('throws %s', (message, kind, call) => {
    expect(call).toThrow(kind);
    expect(call).toThrow(message);
  });
});

describe('accuracy', () => {
  it('documented example: σ(0) = ½ predicts 0 everywhere, so half right', () => {
    const model = new MLP({ sizes: [2, 1], output: 'sigmoid', initialization: 'zeros' });
    expect(
      accuracy(model, {
        x: tensor([
          [0, 0],
          [1, 1],
        ]),
        y: tensor([0, 1]),
      }),
    ).toBe(0.5);
  });

  it('is the fraction of equal labels, np.mean(p == y): 2 of 3', () => {
    const model = new MLP({ sizes: [1, 1], output: 'sigmoid', initialization: 'he', rng: philox(0) });
    model.weights[0]!.data.set([1]);
    expect(accuracy(model, { x: tensor([[1], [-1], [2]]), y: tensor([1, 0, 0]) })).toBe(2 / 3);
  });

  it('throws when the labels do not match the predictions', () => {
    const model = new MLP({ sizes: [1, 2], output: 'softmax', initialization: 'zeros' });
    const call = () => accuracy(model, { x: tensor([[1]]), y: tensor([[0, 1]]) });
    expect(call).toThrow(RangeError);
    expect(call).toThrow('accuracy: data.y must have one label per prediction, [1], got [1,2]');
  });
});
