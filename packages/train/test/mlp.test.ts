import { initialize } from '@nninit/init';
import { philox, RandomState } from '@nninit/rng';
import { tensor } from '@nninit/tensor';
import { MLP } from '@nninit/train';
import { describe, expect, it } from 'vitest';

describe('MLP', () => {
  it("documented example: the notebook's He weights, zero biases, σ(0) = ½ at the origin", () => {
    const model = new MLP({ sizes: [2, 10, 5, 1], output: 'sigmoid', initialization: 'he', rng: new RandomState(3) });
    expect(model.weights[0]!.get(0, 0)).toBe(1.7886284734303186);
    expect(model.biases[2]!.toArray()).toEqual([0]);
    expect(model.forward(tensor([[0, 0]])).toArray()).toEqual([[0.5]]);
    expect(model.weights.map((w) => w.shape)).toEqual([
      [10, 2],
      [5, 10],
      [1, 5],
    ]);
    expect(model.activations).toEqual(['relu', 'relu', 'sigmoid']);
  });

  it('draws layer after layer from one source, as initialize would, per-layer initializations included', () => {
    const model = new MLP({
      sizes: [3, 4, 2],
      initialization: ['lecun_normal', { name: 'random', scale: 10 }],
      rng: philox(5),
      dtype: 'float32',
    });
    const rng = philox(5);
    expect(model.weights[0]!.toArray()).toEqual(initialize([4, 3], 'lecun_normal', { rng }).toArray());
    expect(model.weights[1]!.toArray()).toEqual(initialize([2, 4], { name: 'random', scale: 10 }, { rng }).toArray());
    expect(model.dtype).toBe('float32');
  });

  it('forward computes f(W·a + b) layer by layer, with per-layer activations and softmax output', () => {
    const model = new MLP({
      sizes: [2, 2, 2, 3],
      activation: ['tanh', { name: 'leaky_relu', alpha: 0.5 }],
      output: 'softmax',
      initialization: 'zeros',
      bias: 0,
    });
    model.weights[0]!.data.set([1, -1, 0.5, 2]);
    model.biases[0]!.data.set([0.1, -0.2]);
    model.weights[1]!.data.set([1, 1, -1, 0]);
    model.weights[2]!.data.set([1, 0, 0, 1, 1, 1]);
    const x = [0.3, -0.7];
    const h1 = [Math.tanh(0.3 + 0.7 + 0.1), Math.tanh(0.15 - 1.4 - 0.2)];
    const z2 = [h1[0]! + h1[1]!, -h1[0]!];
    const h2 = z2.map((v) => (v > 0 ? v : 0.5 * v));
    const z3 = [h2[0]!, h2[1]!, h2[0]! + h2[1]!];
    const e = z3.map(Math.exp),
      s = e.reduce((a, b) => a + b, 0);
    const out = model.forward(tensor([x])).toArray() as number[][];
    out[0]!.forEach((v, k) => expect(v).toBeCloseTo(e[k]! / s, 15));
    expect(model.activations).toEqual(['tanh', { name: 'leaky_relu', alpha: 0.5 }, 'softmax']);
  });

  it('clone copies the parameters: training or editing one leaves the other', () => {
    const a = new MLP({ sizes: [2, 3, 1], initialization: 'he', rng: philox(1) });
    const b = a.clone();
    expect(b.weights[0]!.toArray()).toEqual(a.weights[0]!.toArray());
    b.weights[0]!.set([0, 0], 42);
    expect(a.weights[0]!.get(0, 0)).not.toBe(42);
    expect(b).toBeInstanceOf(MLP);
    expect(b.forward(tensor([[1, 1]])).shape).toEqual([1, 1]);
  });

  it.each([
    [
      'MLP: sizes must list at least 2 widths (inputs and outputs), got [2]',
      RangeError,
      () => new MLP({ sizes: [2], initialization: 'zeros' }),
    ],
    [
      'MLP: sizes must list at least 2 widths (inputs and outputs), got []',
      RangeError,
      () => new MLP({ sizes: [], initialization: 'zeros' }),
    ],
    [
      'MLP: sizes[1] must be an integer ≥ 1, got 0',
      RangeError,
      () => new MLP({ sizes: [2, 0, 1], initialization: 'zeros' }),
    ],
    [
      'MLP: sizes must be an array of layer widths, got 3',
      TypeError,
      () => new MLP({ sizes: 3 as never, initialization: 'zeros' }),
    ],
    [
      "MLP: activation must be 'relu', 'leaky_relu', 'tanh', 'sigmoid', 'linear' or { name: 'leaky_relu', alpha }, got \"softmax\"",
      TypeError,
      () => new MLP({ sizes: [2, 3, 1], activation: 'softmax' as never, initialization: 'zeros' }),
    ],
    [
      'MLP: activation must be one activation or 1 (one per hidden layer), got 2',
      RangeError,
      () => new MLP({ sizes: [2, 3, 1], activation: ['relu', 'relu'], initialization: 'zeros' }),
    ],
    [
      'MLP: activation[0].alpha must be a finite number in [0, 1), got -1',
      RangeError,
      () => new MLP({ sizes: [2, 3, 1], activation: [{ name: 'leaky_relu', alpha: -1 }], initialization: 'zeros' }),
    ],
    [
      "MLP: output must be 'relu', 'leaky_relu', 'tanh', 'sigmoid', 'linear' or { name: 'leaky_relu', alpha } or 'softmax', got \"gelu\"",
      TypeError,
      () => new MLP({ sizes: [2, 1], output: 'gelu' as never, initialization: 'zeros' }),
    ],
    [
      'MLP: initialization must be an initializer name or { name, ...parameters }, got undefined',
      TypeError,
      () => new MLP({ sizes: [2, 1] } as never),
    ],
    [
      'MLP: initialization must be one initialization or 2 (one per layer), got 1',
      RangeError,
      () => new MLP({ sizes: [2, 3, 1], initialization: ['he'] }),
    ],
    [
      'MLP: rng must be given when initialization draws random numbers ("he"), got undefined',
      RangeError,
      () => new MLP({ sizes: [2, 1], initialization: 'he' }),
    ],
    [
      'MLP: rng must be a RandomSource (e.g. philox(seed) or new RandomState(seed)), got 3',
      TypeError,
      () => new MLP({ sizes: [2, 1], initialization: 'he', rng: 3 as never }),
    ],
    [
      'MLP: initialization must be a valid initialization of layer 1\'s weights [1,2], got "hee": describeDistribution: initialization must be one of "zeros", "ones", "constant"',
      RangeError,
      () => new MLP({ sizes: [2, 1], initialization: 'hee' as never, rng: philox(0) }),
    ],
    [
      'got "hee" (did you mean "he"?)',
      RangeError,
      () => new MLP({ sizes: [2, 1], initialization: 'hee' as never, rng: philox(0) }),
    ],
    [
      "MLP: initialization[1] must be a valid initialization of layer 2's weights [1,3], got an object: describeDistribution: scale must be non-negative, got -1",
      RangeError,
      () => new MLP({ sizes: [2, 3, 1], initialization: ['he', { name: 'random', scale: -1 }], rng: philox(0) }),
    ],
    [
      'MLP: bias must be a finite number, got NaN',
      RangeError,
      () => new MLP({ sizes: [2, 1], initialization: 'zeros', bias: NaN }),
    ],
    [
      'MLP: dtype must be "float32" or "float64", got "float16"',
      RangeError,
      () => new MLP({ sizes: [2, 1], initialization: 'zeros', dtype: 'float16' as never }),
    ],
    [
      "MLP.forward: x must have 2 columns (the model's inputs), got shape [1,3]",
      RangeError,
      () => new MLP({ sizes: [2, 1], initialization: 'zeros' }).forward(tensor([[1, 2, 3]])),
    ],
    [
      "MLP.forward: x.dtype must be the model's float64, got float32",
      TypeError,
      () =>
        new MLP({ sizes: [2, 1], initialization: 'zeros' }).forward(tensor([[1, 2]], undefined, 'float32') as never),
    ],
    [
      'MLP.forward: x must have shape [nSamples ≥ 1, nFeatures ≥ 1], got [2]',
      RangeError,
      () => new MLP({ sizes: [2, 1], initialization: 'zeros' }).forward(tensor([1, 2])),
    ],
  ] as const)('throws %s', (message, kind, call) => {
    expect(call).toThrow(kind);
    expect(call).toThrow(message);
  });
});
