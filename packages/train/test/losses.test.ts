import { tensor } from '@nninit/tensor';
import { binaryCrossEntropy, meanSquaredError, softmaxCrossEntropy } from '@nninit/train';
import { describe, expect, it } from 'vitest';

describe('binaryCrossEntropy from logits', () => {
  it('documented examples: ln 2 at z = 0, finite (= z) where the notebook printed inf', () => {
    expect(binaryCrossEntropy(tensor([0, 0]), tensor([0, 1]))).toBe(Math.LN2);
    expect(binaryCrossEntropy(tensor([800]), tensor([0]))).toBe(800);
    expect(binaryCrossEntropy(tensor([-800]), tensor([1]))).toBe(800);
    // Non-finite logits are refused, not turned into a number (σ(∞) = 1 would hide a NaN's cousin).
    expect(() => binaryCrossEntropy(tensor([Infinity]), tensor([1]))).toThrow(
      'binaryCrossEntropy: logits must hold finite numbers only, got Infinity at [0]',
    );
  });

  it('equals −[y log σ(z) + (1 − y) log(1 − σ(z))] where that is accurate', () => {
    const z = [-3, -0.5, 0.1, 2, 4.5],
      y = [0, 1, 1, 0, 1];
    const naive =
      z.reduce((s, zi, i) => {
        const a = 1 / (1 + Math.exp(-zi));
        return s - (y[i]! * Math.log(a) + (1 - y[i]!) * Math.log(1 - a));
      }, 0) / z.length;
    expect(binaryCrossEntropy(tensor(z), tensor(y))).toBeCloseTo(naive, 14);
  });

  it('works on [n, k] multi-label logits and float32', () => {
    expect(
      binaryCrossEntropy(
        tensor(
          [
            [0, 0],
            [0, 0],
          ],
          undefined,
          'float32',
        ),
        tensor(
          [
            [0, 1],
            [1, 0],
          ],
          undefined,
          'float32',
        ),
      ),
    ).toBeCloseTo(Math.LN2, 15);
  });
});

describe('softmaxCrossEntropy', () => {
  it('documented examples: ln 3 for uniform logits, no overflow at 1000', () => {
    expect(softmaxCrossEntropy(tensor([[0, 0, 0]]), tensor([2]))).toBe(1.0986122886681096);
    expect(softmaxCrossEntropy(tensor([[1000, 0]]), tensor([0]))).toBe(0);
    expect(softmaxCrossEntropy(tensor([[1000, 0]]), tensor([1]))).toBe(1000);
  });

  it('equals −log softmax(z)_y averaged over examples', () => {
    const z = [
        [1, 2, 3],
        [0.5, -1, 0],
      ],
      y = [0, 2];
    const expected =
      z.reduce((s, row, i) => s - Math.log(Math.exp(row[y[i]!]!) / row.reduce((t, v) => t + Math.exp(v), 0)), 0) / 2;
    expect(softmaxCrossEntropy(tensor(z), tensor(y))).toBeCloseTo(expected, 14);
  });
});

describe('meanSquaredError', () => {
  it('documented example', () => {
    expect(meanSquaredError(tensor([1, 2, 3]), tensor([1, 2, 5]))).toBe(4 / 3);
  });
});

describe('losses: bad input', () => {
  it.each([
    [
      'binaryCrossEntropy: labels must be 0 or 1, got 0.5 at flat index 1',
      RangeError,
      () => binaryCrossEntropy(tensor([0, 0]), tensor([0, 0.5])),
    ],
    [
      'binaryCrossEntropy: labels must hold finite numbers only, got NaN at [0]',
      RangeError,
      () => binaryCrossEntropy(tensor([0]), tensor([NaN])),
    ],
    [
      'binaryCrossEntropy: labels must have the shape of logits [2] (non-empty), got [3]',
      RangeError,
      () => binaryCrossEntropy(tensor([0, 0]), tensor([0, 1, 1])),
    ],
    [
      'binaryCrossEntropy: labels must have the shape of logits [0] (non-empty), got [0]',
      RangeError,
      () => binaryCrossEntropy(tensor([]), tensor([])),
    ],
    [
      'binaryCrossEntropy: logits must be a Tensor, got [0]',
      TypeError,
      () => binaryCrossEntropy([0] as never, tensor([0])),
    ],
    [
      'binaryCrossEntropy: labels must have the dtype of logits (float64), got float32',
      TypeError,
      () => binaryCrossEntropy(tensor([0]), tensor([0], undefined, 'float32') as never),
    ],
    [
      'softmaxCrossEntropy: labels must be class indices in [0, 2), got 2 at [0]',
      RangeError,
      () => softmaxCrossEntropy(tensor([[0, 0]]), tensor([2])),
    ],
    [
      'softmaxCrossEntropy: labels must be class indices in [0, 2), got 0.5 at [0]',
      RangeError,
      () => softmaxCrossEntropy(tensor([[0, 0]]), tensor([0.5])),
    ],
    [
      'softmaxCrossEntropy: labels must have shape [1], got [1,2]',
      RangeError,
      () => softmaxCrossEntropy(tensor([[0, 0]]), tensor([[0, 1]])),
    ],
    [
      'softmaxCrossEntropy: logits must have shape [nSamples ≥ 1, nClasses ≥ 1], got [2]',
      RangeError,
      () => softmaxCrossEntropy(tensor([0, 0]), tensor([0, 0])),
    ],
    [
      'meanSquaredError: targets must have the shape of predictions [3] (non-empty), got [1,3]',
      RangeError,
      () => meanSquaredError(tensor([1, 2, 3]), tensor([[1, 2, 3]])),
    ],
    [
      'meanSquaredError: targets must be a Tensor, got null',
      TypeError,
      () => meanSquaredError(tensor([1]), null as never),
    ],
  ] as const)('throws %s', (message, kind, call) => {
    expect(call).toThrow(kind);
    expect(call).toThrow(message);
  });
});
