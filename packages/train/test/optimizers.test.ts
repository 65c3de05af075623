import { RandomState } from '@nninit/rng';
import { tensor } from '@nninit/tensor';
import {
  type Activation,
  adam,
  gradientDescent,
  type Loss,
  MLP,
  momentum,
  type OutputActivation,
  train,
} from '@nninit/train';
import { describe, expect, it } from 'vitest';
import { expectClose } from './helpers/expectClose.js';
import { golden } from './helpers/golden.js';

interface Run {
  sizes: number[];
  hidden: Activation[];
  output: OutputActivation;
  loss: 'bce' | 'softmax' | 'mse';
  optimizer: { name: 'gd' | 'momentum' | 'adam'; lr: number; beta?: number };
  batchSize: number;
  iterations: number;
  shuffleSeed: number;
  initialWeights: number[][][];
  costs: number[];
  finalWeights: number[][][];
  finalBiases: number[][];
  x: number[][];
  y: number[];
}
const runs = golden<Run[]>('optimizers.json');
const LOSS: Record<Run['loss'], Loss> = {
  bce: 'binary_cross_entropy',
  softmax: 'softmax_cross_entropy',
  mse: 'mean_squared_error',
};

describe('optimizers and mini-batches against an independent numpy implementation', () => {
  it.each(runs.map((r) => [`${r.optimizer.name} ${r.loss} batch ${r.batchSize} of ${r.y.length}`, r] as const))(
    '%s: every cost and the final parameters to 1e-10',
    (_, r) => {
      const model = new MLP({
        sizes: r.sizes,
        activation: r.hidden,
        output: r.output,
        initialization: 'he',
        rng: new RandomState(0),
      });
      expect(model.weights.map((w) => w.toArray())).toEqual(r.initialWeights);
      const o = r.optimizer;
      const optimizer =
        o.name === 'gd'
          ? gradientDescent({ learningRate: o.lr })
          : o.name === 'momentum'
            ? momentum({ learningRate: o.lr, beta: o.beta! })
            : adam({ learningRate: o.lr });
      const { costs } = train(
        model,
        { x: tensor(r.x), y: tensor(r.y) },
        {
          loss: LOSS[r.loss],
          optimizer,
          iterations: r.iterations,
          batchSize: r.batchSize,
          rng: new RandomState(r.shuffleSeed),
        },
      );
      expectClose(costs, r.costs, 1e-10);
      model.weights.forEach((w, l) => expectClose(w.data, r.finalWeights[l]!.flat(), 1e-10));
      model.biases.forEach((b, l) => expectClose(b.data, r.finalBiases[l]!, 1e-10, 1e-6));
    },
  );
});

describe('optimizer steps: documented examples', () => {
  it('gradientDescent: θ − η·g', () => {
    const w = new Float64Array([1, 2]);
    gradientDescent({ learningRate: 0.5 }).step([w], [new Float64Array([2, 2])]);
    expect(Array.from(w)).toEqual([0, 1]);
  });

  it('momentum: v ← μv + g, θ ← θ − ηv', () => {
    const w = new Float64Array([0]),
      g = new Float64Array([1]);
    const opt = momentum({ learningRate: 0.1, beta: 0.5 });
    opt.step([w], [g]);
    expect(w[0]).toBe(-0.1);
    opt.step([w], [g]);
    expect(w[0]).toBe(-0.25);
  });

  it('adam: the first step moves each parameter by about the learning rate, whatever the gradient scale', () => {
    const w = new Float64Array([1, 1]);
    adam({ learningRate: 0.1 }).step([w], [new Float64Array([3, 3e-6])]);
    expect(w[0]).toBe(0.9000000003333333);
    expect(w[1]).toBeCloseTo(0.9 + 0.1 * (1 - 3e-6 / (3e-6 + 1e-8)), 12);
  });

  it('float32 parameters are updated in place and rounded once', () => {
    const w = new Float32Array([1]);
    gradientDescent({ learningRate: 0.1 }).step([w], [new Float32Array([1 / 3])]);
    expect(w[0]).toBe(Math.fround(1 - 0.1 * Math.fround(1 / 3)));
  });
});

describe('optimizers: bad input', () => {
  it.each([
    [
      'gradientDescent: learningRate must be a finite number > 0, got 0',
      RangeError,
      () => gradientDescent({ learningRate: 0 }),
    ],
    [
      'gradientDescent: learningRate must be a finite number > 0, got -0.1',
      RangeError,
      () => gradientDescent({ learningRate: -0.1 }),
    ],
    [
      'gradientDescent: learningRate must be a finite number > 0, got NaN',
      RangeError,
      () => gradientDescent({ learningRate: NaN }),
    ],
    ['gradientDescent: learningRate must be a number, got undefined', TypeError, () => gradientDescent({} as never)],
    [
      'gradientDescent: options must be an object or undefined, got 0.1',
      TypeError,
      () => gradientDescent(0.1 as never),
    ],
    [
      'momentum: beta must be a finite number in [0, 1), got 1',
      RangeError,
      () => momentum({ learningRate: 0.1, beta: 1 }),
    ],
    [
      'momentum: learningRate must be a finite number > 0, got Infinity',
      RangeError,
      () => momentum({ learningRate: Infinity }),
    ],
    ['adam: beta2 must be a finite number in [0, 1), got -0.5', RangeError, () => adam({ beta2: -0.5 })],
    ['adam: beta1 must be a number, got "0.9"', TypeError, () => adam({ beta1: '0.9' as never })],
    ['adam: epsilon must be a finite number > 0, got 0', RangeError, () => adam({ epsilon: 0 })],
    ['adam: learningRate must be a finite number > 0, got NaN', RangeError, () => adam({ learningRate: NaN })],
    [
      'gradientDescent.step: parameters must be an array of Float32Array or Float64Array, got [[1]]',
      TypeError,
      () => gradientDescent({ learningRate: 1 }).step([[1] as never], [new Float64Array(1)]),
    ],
    [
      'gradientDescent.step: gradients must have one array per parameter (1), got 0',
      RangeError,
      () => gradientDescent({ learningRate: 1 }).step([new Float64Array(1)], []),
    ],
    [
      'momentum.step: gradients[0] must have the length of parameters[0] (2), got 1',
      RangeError,
      () => momentum({ learningRate: 1 }).step([new Float64Array(2)], [new Float64Array(1)]),
    ],
    [
      'adam.step: parameters must have the shapes of the first step (one optimizer per model), got 1 arrays of lengths [3]',
      RangeError,
      () => {
        const opt = adam();
        opt.step([new Float64Array(2)], [new Float64Array(2)]);
        opt.step([new Float64Array(3)], [new Float64Array(3)]);
      },
    ],
  ] as const)('throws %s', (message, kind, call) => {
    expect(call).toThrow(kind);
    expect(call).toThrow(message);
  });
});
