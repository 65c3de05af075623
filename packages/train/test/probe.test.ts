import { philox } from '@nninit/rng';
import { tensor } from '@nninit/tensor';
import { gradientDescent, MLP, makeCircles, probeSignal, train } from '@nninit/train';
import { describe, expect, it } from 'vitest';

describe('probeSignal', () => {
  it('documented example: a zero network outputs σ(0) = ½ with no spread', () => {
    const model = new MLP({ sizes: [2, 3, 1], output: 'sigmoid', initialization: 'zeros' });
    const s = probeSignal(model, {
      x: tensor([
        [1, 2],
        [3, 4],
      ]),
    });
    expect(s[1]!.activation).toEqual({ mean: 0.5, std: 0 });
    expect(s.map((l) => l.layer)).toEqual([1, 2]);
    expect(s[0]!.gradient).toBeUndefined();
  });

  it('forward statistics equal a direct computation: z = W·x + b, a = relu(z), population std', () => {
    const model = new MLP({ sizes: [1, 2, 1], output: 'sigmoid', initialization: 'zeros' });
    model.weights[0]!.data.set([1, -2]);
    model.biases[0]!.data.set([0.5, 0]);
    const z = [1.5, -2, 2.5, -4]; // units × examples for x = 1, 2
    const a = z.map((v) => Math.max(v, 0));
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    const std = (v: number[]) => Math.sqrt(mean(v.map((x) => (x - mean(v)) ** 2)));
    const [first] = probeSignal(model, { x: tensor([[1], [2]]) });
    expect(first!.preActivation.mean).toBeCloseTo(mean(z), 15);
    expect(first!.preActivation.std).toBeCloseTo(std(z), 15);
    expect(first!.activation.mean).toBeCloseTo(mean(a), 15);
    expect(first!.activation.std).toBeCloseTo(std(a), 15);
  });

  it('gradient statistics are those of the gradients the trainer uses', () => {
    const data = makeCircles({ nSamples: 40, noise: 0.1, rng: philox(0) });
    const model = new MLP({ sizes: [2, 4, 1], output: 'sigmoid', initialization: 'he', rng: philox(1) });
    const s = probeSignal(model, data, { loss: 'binary_cross_entropy' });
    let grads: number[][] = [];
    train(model, data, {
      loss: 'binary_cross_entropy',
      optimizer: {
        name: 'r',
        learningRate: 1,
        step: (_p, g) => {
          grads = g.map((v) => Array.from(v));
        },
      },
      iterations: 1,
    });
    const w = grads[0]!,
      m = w.reduce((a, b) => a + b, 0) / w.length;
    expect(s[0]!.weightGradient!.mean).toBeCloseTo(m, 15);
    expect(s[0]!.weightGradient!.std).toBeCloseTo(Math.sqrt(w.reduce((a, b) => a + (b - m) ** 2, 0) / w.length), 15);
    expect(s[1]!.gradient!.std).toBeGreaterThan(0);
  });

  it('can be called at any point in training, from onProgress', () => {
    const data = makeCircles({ nSamples: 60, noise: 0.05, rng: philox(2) });
    const model = new MLP({ sizes: [2, 8, 1], output: 'sigmoid', initialization: 'he', rng: philox(3) });
    const stds: number[] = [];
    train(model, data, {
      loss: 'binary_cross_entropy',
      optimizer: gradientDescent({ learningRate: 0.5 }),
      iterations: 300,
      recordEvery: 100,
      onProgress: () => stds.push(probeSignal(model, data, { loss: 'binary_cross_entropy' })[0]!.weightGradient!.std),
    });
    expect(stds).toHaveLength(3);
    expect(new Set(stds).size).toBe(3); // parameters moved between calls
  });

  it.each([
    [
      'probeSignal: options.loss and data.y must be given together, got data.y alone',
      TypeError,
      () =>
        probeSignal(new MLP({ sizes: [1, 1], output: 'sigmoid', initialization: 'zeros' }), {
          x: tensor([[1]]),
          y: tensor([1]),
        }),
    ],
    [
      'probeSignal: options.loss and data.y must be given together, got options.loss alone',
      TypeError,
      () =>
        probeSignal(
          new MLP({ sizes: [1, 1], output: 'sigmoid', initialization: 'zeros' }),
          { x: tensor([[1]]) },
          { loss: 'binary_cross_entropy' },
        ),
    ],
    [
      'probeSignal: data.x must hold finite numbers only, got NaN at [0, 0]',
      RangeError,
      () => probeSignal(new MLP({ sizes: [1, 1], initialization: 'zeros' }), { x: tensor([[NaN]]) }),
    ],
    [
      "probeSignal: data.x must have 1 column (the model's inputs), got 2",
      RangeError,
      () => probeSignal(new MLP({ sizes: [1, 1], initialization: 'zeros' }), { x: tensor([[1, 2]]) }),
    ],
    [
      'probeSignal: data must be { x } or { x, y } tensors, got null',
      TypeError,
      () => probeSignal(new MLP({ sizes: [1, 1], initialization: 'zeros' }), null as never),
    ],
  ] as const)('throws %s', (message, kind, call) => {
    expect(call).toThrow(kind);
    expect(call).toThrow(message);
  });
});
