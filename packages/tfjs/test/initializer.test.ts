import { initialize } from '@nninit/init';
import { philox } from '@nninit/rng';
import { initializer, NninitInitializer } from '@nninit/tfjs';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend, valuesOf } from './helpers/backend.js';

// The adapter's contract: a tfjs shape [...k, in, out] gets exactly initialize's values for
// [out, in, ...k], rearranged; indices are computed here from the layouts' definitions, not by
// the adapter's own permutation.

beforeAll(() => useBackend('cpu'));

/** w[...k, i, o] (tfjs) against reference[o, i, ...k] (nninit), element by element. */
function expectTransposed(tfjsShape: readonly number[], actual: ArrayLike<number>, reference: ArrayLike<number>): void {
  const n = tfjsShape.length;
  const I = tfjsShape[n - 2] as number,
    O = tfjsShape[n - 1] as number;
  const R = actual.length / (I * O);
  let mismatches = 0;
  for (let r = 0; r < R; r++)
    for (let i = 0; i < I; i++)
      for (let o = 0; o < O; o++)
        if (!Object.is(actual[(r * I + i) * O + o], reference[(o * I + i) * R + r])) mismatches++;
  expect(mismatches).toBe(0);
}

const kernelOf = (layer: tfl.layers.Layer): tf.Tensor => layer.getWeights()[0] as tf.Tensor;

describe('initializer(): a tfjs Initializer', () => {
  it('extends the Initializer class tfjs-layers checks (the base of its own Zeros)', () => {
    const base = Object.getPrototypeOf(tfl.initializers.zeros().constructor);
    // The true base: directly under tfjs-core's Serializable, with the Initializer methods.
    expect(Object.getPrototypeOf(base)).toBe(tf.serialization.Serializable);
    expect(typeof base.prototype.fromConfigUsesCustomObjects).toBe('function');
    expect(Object.getPrototypeOf(tfl.initializers.glorotNormal({}).constructor.prototype)).not.toBe(base.prototype);
    expect(Object.getPrototypeOf(NninitInitializer)).toBe(base);
    expect(initializer('zeros')).toBeInstanceOf(base);
    expect(NninitInitializer.className).toBe('nninit>Initializer');
  });

  it("the requirement's example: dense [256] → 128 has kernel = transpose(initialize([128, 256], 'he_normal', { seed: 1 }))", () => {
    const layer = tfl.layers.dense({
      inputShape: [256],
      units: 128,
      kernelInitializer: initializer('he_normal', { seed: 1 }),
    });
    tfl.sequential({ layers: [layer] });
    const kernel = kernelOf(layer);
    expect(kernel.shape).toEqual([256, 128]);
    expectTransposed([256, 128], valuesOf(kernel), initialize([128, 256], 'he_normal', { seed: 1 }).data);
    // Keras fans: σ = √(2/256), the fan of the input dimension.
    const v = valuesOf(kernel);
    const variance = v.reduce((s, x) => s + x * x, 0) / v.length;
    expect(variance / (2 / 256)).toBeGreaterThan(0.95);
    expect(variance / (2 / 256)).toBeLessThan(1.05);
  });

  it('conv1d, conv2d, conv3d, depthwise-free kernels [...k, in, out]: the values of [out, in, ...k], for every initializer', () => {
    const cases: [string, (init: NninitInitializer) => tfl.layers.Layer, number[], number[]][] = [
      ['conv1d', (k) => tfl.layers.conv1d({ filters: 4, kernelSize: 3, kernelInitializer: k }), [8, 3], [3, 3, 4]],
      [
        'conv2d',
        (k) => tfl.layers.conv2d({ filters: 5, kernelSize: [3, 2], kernelInitializer: k }),
        [6, 6, 3],
        [3, 2, 3, 5],
      ],
      [
        'conv3d',
        (k) => tfl.layers.conv3d({ filters: 3, kernelSize: 3, kernelInitializer: k }),
        [4, 4, 4, 2],
        [3, 3, 3, 2, 3],
      ],
      ['dense', (k) => tfl.layers.dense({ units: 7, kernelInitializer: k }), [5], [5, 7]],
    ];
    const inits: [string, object][] = [
      ['he_normal', {}],
      ['glorot_uniform', {}],
      ['lecun_normal', {}],
      ['orthogonal', {}],
      ['variance_scaling', { mode: 'fan_avg', distribution: 'truncated_normal', scale: 2 }],
      ['normal', { std: 0.3 }],
      ['dirac', {}],
    ];
    for (const [kind, make, inputShape, kernelShape] of cases)
      for (const [name, params] of inits) {
        const n = kernelShape.length;
        const torch = [kernelShape[n - 1] as number, kernelShape[n - 2] as number, ...kernelShape.slice(0, -2)];
        let reference: Float32Array;
        try {
          reference = initialize(torch, { name, ...params } as never, { seed: 4 }).data;
        } catch {
          continue; // dirac on a dense kernel: rejected by nninit, tested below
        }
        const layer = make(initializer({ name, ...params } as never, { seed: 4 }));
        layer.apply(tf.zeros([1, ...inputShape]));
        const kernel = kernelOf(layer);
        expect(kernel.shape, `${kind} ${name}`).toEqual(kernelShape);
        expectTransposed(kernelShape, valuesOf(kernel), reference);
      }
  });

  it('recurrent and embedding weights: simpleRNN kernel and recurrentKernel, embedding [vocab, dim]', () => {
    const rnn = tfl.layers.simpleRNN({
      units: 4,
      kernelInitializer: initializer('glorot_uniform', { seed: 2 }),
      recurrentInitializer: initializer('orthogonal', { seed: 3 }),
    });
    rnn.apply(tf.zeros([1, 2, 3]));
    const [kernel, recurrent] = rnn.getWeights() as tf.Tensor[];
    expectTransposed([3, 4], valuesOf(kernel as tf.Tensor), initialize([4, 3], 'glorot_uniform', { seed: 2 }).data);
    expectTransposed([4, 4], valuesOf(recurrent as tf.Tensor), initialize([4, 4], 'orthogonal', { seed: 3 }).data);
    const embedding = tfl.layers.embedding({
      inputDim: 10,
      outputDim: 3,
      embeddingsInitializer: initializer({ name: 'uniform', low: -1, high: 1 }, { seed: 5 }),
    });
    embedding.apply(tf.zeros([1, 2]));
    // tfjs' embeddings are [inputDim, outputDim]: the keras layout of a torch [3, 10].
    expectTransposed(
      [10, 3],
      valuesOf(kernelOf(embedding)),
      initialize([3, 10], 'uniform', { seed: 5, low: -1, high: 1 }).data,
    );
  });

  it('biases: zeros, ones, constant, normal, uniform, truncated_normal work on rank 1; a fan-scaled one is a clear error', () => {
    for (const [init, expected] of [
      ['zeros', new Float32Array(3)],
      ['ones', new Float32Array([1, 1, 1])],
      [{ name: 'constant', value: 0.25 }, new Float32Array([0.25, 0.25, 0.25])],
      ['normal', initialize([3], 'normal', { seed: 6 }).data],
      ['uniform', initialize([3], 'uniform', { seed: 6 }).data],
      [{ name: 'truncated_normal', std: 0.1 }, initialize([3], 'truncated_normal', { seed: 6, std: 0.1 }).data],
    ] as const) {
      const layer = tfl.layers.dense({ units: 3, biasInitializer: initializer(init as never, { seed: 6 } as never) });
      layer.apply(tf.zeros([1, 2]));
      expect(valuesOf(layer.getWeights()[1] as tf.Tensor)).toEqual(expected);
    }
    const heBias = tfl.layers.dense({ units: 3, biasInitializer: initializer('he_normal', { seed: 1 }) });
    expect(() => heBias.apply(tf.zeros([1, 2]))).toThrow(
      new RangeError(
        'initializer.apply: shape must have at least 2 dimensions (fans need [fanOut, fanIn, ...receptiveField]), got [3]',
      ),
    );
  });

  it('conv2dTranspose: the kernel is [kh, kw, filters, in], so fanIn is kh·kw·filters, as Keras and tfjs compute it', () => {
    const layer = tfl.layers.conv2dTranspose({
      filters: 6,
      kernelSize: 3,
      kernelInitializer: initializer('he_normal', { seed: 7 }),
    });
    layer.apply(tf.zeros([1, 4, 4, 2]));
    const kernel = kernelOf(layer);
    expect(kernel.shape).toEqual([3, 3, 6, 2]);
    // Read as [...k, in, out] = [3, 3, 6, 2]: fanIn = 3·3·6 = 54 (the layer's output channels).
    expectTransposed([3, 3, 6, 2], valuesOf(kernel), initialize([2, 6, 3, 3], 'he_normal', { seed: 7 }).data);
  });
});

describe('streams: a seeded initializer shared by several layers', () => {
  it('call 0 is philox(seed), call k the child fork(k): different layers, reproducibly', () => {
    const shared = initializer('he_uniform', { seed: 11 });
    const build = (init: NninitInitializer) =>
      tfl.sequential({
        layers: [
          tfl.layers.dense({ inputShape: [6], units: 6, kernelInitializer: init }),
          tfl.layers.dense({ units: 6, kernelInitializer: init }),
          tfl.layers.dense({ units: 6, kernelInitializer: init }),
        ],
      });
    const model = build(shared);
    const kernels = model.layers.map((l) => valuesOf(kernelOf(l)));
    expect(kernels[0]).not.toEqual(kernels[1]);
    expect(kernels[1]).not.toEqual(kernels[2]);
    expectTransposed([6, 6], kernels[0] as Float32Array, initialize([6, 6], 'he_uniform', { seed: 11 }).data);
    expectTransposed(
      [6, 6],
      kernels[1] as Float32Array,
      initialize([6, 6], 'he_uniform', { rng: philox(11).fork(1) }).data,
    );
    expectTransposed(
      [6, 6],
      kernels[2] as Float32Array,
      initialize([6, 6], 'he_uniform', { rng: philox(11).fork(2) }).data,
    );
    // The same construction again gives the same weights.
    const again = build(initializer('he_uniform', { seed: 11 })).layers.map((l) => valuesOf(kernelOf(l)));
    expect(again).toEqual(kernels);
  });

  it("repeat: true is Keras's seeded behaviour, identical layers, asked for", () => {
    const same = initializer('he_uniform', { seed: 11, repeat: true });
    const a = tfl.layers.dense({ units: 5, kernelInitializer: same });
    const b = tfl.layers.dense({ units: 5, kernelInitializer: same });
    a.apply(tf.zeros([1, 5]));
    b.apply(tf.zeros([1, 5]));
    expect(valuesOf(kernelOf(a))).toEqual(valuesOf(kernelOf(b)));
  });

  it('rng is consumed call after call, as numpy consumes a RandomState', () => {
    const source = philox(12);
    const init = initializer('normal', { rng: source });
    const first = valuesOf(init.apply([2, 3]));
    const second = valuesOf(init.apply([4]));
    const reference = philox(12);
    expectTransposed([2, 3], first, initialize([3, 2], 'normal', { rng: reference }).data);
    expect(second).toEqual(initialize([4], 'normal', { rng: reference }).data);
    expect(source.position).toBe(reference.position);
  });

  it('a failing apply consumes nothing and does not advance the call count', () => {
    const init = initializer('glorot_normal', { seed: 3 });
    expect(() => init.apply([0, 4])).toThrow(/^initializer\.apply: fanIn of shape \[4,0\] must be positive/);
    expectTransposed([2, 2], valuesOf(init.apply([2, 2])), initialize([2, 2], 'glorot_normal', { seed: 3 }).data);
  });
});

describe('initializer(): errors name the function and the value, before anything is built', () => {
  it.each([
    [
      () => initializer('he_nromal' as never, { seed: 1 }),
      RangeError,
      /^initializer: initialization must be one of .*did you mean "he_normal"/,
    ],
    [
      () => initializer('he_normal', { sead: 1 } as never),
      RangeError,
      /^initializer: each key of options .*did you mean "seed"/,
    ],
    [() => initializer('he_normal'), RangeError, /^initializer: options.rng or options.seed must be given/],
    [
      () => initializer('he_normal', { seed: 1.5 }),
      RangeError,
      /^initializer: options.seed must be a safe integer, got 1.5/,
    ],
    [
      () => initializer('he_normal', { seed: 1, rng: philox(1) }),
      TypeError,
      /^initializer: options.seed must be undefined/,
    ],
    [() => initializer('he_normal', { rng: philox(1), repeat: true }), TypeError, /^initializer: options.repeat/],
    [
      () => initializer('he_normal', { rng: {} as never }),
      TypeError,
      /^initializer: options.rng must be a RandomSource/,
    ],
    [() => initializer({ name: 'normal', sd: 1 } as never, { seed: 1 }), RangeError, /did you mean "std"/],
    [() => initializer({ name: 'normal', std: 1 }, { seed: 1, std: 2 }), TypeError, /std must be given once/],
    [
      () => initializer({ name: 'normal', std: [1] } as never, { seed: 1 }),
      TypeError,
      /^initializer: std must be a number, a string or a boolean/,
    ],
    [() => initializer(5 as never), TypeError, /^initializer: initialization must be an initializer name/],
    [() => initializer('he_normal', { seed: 1, dtype: 'float64' } as never), RangeError, /^initializer: options.dtype/],
    [() => initializer('he_normal', { seed: 1, layout: 'torch' } as never), RangeError, /^initializer: options.layout/],
    [() => initializer('RandomNormal', { seed: 1, std: 1 }), RangeError, /"std".*stddev/],
  ])('%#', (call, kind, message) => {
    expect(call).toThrow(kind);
    expect(call).toThrow(message);
  });

  it('apply rejects a non-float32 dtype', () => {
    expect(() => initializer('zeros').apply([2], 'int32')).toThrow(
      new RangeError('initializer.apply: dtype must be "float32" (tfjs weights) or undefined, got "int32"'),
    );
  });

  it("dialect spellings mean their framework's distribution: Keras's HeNormal is variance_scaling truncated", () => {
    const keras = valuesOf(initializer('HeNormal', { seed: 2 }).apply([5, 4]));
    const canonical = initialize(
      [4, 5],
      { name: 'variance_scaling', scale: 2, mode: 'fan_in', distribution: 'truncated_normal' },
      { seed: 2 },
    );
    expectTransposed([5, 4], keras, canonical.data);
  });

  it('an alias and the zero seed are accepted (tfjs reads seed 0 as unseeded; nninit does not)', () => {
    const a = valuesOf(initializer('kaiming_normal', { seed: 0 }).apply([3, 2]));
    const b = valuesOf(initializer('he_normal', { seed: 0 }).apply([3, 2]));
    expect(a).toEqual(b);
    expectTransposed([3, 2], a, initialize([2, 3], 'he_normal', { seed: 0 }).data);
  });

  it('any valid shape: apply equals initialize with layout keras, as a property', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 5 }),
        fc.integer(),
        (shape, seed) => {
          const w = initializer('lecun_uniform', { seed }).apply(shape);
          expect(w.shape).toEqual(shape);
          expect(valuesOf(w)).toEqual(initialize(shape, 'lecun_uniform', { seed, layout: 'keras' }).data);
          w.dispose();
        },
      ),
      { seed: 5, numRuns: 100 },
    );
  });
});
