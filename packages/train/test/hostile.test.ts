import { expectCleanOutcome, hostileNumber, hostileOptions, hostileValue } from '@nninit/internal/testing';
import { philox } from '@nninit/rng';
import { Tensor } from '@nninit/tensor';
import {
  accuracy,
  adam,
  binaryCrossEntropy,
  coordinateCheck,
  DivergenceError,
  gradientDescent,
  jacobianSingularValues,
  lsuv,
  MLP,
  makeBlobs,
  makeCircles,
  makeMoons,
  makeSpirals,
  makeXor,
  meanSquaredError,
  momentum,
  mup,
  type Optimizer,
  predict,
  probeLayers,
  probeSignal,
  softmaxCrossEntropy,
  train,
  trainTestSplit,
} from '@nninit/train';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

// Every public function, on hostile values and misspelled option keys, returns a finite,
// well-formed result or throws a TypeError or RangeError whose message starts with its name
// (train may also stop with its DivergenceError). Sizes are capped by the arbitraries so no call
// allocates more than a few kilobytes or trains for more than a few dozen iterations.
const SEED = 20261205;
const RUNS = 150;
let inputs = 0;
const returned = new Map<string, number>();
afterAll(() => {
  console.log(
    `hostile.test.ts: ${inputs} inputs tried; returned a result: ${JSON.stringify(Object.fromEntries(returned))}`,
  );
});

/** Integers that would make a call slow but not refused (65 … 2³¹) become 64. */
const cap = (v: unknown, max = 64): unknown =>
  typeof v === 'number' && Number.isInteger(v) && v > max && v < 2 ** 31 ? max : v;
const capKeys = (o: Record<string, unknown>, keys: readonly string[], max = 64) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, keys.includes(k) ? cap(v, max) : v]));

/**
 * Options that mostly pass validation, so calls reach their work: every key in `good` takes one
 * of its good values (`required` keys always, the others sometimes), then maybe one key takes a
 * hostile value instead.
 */
function nearlyGood(
  good: Readonly<Record<string, readonly unknown[]>>,
  required: readonly string[],
): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(good);
  const base = fc.record(Object.fromEntries(keys.map((k) => [k, fc.constantFrom(...(good[k] as unknown[]))])), {
    requiredKeys: required as never,
  });
  return fc
    .tuple(base, fc.option(fc.tuple(fc.constantFrom(...keys), hostileValue), { freq: 2 }))
    .map(([o, spoil]) => (spoil === null ? o : { ...o, [spoil[0]]: spoil[1] }));
}

function check(fn: string, call: () => unknown, wellFormed?: (r: unknown) => string | undefined): 'returned' | 'threw' {
  inputs++;
  const outcome = expectCleanOutcome(fn, call, wellFormed);
  if (outcome === 'returned') returned.set(fn, (returned.get(fn) ?? 0) + 1);
  return outcome;
}

/** When `options` holds a key outside `keys`, the call must have thrown. */
function expectUnknownKeyRefused(outcome: string, options: unknown, keys: readonly string[]): void {
  if (options !== null && typeof options === 'object' && Object.keys(options).some((k) => !keys.includes(k)))
    expect(outcome).toBe('threw');
}

const run = <T extends unknown[]>(property: fc.IProperty<T>) => fc.assert(property, { seed: SEED, numRuns: RUNS });

const dtypes = ['float64', 'float32'] as const;
/** A small tensor of hostile entries (or small labels), of a random shape and dtype. */
const hostileTensor: fc.Arbitrary<Tensor> = fc
  .record({
    shape: fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 4 })),
      fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })),
    ),
    values: fc.array(fc.oneof(fc.constantFrom(0, 1, 2), hostileNumber), { minLength: 12, maxLength: 12 }),
    dtype: fc.constantFrom(...dtypes),
  })
  .map(({ shape, values, dtype }) => {
    const size = shape.reduce((a, b) => a * b, 1);
    const data =
      dtype === 'float32' ? Float32Array.from(values.slice(0, size)) : Float64Array.from(values.slice(0, size));
    return new Tensor(data, shape);
  });
/** A small tensor of tame values (labels and small reals), so calls also get past validation. */
const tameTensor: fc.Arbitrary<Tensor> = fc
  .record({
    rows: fc.integer({ min: 1, max: 4 }),
    cols: fc.constantFrom(0, 1, 2, 3),
    values: fc.array(fc.oneof(fc.constantFrom(0, 1, 2), fc.double({ min: -5, max: 5, noNaN: true })), {
      minLength: 12,
      maxLength: 12,
    }),
  })
  .map(({ rows, cols, values }) =>
    cols === 0
      ? new Tensor(Float64Array.from(values.slice(0, rows)), [rows])
      : new Tensor(Float64Array.from(values.slice(0, rows * cols)), [rows, cols]),
  );
const tensorArg = fc.oneof(
  { weight: 3, arbitrary: hostileTensor },
  { weight: 3, arbitrary: tameTensor },
  { weight: 1, arbitrary: hostileValue },
);
const datasetArg = fc.oneof(
  { weight: 3, arbitrary: fc.record({ x: tensorArg, y: tensorArg }) },
  { weight: 1, arbitrary: hostileValue },
);
const tensorShaped = (n: number, shape?: readonly number[]) => (r: unknown) =>
  r instanceof Tensor && (shape === undefined || r.shape.join() === shape.join()) && r.shape[0] === n
    ? undefined
    : `not a tensor of ${n} rows`;

describe('hostile inputs: data sets', () => {
  const rng = philox(1);
  const common = {
    nSamples: [1, 5, 20],
    noise: [0, 0.1],
    shuffle: [true, false],
    rng: [rng],
    dtype: ['float32', 'float64'],
  };
  const generators = [
    ['makeCircles', makeCircles, ['nSamples', 'noise', 'factor', 'shuffle', 'rng', 'dtype'], { factor: [0.5] }],
    ['makeMoons', makeMoons, ['nSamples', 'noise', 'shuffle', 'rng', 'dtype'], {}],
    ['makeSpirals', makeSpirals, ['nSamples', 'nClasses', 'noise', 'shuffle', 'rng', 'dtype'], { nClasses: [1, 3] }],
    ['makeXor', makeXor, ['nSamples', 'noise', 'rng', 'dtype'], {}],
    [
      'makeBlobs',
      makeBlobs,
      ['nSamples', 'nFeatures', 'centers', 'clusterStd', 'centerBox', 'shuffle', 'rng', 'dtype'],
      {
        nFeatures: [1, 3],
        centers: [
          2,
          [
            [0, 0],
            [3, 3],
          ],
        ],
        clusterStd: [0.5, [1, 2]],
        centerBox: [[-1, 1]],
      },
    ],
  ] as const;
  it.each(generators)('%s', (fn, generate, keys, own) => {
    const options = fc.oneof(
      {
        weight: 4,
        arbitrary: hostileOptions(keys, { ...common, ...own }).map((o) =>
          capKeys(o, ['nSamples', 'nClasses', 'nFeatures', 'centers']),
        ),
      },
      {
        weight: 4,
        arbitrary: nearlyGood(
          Object.fromEntries(keys.map((k) => [k, ({ ...common, ...own } as Record<string, readonly unknown[]>)[k]!])),
          ['rng'],
        ).map((o) => capKeys(o, ['nSamples', 'nClasses', 'nFeatures', 'centers'])),
      },
      { weight: 1, arbitrary: hostileValue },
    );
    run(
      fc.property(options, (o) => {
        const outcome = check(
          fn,
          () => (generate as (o: unknown) => unknown)(o),
          (r) => {
            const { x, y } = r as { x: Tensor; y: Tensor };
            return x.shape.length === 2 && y.shape.length === 1 && x.shape[0] === y.shape[0] ? undefined : 'bad shapes';
          },
        );
        expectUnknownKeyRefused(outcome, o, keys);
      }),
    );
  });

  it('trainTestSplit', () => {
    const keys = ['testSize', 'shuffle', 'rng'];
    const good = fc.constant({
      x: new Tensor(Float64Array.from([0, 1, 2, 3, 4, 5]), [3, 2]),
      y: new Tensor(Float64Array.from([0, 1, 0]), [3]),
    });
    const splitGood = { testSize: [0.25, 1, 2], shuffle: [true, false], rng: [philox(2)] };
    const options = fc.oneof(hostileOptions(keys, splitGood), nearlyGood(splitGood, ['rng']), hostileValue);
    run(
      fc.property(fc.oneof(good, datasetArg), options, (data, o) => {
        const outcome = check(
          'trainTestSplit',
          () => trainTestSplit(data as never, o as never),
          (r) => {
            const { train: a, test: b } = r as { train: { x: Tensor }; test: { x: Tensor } };
            return a.x.shape[0]! >= 1 && b.x.shape[0]! >= 1 ? undefined : 'an empty part';
          },
        );
        expectUnknownKeyRefused(outcome, o, keys);
      }),
    );
  });
});

/** Inputs a loss accepts: labels in its domain, of the shape it needs; sometimes one entry hostile. */
function matchedLossInputs(fn: string): fc.Arbitrary<readonly [unknown, unknown]> {
  return fc.tuple(tameTensor, fc.option(hostileNumber, { freq: 3 })).map(([t, spoil]) => {
    const logits = t.shape.length === 2 ? t : new Tensor(t.data, [t.size, 1]);
    if (spoil !== null) logits.data[0] = spoil;
    const [n, k] = logits.shape as [number, number];
    if (fn === 'softmaxCrossEntropy')
      return [
        logits,
        new Tensor(
          Float64Array.from({ length: n }, (_, i) => i % k),
          [n],
        ),
      ] as const;
    const labels = Float64Array.from(logits.data, (v, i) => (fn === 'meanSquaredError' ? v / 2 : i % 2));
    return [logits, new Tensor(labels, [n, k])] as const;
  });
}

describe('hostile inputs: losses', () => {
  it.each([
    ['binaryCrossEntropy', binaryCrossEntropy],
    ['softmaxCrossEntropy', softmaxCrossEntropy],
    ['meanSquaredError', meanSquaredError],
  ] as const)('%s', (fn, loss) => {
    run(
      fc.property(fc.oneof(fc.tuple(tensorArg, tensorArg), matchedLossInputs(fn)), ([a, b]) => {
        check(
          fn,
          () => loss(a as never, b as never),
          (r) => (typeof r === 'number' && r >= 0 ? undefined : 'not a loss'),
        );
      }),
    );
  });
});

/** Small models of every output kind; fresh for each call that may train them. */
const modelSpecs = [
  { sizes: [2, 3, 1], output: 'sigmoid', initialization: 'he', rng: philox(3) },
  { sizes: [2, 4, 3], output: 'softmax', activation: 'tanh', initialization: 'glorot_uniform', rng: philox(4) },
  { sizes: [2, 1], output: 'linear', initialization: { name: 'random', scale: 10 }, rng: philox(5) },
  { sizes: [2, 2, 1], output: 'sigmoid', initialization: 'he', rng: philox(6), dtype: 'float32' },
] as const;
const freshModel = fc.nat(modelSpecs.length - 1).map((i) => new MLP(modelSpecs[i] as never));
/** Look-alikes: an MLP's fields with the wrong lengths, types or dtypes. */
const forgedModel = fc.constantFrom<unknown>(
  { sizes: [2], weights: [], biases: [], activations: [], dtype: 'float64' },
  { sizes: [2, 1], weights: [null], biases: [null], activations: ['sigmoid'], dtype: 'float64' },
  { ...new MLP({ sizes: [2, 1], output: 'sigmoid', initialization: 'zeros' }), sizes: [3, 1] },
  { ...new MLP({ sizes: [2, 1], output: 'sigmoid', initialization: 'zeros' }), dtype: 'float32' },
);
const modelArg = fc.oneof(
  { weight: 4, arbitrary: freshModel },
  { weight: 1, arbitrary: hostileValue },
  { weight: 1, arbitrary: forgedModel },
);
const goodData = fc
  .record({
    n: fc.integer({ min: 1, max: 6 }),
    values: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 12, maxLength: 12 }),
    labels: fc.array(fc.constantFrom(0, 1, 2), { minLength: 6, maxLength: 6 }),
    dtype: fc.constantFrom(...dtypes),
  })
  .map(({ n, values, labels, dtype }) => {
    const T = dtype === 'float32' ? Float32Array : Float64Array;
    return { x: new Tensor(T.from(values.slice(0, 2 * n)), [n, 2]), y: new Tensor(T.from(labels.slice(0, n)), [n]) };
  });
const dataArg = fc.oneof({ weight: 2, arbitrary: goodData }, { weight: 1, arbitrary: datasetArg });

// Models, data and losses that fit together, so most calls train; then maybe one key spoiled.
const sharedAdam = adam();
const lossOf = ['binary_cross_entropy', 'softmax_cross_entropy', 'mean_squared_error', 'binary_cross_entropy'];
const matched = fc
  .record({
    i: fc.nat(modelSpecs.length - 1),
    n: fc.integer({ min: 1, max: 6 }),
    values: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 12, maxLength: 12 }),
    labels: fc.array(fc.nat(2), { minLength: 6, maxLength: 6 }),
    settings: nearlyGood(
      {
        optimizer: [0, 1, 2, 3],
        iterations: [0, 1, 5, 30],
        batchSize: [1, 2],
        rng: [philox(8)],
        recordEvery: [1, 3],
        onProgress: [() => undefined],
      },
      ['optimizer', 'iterations'],
    ),
  })
  .map(({ i, n, values, labels, settings }) => {
    const spec = modelSpecs[i]!;
    const T = 'dtype' in spec ? Float32Array : Float64Array;
    const y = labels.slice(0, n).map((v) => (i === 1 ? v : v % 2));
    const optimizer =
      settings.optimizer === 0 || settings.optimizer === 1 || settings.optimizer === 2 || settings.optimizer === 3
        ? [
            () => gradientDescent({ learningRate: 0.1 }),
            () => momentum({ learningRate: 1e6 }),
            () => adam(),
            () => sharedAdam, // one optimizer reused across models of different shapes
          ][settings.optimizer]!()
        : settings.optimizer;
    return [
      new MLP(spec as never),
      { x: new Tensor(T.from(values.slice(0, 2 * n)), [n, 2]), y: new Tensor(T.from(y), [n]) },
      { ...settings, loss: lossOf[i], optimizer },
    ] as const;
  });

describe('hostile inputs: the model and its metrics', () => {
  it('MLP', () => {
    const keys = ['sizes', 'initialization', 'activation', 'output', 'rng', 'bias', 'dtype'];
    const good = {
      sizes: [
        [2, 3, 1],
        [1, 1],
        [2, 2, 2, 2],
      ],
      initialization: ['zeros', 'he', { name: 'random', scale: 10 }, ['he', 'zeros']],
      activation: ['relu', 'tanh', { name: 'leaky_relu', alpha: 0.2 }],
      output: ['sigmoid', 'softmax', 'linear'],
      rng: [philox(0)],
      bias: [0, 0.1],
      dtype: ['float32', 'float64'],
    };
    const options = fc.oneof(hostileOptions(keys, good), nearlyGood(good, ['sizes', 'initialization']), hostileValue);
    run(
      fc.property(options, (o) => {
        const outcome = check(
          'MLP',
          () => new MLP(o as never),
          (r) => (r instanceof MLP ? undefined : 'not an MLP'),
        );
        expectUnknownKeyRefused(outcome, o, keys);
      }),
    );
  });

  it('MLP.forward and MLP.clone', () => {
    run(
      fc.property(freshModel, tensorArg, (model, x) => {
        check(
          'MLP.forward',
          () => model.forward(x as never),
          (r) => (r instanceof Tensor ? undefined : 'not a tensor'),
        );
        check(
          'MLP.clone',
          () => model.clone(),
          (r) => (r instanceof MLP ? undefined : 'not an MLP'),
        );
      }),
    );
  });

  it('predict and accuracy', () => {
    run(
      fc.property(modelArg, fc.oneof(goodData, datasetArg), (model, data) => {
        const x = (data as { x?: unknown } | null)?.x ?? data;
        check(
          'predict',
          () => predict(model as never, x as never),
          (r) => (r instanceof Tensor ? tensorShaped((x as Tensor).shape[0]!)(r) : 'not a tensor'),
        );
        check(
          'accuracy',
          () => accuracy(model as never, data as never),
          (r) => (typeof r === 'number' && r >= 0 && r <= 1 ? undefined : 'not a fraction'),
        );
      }),
    );
  });

  it('probeSignal', () => {
    const keys = ['loss'];
    const options = fc.oneof(
      hostileOptions(keys, { loss: ['binary_cross_entropy', 'softmax_cross_entropy', 'mean_squared_error'] }),
      hostileValue,
    );
    run(
      fc.property(
        fc.oneof(
          fc.tuple(modelArg, dataArg, fc.boolean(), options),
          fc
            .tuple(matched, fc.boolean())
            .map(([[model, data, o], labelled]) =>
              labelled ? ([model, data, true, { loss: o.loss }] as const) : ([model, data, false, undefined] as const),
            ),
        ),
        ([model, data, withLabels, o]) => {
          const d = withLabels || data === null || typeof data !== 'object' ? data : { x: (data as { x: unknown }).x };
          const outcome = check(
            'probeSignal',
            () => probeSignal(model as never, d as never, o as never),
            (r) => (Array.isArray(r) ? undefined : 'not an array'),
          );
          expectUnknownKeyRefused(outcome, o, keys);
        },
      ),
    );
  });

  it('probeLayers', () => {
    const keys = ['loss'];
    const options = fc.oneof(
      hostileOptions(keys, { loss: ['binary_cross_entropy', 'softmax_cross_entropy', 'mean_squared_error'] }),
      hostileValue,
    );
    run(
      fc.property(
        fc.oneof(
          fc.tuple(modelArg, dataArg, options),
          matched.map(([model, data, o]) => [model, data, { loss: o.loss }] as const),
        ),
        ([model, data, o]) => {
          const outcome = check(
            'probeLayers',
            () => probeLayers(model as never, data as never, o as never),
            (r) => {
              const p = r as { cost: number; layers: unknown };
              return Number.isFinite(p.cost) && Array.isArray(p.layers) ? undefined : 'not a finite cost and layers';
            },
          );
          expectUnknownKeyRefused(outcome, o, keys);
        },
      ),
    );
  });

  it('lsuv', () => {
    const keys = ['tol', 'maxIterations', 'rng'];
    const good = { tol: [0.1, 0.02, 0.5], maxIterations: [1, 10, 20], rng: [philox(9)] };
    run(
      fc.property(
        fc.oneof(
          fc.tuple(modelArg, dataArg, fc.oneof(hostileOptions(keys, good), hostileValue)),
          // Matched model and rows, nearly good options, so most calls reach the rescaling.
          fc
            .tuple(
              matched.map(([model, data]) => [model, data] as const),
              nearlyGood(good, []),
            )
            .map(([[model, data], o]) => [model, data, capKeys(o, ['maxIterations'])] as const),
        ),
        ([model, data, o]) => {
          const x = data !== null && typeof data === 'object' ? (data as { x?: unknown }).x : data;
          const depth =
            model !== null && typeof model === 'object' && Array.isArray((model as { weights?: unknown }).weights)
              ? (model as { weights: unknown[] }).weights.length
              : -1;
          const outcome = check(
            'lsuv',
            () => lsuv(model as never, x as never, o as never),
            (r) =>
              Array.isArray(r) &&
              r.length === depth &&
              r.every((e) => Number.isInteger(e.iterations) && Number.isFinite(e.variance) && e.variance > 0)
                ? undefined
                : 'not one { iterations, variance } per layer',
          );
          expectUnknownKeyRefused(outcome, o, keys);
        },
      ),
    );
  });

  it('jacobianSingularValues', () => {
    run(
      fc.property(
        fc.oneof(
          fc.tuple(modelArg, dataArg),
          // One row of the matched data, so most calls reach the SVD.
          matched.map(([model, data]) => [model, data] as const),
        ),
        ([model, data]) => {
          const x = data !== null && typeof data === 'object' ? (data as { x?: unknown }).x : data;
          const row =
            x instanceof Tensor && x.shape.length === 2 && (x.shape[0] as number) > 0
              ? new Tensor(x.data.slice(0, x.shape[1] as number) as never, [1, x.shape[1] as number])
              : x;
          check(
            'jacobianSingularValues',
            () => jacobianSingularValues(model as never, row as never),
            (r) => (r instanceof Float64Array ? undefined : 'not a Float64Array'),
          );
        },
      ),
    );
  });
});

describe('hostile inputs: optimizers and training', () => {
  const floatArrays = fc.oneof(
    fc.array(
      fc.array(hostileNumber, { minLength: 1, maxLength: 3 }).map((a) => Float64Array.from(a)),
      { minLength: 1, maxLength: 2 },
    ),
    hostileValue,
  );
  it.each([
    ['gradientDescent', gradientDescent, ['learningRate', 'learningRateMultipliers']],
    ['momentum', momentum, ['learningRate', 'beta', 'learningRateMultipliers']],
    ['adam', adam, ['learningRate', 'beta1', 'beta2', 'epsilon', 'learningRateMultipliers']],
  ] as const)('%s and its step', (fn, make, keys) => {
    const good = {
      learningRate: [0.1],
      beta: [0.5],
      beta1: [0.9],
      beta2: [0.999],
      epsilon: [1e-8],
      learningRateMultipliers: [
        { weights: [2], biases: [0.5] },
        { weights: [1, 3], biases: [1, 1] },
      ],
    };
    run(
      fc.property(
        fc.oneof(
          hostileOptions(keys, good),
          nearlyGood(Object.fromEntries(keys.map((k) => [k, good[k]])), ['learningRate']),
          hostileValue,
        ),
        fc.oneof(floatArrays, fc.constant([new Float64Array([1, 2])])),
        fc.oneof(floatArrays, fc.constant([new Float64Array([0.5, -0.5])])),
        (o, p, g) => {
          let optimizer: Optimizer | undefined;
          const outcome = check(fn, () => {
            optimizer = (make as (o: unknown) => Optimizer)(o);
            return { name: optimizer.name, learningRate: optimizer.learningRate };
          });
          expectUnknownKeyRefused(outcome, o, keys);
          if (optimizer !== undefined) check(`${fn}.step`, () => optimizer?.step(p as never, g as never));
        },
      ),
    );
  });

  it('train', () => {
    const keys = ['loss', 'optimizer', 'iterations', 'batchSize', 'rng', 'recordEvery', 'onProgress'];
    const optimizers = fc.constantFrom(
      () => gradientDescent({ learningRate: 0.1 }),
      () => momentum({ learningRate: 1e6 }),
      () => adam(),
    );
    const options = fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(
            hostileOptions(keys, {
              loss: ['binary_cross_entropy', 'softmax_cross_entropy', 'mean_squared_error'],
              iterations: [0, 1, 5],
              batchSize: [1, 2],
              rng: [philox(7)],
              recordEvery: [1, 3],
              onProgress: [() => undefined],
            }),
            optimizers,
            fc.boolean(),
          )
          .map(([o, optimizer, withOptimizer]) => ({
            ...capKeys(o, ['iterations'], 30),
            ...(withOptimizer && !('optimizer' in o) ? { optimizer: optimizer() } : {}),
          })),
      },
      { weight: 1, arbitrary: hostileValue },
    );
    const combos = fc.oneof(fc.tuple(modelArg, dataArg, options), matched);
    run(
      fc.property(combos, ([model, data, o]) => {
        const outcome = check('train', () => {
          try {
            return train(model as never, data as never, o as never);
          } catch (error) {
            // A divergence is a clean outcome too: named, and never a NaN returned.
            if (error instanceof DivergenceError && error.message.startsWith('train: ')) return { diverged: true };
            throw error;
          }
        });
        expectUnknownKeyRefused(outcome, o, keys);
      }),
    );
  });

  it('coordinateCheck', () => {
    const keys = ['loss', 'optimizer', 'steps'];
    const options = fc.oneof(
      {
        weight: 3,
        arbitrary: fc
          .tuple(
            hostileOptions(keys, {
              loss: ['binary_cross_entropy', 'softmax_cross_entropy', 'mean_squared_error'],
              steps: [1, 3],
            }),
            fc.boolean(),
          )
          .map(([o, withOptimizer]) => ({
            ...capKeys(o, ['steps'], 10),
            ...(withOptimizer && !('optimizer' in o) ? { optimizer: gradientDescent({ learningRate: 0.1 }) } : {}),
          })),
      },
      { weight: 1, arbitrary: hostileValue },
    );
    const combos = fc.oneof(
      fc.tuple(modelArg, dataArg, options),
      matched.map(([model, data, o]) => [model, data, { loss: o.loss, optimizer: o.optimizer, steps: 2 }] as const),
    );
    run(
      fc.property(combos, ([model, data, o]) => {
        const outcome = check(
          'coordinateCheck',
          () => {
            try {
              return coordinateCheck(model as never, data as never, o as never);
            } catch (error) {
              if (error instanceof DivergenceError && error.message.startsWith('coordinateCheck: ')) return [[0]];
              throw error;
            }
          },
          (r) =>
            Array.isArray(r) && r.every((row) => Array.isArray(row) && row.every((v) => Number.isFinite(v) && v >= 0))
              ? undefined
              : 'not finite sizes',
        );
        expectUnknownKeyRefused(outcome, o, keys);
      }),
    );
  });

  it('mup', () => {
    const keys = ['baseWidths', 'widths', 'optimizer', 'scale', 'readoutZeroInit'];
    const good = {
      baseWidths: [
        [2, 8, 1],
        [3, 4, 4, 2],
      ],
      widths: [
        [2, 32, 1],
        [3, 16, 8, 2],
        [2, 8, 1],
      ],
      optimizer: ['sgd', 'adam'],
      scale: [1, 2],
      readoutZeroInit: [true, false],
    };
    const options = fc.oneof(
      hostileOptions(keys, good),
      nearlyGood(good, ['baseWidths', 'widths', 'optimizer']),
      hostileValue,
    );
    run(
      fc.property(options, (o) => {
        const outcome = check(
          'mup',
          () => mup(o as never),
          (r) => {
            const p = r as ReturnType<typeof mup>;
            const all = [...p.learningRateMultipliers.weights, ...p.learningRateMultipliers.biases];
            return all.every((v) => Number.isFinite(v) && v > 0) && p.initialization.length === p.sizes.length - 1
              ? undefined
              : 'not finite positive multipliers, one initialization per layer';
          },
        );
        expectUnknownKeyRefused(outcome, o, keys);
      }),
    );
  });
});
