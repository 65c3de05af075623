import { philox, RandomState } from '@nninit/rng';
import { Tensor, tensor } from '@nninit/tensor';
import {
  accuracy,
  adam,
  DivergenceError,
  gradientDescent,
  MLP,
  makeCircles,
  makeSpirals,
  momentum,
  type TrainProgress,
  train,
  trainTestSplit,
} from '@nninit/train';
import { describe, expect, it } from 'vitest';

const circles = makeCircles({ nSamples: 120, noise: 0.05, rng: philox(1) });
const heModel = (seed = 3): MLP =>
  new MLP({ sizes: [2, 10, 5, 1], output: 'sigmoid', initialization: 'he', rng: philox(seed) });
const gd = (learningRate = 0.1) => gradientDescent({ learningRate });

describe('train', () => {
  it('records the cost every recordEvery iterations and reports progress with elapsed time', () => {
    const seen: TrainProgress[] = [];
    const result = train(heModel(), circles, {
      loss: 'binary_cross_entropy',
      optimizer: gd(),
      iterations: 25,
      recordEvery: 10,
      onProgress: (p) => seen.push(p),
    });
    expect(result.iterations).toEqual([0, 10, 20]);
    expect(seen.map((p) => p.iteration)).toEqual([0, 10, 20]);
    expect(seen.map((p) => p.cost)).toEqual(result.costs);
    expect(seen.every((p, i) => p.elapsed >= 0 && (i === 0 || p.elapsed >= seen[i - 1]!.elapsed))).toBe(true);
    expect(result.elapsed).toBeGreaterThanOrEqual(seen[2]!.elapsed);
  });

  it('the cost at iteration t is computed before update t: one more iteration leaves earlier costs unchanged', () => {
    const a = train(heModel(), circles, { loss: 'binary_cross_entropy', optimizer: gd(), iterations: 5 }).costs;
    const b = train(heModel(), circles, { loss: 'binary_cross_entropy', optimizer: gd(), iterations: 6 }).costs;
    expect(b.slice(0, 5)).toEqual(a);
    expect(b[5]).toBeLessThan(b[0]!);
  });

  it('zero iterations change nothing and record nothing', () => {
    const model = heModel();
    const before = model.weights[0]!.toArray();
    expect(train(model, circles, { loss: 'binary_cross_entropy', optimizer: gd(), iterations: 0 }).costs).toEqual([]);
    expect(model.weights[0]!.toArray()).toEqual(before);
  });

  it('mini-batches: deterministic for a seed, different for another, and every example visited each epoch', () => {
    const run = (seed: number) => {
      const model = heModel();
      train(model, circles, {
        loss: 'binary_cross_entropy',
        optimizer: adam({ learningRate: 0.01 }),
        iterations: 40,
        batchSize: 16,
        rng: philox(seed),
      });
      return Array.from(model.weights[0]!.data);
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
    // With the batch size equal to n, the mini-batch loop is full-batch gradient descent.
    const full = heModel(),
      batched = heModel();
    train(full, circles, { loss: 'binary_cross_entropy', optimizer: gd(), iterations: 3 });
    train(batched, circles, { loss: 'binary_cross_entropy', optimizer: gd(), iterations: 3, batchSize: 120 });
    expect(batched.weights[1]!.toArray()).toEqual(full.weights[1]!.toArray());
  });

  it('a mini-batch epoch uses each example exactly once (a model that only sees the mean gradient of each batch)', () => {
    const x = new Tensor(
      Float64Array.from({ length: 10 }, (_, i) => i),
      [10, 1],
    );
    const y = new Tensor(new Float64Array(10), [10]);
    const model = new MLP({ sizes: [1, 1], output: 'linear', initialization: 'zeros' });
    const seen: number[] = [];
    const probe = {
      name: 'probe',
      learningRate: 1,
      step: (_: unknown, g: readonly (Float32Array | Float64Array)[]) => seen.push(g[0]![0]!),
    };
    // Output a = 0·x + 1 against target 0: dL/dW = (2/m)·Σ x over the batch, so each recorded
    // gradient is twice its batch's mean x (the probe never updates, so this holds every step).
    model.biases[0]!.set([0], 1);
    train(
      model,
      { x, y },
      { loss: 'mean_squared_error', optimizer: probe, iterations: 4, batchSize: 4, rng: philox(0) },
    );
    const means = seen.map((v) => v / 2);
    const sizes = [4, 4, 2, 4];
    const firstEpoch = means.slice(0, 3).reduce((s, m, i) => s + m * sizes[i]!, 0);
    expect(firstEpoch).toBeCloseTo(45, 12); // 0 + 1 + … + 9, each once
  });

  it('trains float32 models, close to float64 on the same problem', () => {
    const data32 = makeCircles({ nSamples: 120, noise: 0.05, rng: philox(1), dtype: 'float32' });
    const m32 = new MLP({
      sizes: [2, 10, 5, 1],
      output: 'sigmoid',
      initialization: 'he',
      rng: philox(3),
      dtype: 'float32',
    });
    const c32 = train(m32, data32, {
      loss: 'binary_cross_entropy',
      optimizer: gd(),
      iterations: 200,
      recordEvery: 199,
    }).costs;
    const c64 = train(heModel(), circles, {
      loss: 'binary_cross_entropy',
      optimizer: gd(),
      iterations: 200,
      recordEvery: 199,
    }).costs;
    expect(m32.weights[0]!.dtype).toBe('float32');
    expect(Math.abs(c32[1]! - c64[1]!)).toBeLessThan(1e-4);
  });

  it('learns a 3-class problem with softmax cross-entropy and Adam', () => {
    const spirals = makeSpirals({ nSamples: 300, rng: new RandomState(0) });
    const { train: tr, test } = trainTestSplit(spirals, { rng: new RandomState(1) });
    const model = new MLP({ sizes: [2, 64, 3], output: 'softmax', initialization: 'he', rng: philox(0) });
    train(model, tr, {
      loss: 'softmax_cross_entropy',
      optimizer: adam({ learningRate: 0.02 }),
      iterations: 1500,
      batchSize: 75,
      rng: philox(1),
      recordEvery: 500,
    });
    expect(accuracy(model, tr)).toBeGreaterThan(0.9);
    expect(accuracy(model, test)).toBeGreaterThan(0.85);
  });

  const divergent = { x: circles.x, y: tensor(Array.from(circles.y.data, (v) => 1e6 * v)) };
  const divergentRun = (recordEvery: number) => () =>
    train(new MLP({ sizes: [2, 10, 1], initialization: { name: 'random', scale: 10 }, rng: philox(0) }), divergent, {
      loss: 'mean_squared_error',
      optimizer: gd(1000),
      iterations: 1000,
      recordEvery,
    });
  const caught = (run: () => unknown): DivergenceError => {
    try {
      run();
    } catch (e) {
      return e as DivergenceError;
    }
    throw new Error('no divergence');
  };

  it('stops with a DivergenceError naming the iteration when a parameter becomes NaN or infinite', () => {
    // Costs recorded only at iteration 0: the parameters' own check catches the divergence.
    const run = divergentRun(1000);
    expect(run).toThrow(DivergenceError);
    expect(run).toThrow(
      'train: training diverged at iteration 80: W1[0] became NaN; lower the learning rate or the initialization scale',
    );
    const error = caught(run);
    expect([error.name, error.iteration, error.parameter, error.value]).toEqual(['DivergenceError', 80, 'W1[0]', NaN]);
    expect(error).toBeInstanceOf(Error);
  });

  it('stops with a DivergenceError naming the cost when a recorded cost overflows first (documented example)', () => {
    const error = caught(divergentRun(1));
    expect(error.message).toBe(
      'train: training diverged at iteration 42: cost became Infinity; lower the learning rate or the initialization scale, or rescale the targets',
    );
    expect([error.iteration, error.parameter, error.value]).toEqual([42, 'cost', Infinity]);
  });

  it('never returns an infinite cost: MSE on targets of 1e200 (finite parameters, overflowing loss)', () => {
    const data = {
      x: tensor([
        [0, 0],
        [1, 1],
      ]),
      y: tensor([[1e200], [0]]),
    };
    const model = new MLP({ sizes: [2, 1], initialization: 'zeros' });
    const before = model.weights[0]!.toArray();
    const error = caught(() => train(model, data, { loss: 'mean_squared_error', optimizer: gd(0.1), iterations: 3 }));
    expect(error).toBeInstanceOf(DivergenceError);
    expect([error.iteration, error.parameter, error.value]).toEqual([0, 'cost', Infinity]);
    expect(model.weights[0]!.toArray()).toEqual(before); // stopped before an update from that cost
  });

  it('refuses a model whose parameters are already non-finite, before training (not a divergence)', () => {
    const model = heModel();
    model.weights[1]!.data[3] = Number.NaN;
    const call = () => train(model, circles, { loss: 'binary_cross_entropy', optimizer: gd(), iterations: 1 });
    expect(call).toThrow(RangeError);
    expect(call).toThrow('train: model.weights[1] must hold finite numbers only, got NaN at [0, 3]');
  });
});

describe('train: bad input', () => {
  const model = heModel();
  const ok = { loss: 'binary_cross_entropy' as const, optimizer: gd(), iterations: 1 };
  const x = tensor([
    [0, 0],
    [1, 1],
  ]);
  it.each([
    [
      'train: data.y must have shape [2] or [2, nOutputs] to match data.x [2,2], got [3]',
      RangeError,
      () => train(model, { x, y: tensor([0, 1, 1]) }, ok),
    ],
    [
      'train: data.y must hold labels 0 or 1 for binary_cross_entropy, got 2 at flat index 1',
      RangeError,
      () => train(model, { x, y: tensor([0, 2]) }, ok),
    ],
    [
      'train: data.x must hold finite numbers only, got NaN at [1, 0]',
      RangeError,
      () =>
        train(
          model,
          {
            x: tensor([
              [0, 0],
              [NaN, 1],
            ]),
            y: tensor([0, 1]),
          },
          ok,
        ),
    ],
    [
      'train: data.y must hold finite numbers only, got Infinity at [0]',
      RangeError,
      () => train(model, { x, y: tensor([Infinity, 1]) }, ok),
    ],
    [
      "train: data.x must have 2 columns (the model's inputs), got 3",
      RangeError,
      () => train(model, { x: tensor([[0, 0, 0]]), y: tensor([0]) }, ok),
    ],
    [
      "train: data.x.dtype must be the model's float64, got float32",
      TypeError,
      () =>
        train(model, { x: tensor([[0, 0]], undefined, 'float32'), y: tensor([0], undefined, 'float32') } as never, ok),
    ],
    [
      'train: loss "softmax_cross_entropy" needs output: \'softmax\', got output "sigmoid"',
      TypeError,
      () => train(model, { x, y: tensor([0, 1]) }, { ...ok, loss: 'softmax_cross_entropy' }),
    ],
    [
      'train: loss "binary_cross_entropy" needs output: \'sigmoid\', got output "linear"',
      TypeError,
      () => train(new MLP({ sizes: [2, 1], initialization: 'zeros' }), { x, y: tensor([0, 1]) }, ok),
    ],
    [
      'train: loss "mean_squared_error" needs an output activation other than softmax, got output "softmax"',
      TypeError,
      () =>
        train(
          new MLP({ sizes: [2, 2], output: 'softmax', initialization: 'zeros' }),
          { x, y: tensor([0, 1]) },
          { ...ok, loss: 'mean_squared_error' },
        ),
    ],
    [
      'train: data.y must hold class labels 0 … 1 for softmax_cross_entropy, got 2 at flat index 0',
      RangeError,
      () =>
        train(
          new MLP({ sizes: [2, 2], output: 'softmax', initialization: 'zeros' }),
          { x, y: tensor([2, 1]) },
          { ...ok, loss: 'softmax_cross_entropy' },
        ),
    ],
    [
      "train: loss must be 'binary_cross_entropy', 'softmax_cross_entropy' or 'mean_squared_error', got \"hinge\"",
      TypeError,
      () => train(model, { x, y: tensor([0, 1]) }, { ...ok, loss: 'hinge' as never }),
    ],
    [
      'train: optimizer must be an Optimizer (gradientDescent, momentum or adam), got undefined',
      TypeError,
      () => train(model, { x, y: tensor([0, 1]) }, { ...ok, optimizer: undefined as never }),
    ],
    [
      'train: iterations must be an integer ≥ 0, got -1',
      RangeError,
      () => train(model, { x, y: tensor([0, 1]) }, { ...ok, iterations: -1 }),
    ],
    [
      'train: batchSize must be at most the 2 examples, got 3',
      RangeError,
      () => train(model, { x, y: tensor([0, 1]) }, { ...ok, batchSize: 3 }),
    ],
    [
      'train: batchSize must be an integer ≥ 1, got 0',
      RangeError,
      () => train(model, { x, y: tensor([0, 1]) }, { ...ok, batchSize: 0 }),
    ],
    [
      'train: rng must be a RandomSource (e.g. philox(seed) or new RandomState(seed)), got undefined',
      TypeError,
      () => train(model, { x, y: tensor([0, 1]) }, { ...ok, batchSize: 1 }),
    ],
    [
      'train: recordEvery must be an integer ≥ 1, got 0',
      RangeError,
      () => train(model, { x, y: tensor([0, 1]) }, { ...ok, recordEvery: 0 }),
    ],
    [
      'train: onProgress must be a function, got 1',
      TypeError,
      () => train(model, { x, y: tensor([0, 1]) }, { ...ok, onProgress: 1 as never }),
    ],
    ['train: model must be an MLP, got an object', TypeError, () => train({} as never, { x, y: tensor([0, 1]) }, ok)],
    ['train: data must be { x, y } tensors, got undefined', TypeError, () => train(model, undefined as never, ok)],
    [
      'train: options must be an object or undefined, got 5',
      TypeError,
      () => train(model, { x, y: tensor([0, 1]) }, 5 as never),
    ],
    [
      'gradientDescent: learningRate must be a finite number > 0, got 0',
      RangeError,
      () => train(model, { x, y: tensor([0, 1]) }, { ...ok, optimizer: gd(0) }),
    ],
  ] as const)('throws %s', (message, kind, call) => {
    expect(call).toThrow(kind);
    expect(call).toThrow(message);
  });
});

describe("train: targets must fit the model's outputs", () => {
  const x = tensor([
    [0, 0],
    [1, 1],
  ]);
  it.each([
    [
      'train: data.y must have shape [2] (class labels) for a model with 3 outputs, got [2,3]',
      RangeError,
      () =>
        train(
          new MLP({ sizes: [2, 3], output: 'softmax', initialization: 'zeros' }),
          {
            x,
            y: tensor([
              [0, 1, 0],
              [1, 0, 0],
            ]),
          },
          { loss: 'softmax_cross_entropy', optimizer: gd(), iterations: 1 },
        ),
    ],
    [
      'train: data.y must have shape [2, 2] for a model with 2 outputs, got [2]',
      RangeError,
      () =>
        train(
          new MLP({ sizes: [2, 2], output: 'sigmoid', initialization: 'zeros' }),
          { x, y: tensor([0, 1]) },
          { loss: 'binary_cross_entropy', optimizer: gd(), iterations: 1 },
        ),
    ],
    [
      'train: data.y must have shape [2] or [2, 1] for a model with 1 output, got [2,2]',
      RangeError,
      () =>
        train(
          new MLP({ sizes: [2, 1], initialization: 'zeros' }),
          {
            x,
            y: tensor([
              [0, 1],
              [1, 0],
            ]),
          },
          { loss: 'mean_squared_error', optimizer: gd(), iterations: 1 },
        ),
    ],
  ] as const)('throws %s', (message, kind, call) => {
    expect(call).toThrow(kind);
    expect(call).toThrow(message);
  });

  it('multi-output sigmoid (multi-label) and multi-output regression train with [n, k] targets', () => {
    const multi = new MLP({ sizes: [2, 4, 2], output: 'sigmoid', initialization: 'he', rng: philox(0) });
    const { costs } = train(
      multi,
      {
        x,
        y: tensor([
          [0, 1],
          [1, 1],
        ]),
      },
      { loss: 'binary_cross_entropy', optimizer: gd(0.5), iterations: 200, recordEvery: 199 },
    );
    expect(costs[1]).toBeLessThan(costs[0]!);
    const reg = new MLP({ sizes: [2, 4, 3], initialization: 'he', rng: philox(1) });
    const r = train(
      reg,
      {
        x,
        y: tensor([
          [1, 2, 3],
          [-1, 0, 1],
        ]),
      },
      { loss: 'mean_squared_error', optimizer: gd(0.05), iterations: 500, recordEvery: 499 },
    );
    expect(r.costs[1]).toBeLessThan(0.01 * r.costs[0]!);
  });
});

describe('train: one optimizer per model', () => {
  it("an optimizer already used on another model is train's RangeError, with the optimizer's error as cause", () => {
    const opt = momentum({ learningRate: 0.1 });
    train(heModel(), circles, { loss: 'binary_cross_entropy', optimizer: opt, iterations: 1 });
    const other = new MLP({ sizes: [2, 4, 1], output: 'sigmoid', initialization: 'he', rng: philox(1) });
    const before = other.weights[0]!.toArray();
    let error: unknown;
    try {
      train(other, circles, { loss: 'binary_cross_entropy', optimizer: opt, iterations: 2 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toMatch(
      /^train: optimizer must accept this model's parameters \(one optimizer per model; create a new one\), got momentum refusing them: momentum\.step: parameters must have the shapes of the first step/,
    );
    expect(((error as Error).cause as Error).message).toMatch(/^momentum\.step: /);
    expect(other.weights[0]!.toArray()).toEqual(before); // nothing written
  });
});
