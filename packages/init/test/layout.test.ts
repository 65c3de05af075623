import {
  computeFans,
  describeDistribution,
  type Initialization,
  initialize,
  initializeParallel,
  initializerNames,
} from '@nninit/init';
import {
  type PhiloxSource,
  philox,
  RandomState,
  sampleNormal,
  sampleTruncatedNormal,
  sampleUniform,
} from '@nninit/rng';
import type { FillPool } from '@nninit/rng/parallel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// layout: 'keras' means shapes [...k, in, out]. The fans must be Keras's compute_fans, and the
// values must be the torch call's values for [out, in, ...k], permuted to [...k, in, out].

/**
 * Keras 3's `compute_fans` (keras/src/initializers/random_initializers.py), written as Keras
 * writes it for rank ≥ 2: rank 2 is (shape[0], shape[1]); otherwise the receptive field is the
 * product of shape[:-2], fan_in = shape[-2]·rf, fan_out = shape[-1]·rf.
 */
function kerasComputeFans(shape: readonly number[]): { fanIn: number; fanOut: number } {
  if (shape.length === 2) return { fanIn: shape[0] as number, fanOut: shape[1] as number };
  let receptiveFieldSize = 1;
  for (const dim of shape.slice(0, -2)) receptiveFieldSize *= dim;
  return {
    fanIn: (shape.at(-2) as number) * receptiveFieldSize,
    fanOut: (shape.at(-1) as number) * receptiveFieldSize,
  };
}

/** The element of a keras-layout array at torch index (o, i, r), by the definition of the layout. */
function kerasIndex(kerasShape: readonly number[], o: number, i: number, r: number): number {
  const n = kerasShape.length;
  const out = kerasShape[n - 1] as number,
    inn = kerasShape[n - 2] as number;
  return (r * inn + i) * out + o;
}

const kerasShapes = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 5 });

describe("computeFans(shape, { layout: 'keras' })", () => {
  it('is Keras’s compute_fans (the requirement’s example: [3,3,32,64] → 288 / 576)', () => {
    expect(computeFans([3, 3, 32, 64], { layout: 'keras' })).toEqual({ fanIn: 288, fanOut: 576 });
    expect(computeFans([3, 3, 32, 64])).toEqual({ fanIn: 6144, fanOut: 6144 });
    expect(computeFans([256, 128], { layout: 'keras' })).toEqual({ fanIn: 256, fanOut: 128 });
    expect(computeFans([5, 16, 8], { layout: 'keras' })).toEqual({ fanIn: 80, fanOut: 40 });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 6 }), (shape) => {
        expect(computeFans(shape, { layout: 'keras' })).toEqual(kerasComputeFans(shape));
      }),
      { seed: 1, numRuns: 300 },
    );
  });

  it("'torch' is the default and the same as no options", () => {
    expect(computeFans([64, 32, 3, 3], { layout: 'torch' })).toEqual(computeFans([64, 32, 3, 3]));
    expect(computeFans([64, 32, 3, 3], {})).toEqual({ fanIn: 288, fanOut: 576 });
  });

  it('rejects an unknown layout, a bias shape and a misspelled key, naming the function', () => {
    expect(() => computeFans([3, 4], { layout: 'tf' as never })).toThrow(
      new RangeError('computeFans: options.layout must be "torch" or "keras", got "tf"'),
    );
    expect(() => computeFans([3, 4], { layout: 1 as never })).toThrow(TypeError);
    expect(() => computeFans([4], { layout: 'keras' })).toThrow(/^computeFans: shape must have at least 2 dimensions/);
    expect(() => computeFans([3, 4], { layuot: 'keras' } as never)).toThrow(/did you mean "layout"/);
    expect(() => computeFans([3, -1], { layout: 'keras' })).toThrow(/^computeFans: shape\[1\]/);
  });
});

describe("initialize(shape, initialization, { layout: 'keras' })", () => {
  const names = initializerNames.filter((n) => !['sparse', 'constant'].includes(n));
  const params: Record<string, object> = { sparse: { sparsity: 0.3 }, constant: { value: 0.5 } };

  it('is the torch call for [out, in, ...k], permuted to [...k, in, out], bit for bit, for every initializer', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names, 'sparse', 'constant'),
        kerasShapes,
        fc.constantFrom('float32', 'float64') as fc.Arbitrary<'float32' | 'float64'>,
        fc.integer({ min: -5, max: 5 }),
        (name, kerasShape, dtype, seed) => {
          const n = kerasShape.length;
          const torch = [kerasShape[n - 1] as number, kerasShape[n - 2] as number, ...kerasShape.slice(0, -2)];
          const initialization = { name, ...params[name] } as Initialization;
          let reference: Float32Array | Float64Array;
          try {
            reference = initialize(torch, initialization, { seed, dtype }).data;
          } catch (error) {
            // A shape the initializer rejects (dirac's rank, delta_orthogonal's out ≥ in) is
            // rejected in both layouts, with the keras shape named.
            expect(() => initialize(kerasShape, initialization, { seed, dtype, layout: 'keras' })).toThrow(
              `${(error as Error).message} (options.layout 'keras': shape [${kerasShape.join(',')}] is [${torch.join(',')}] in the torch layout)`,
            );
            return;
          }
          const w = initialize(kerasShape, initialization, { seed, dtype, layout: 'keras' });
          expect(w.shape).toEqual(kerasShape);
          expect(w.dtype).toBe(dtype);
          const O = torch[0] as number,
            I = torch[1] as number,
            R = reference.length / (O * I);
          for (let o = 0; o < O; o++)
            for (let i = 0; i < I; i++)
              for (let r = 0; r < R; r++) {
                const a = reference[(o * I + i) * R + r] as number;
                const b = w.data[kerasIndex(kerasShape, o, i, r)] as number;
                if (!Object.is(a, b)) expect([o, i, r, b]).toEqual([o, i, r, a]);
              }
        },
      ),
      { seed: 2, numRuns: 400 },
    );
  });

  it("a tall blocked transpose (beyond one 64 × 64 tile) gives the permutation's bits", () => {
    const torch = initialize([130, 70, 3], 'he_uniform', { seed: 9 }).data;
    const keras = initialize([3, 70, 130], 'he_uniform', { seed: 9, layout: 'keras' }).data;
    let mismatches = 0;
    for (let o = 0; o < 130; o++)
      for (let i = 0; i < 70; i++)
        for (let r = 0; r < 3; r++) if (torch[(o * 70 + i) * 3 + r] !== keras[(r * 70 + i) * 130 + o]) mismatches++;
    expect(mismatches).toBe(0);
  });

  it('consumes a RandomState exactly as the torch call (numpy order: layer after layer)', () => {
    const a = new RandomState(3),
      b = new RandomState(3);
    initialize([2, 10], 'he', { rng: a, layout: 'keras', dtype: 'float64' });
    initialize([10, 2], 'he', { rng: b, dtype: 'float64' });
    const w3a = initialize([10, 5], 'he', { rng: a, layout: 'keras', dtype: 'float64' });
    const w3b = initialize([5, 10], 'he', { rng: b, dtype: 'float64' });
    expect(w3a.get(3, 1)).toBe(w3b.get(1, 3));
    // numpy: np.random.seed(3); W1 = randn(10, 2)·√(2/2); (randn(5, 10)·√(2/10))[0, 0] is the
    // dense kernel's element [0, 0] in either layout.
    expect(w3a.get(0, 0)).toBe(w3b.get(0, 0));
  });

  it('ranks 0 and 1 are the same in both layouts (a bias)', () => {
    expect(initialize([7], 'normal', { seed: 4, layout: 'keras' }).data).toEqual(
      initialize([7], 'normal', { seed: 4 }).data,
    );
    expect(() => initialize([7], 'he_normal', { seed: 4, layout: 'keras' })).toThrow(
      /^initialize: shape must have at least 2 dimensions/,
    );
  });

  it('describes the distribution of the torch shape (Keras fans)', () => {
    expect(describeDistribution([3, 3, 32, 64], 'he_normal', { layout: 'keras' })).toEqual(
      describeDistribution([64, 32, 3, 3], 'he_normal'),
    );
    expect(describeDistribution([3, 3, 32, 64], 'he_normal', { layout: 'keras' })).toEqual({
      family: 'normal',
      mean: 0,
      std: Math.sqrt(2 / 288),
    });
  });

  it('names the layout in errors, and rejects an unknown one before drawing', () => {
    const rng = philox(1);
    expect(() => initialize([2, 2], 'he', { rng, layout: 'channels_last' as never })).toThrow(
      new RangeError('initialize: options.layout must be "torch" or "keras", got "channels_last"'),
    );
    expect(() => initialize([2, 2], 'he', { rng, layout: null as never })).toThrow(TypeError);
    expect(() => initialize([3, 3, 0, 64], 'he_normal', { rng, layout: 'keras' })).toThrow(
      new RangeError(
        "initialize: fanIn of shape [64,0,3,3] must be positive, got 0 (options.layout 'keras': shape [3,3,0,64] is [64,0,3,3] in the torch layout)",
      ),
    );
    expect(rng.position).toBe(0);
  });

  it('heNormal and the other named functions take the layout too', async () => {
    const { heNormal, orthogonal } = await import('@nninit/init');
    expect(heNormal([4, 3], { seed: 2, layout: 'keras' }).data).toEqual(
      initialize([4, 3], 'he_normal', { seed: 2, layout: 'keras' }).data,
    );
    // An orthogonal [in, out] Keras kernel with in ≤ out has orthonormal rows, as the torch [out, in] has orthonormal columns.
    const q = orthogonal([3, 5], { seed: 2, layout: 'keras' });
    for (let a = 0; a < 3; a++)
      for (let b = 0; b < 3; b++) {
        let dot = 0;
        for (let j = 0; j < 5; j++) dot += (q.get(a, j) as number) * (q.get(b, j) as number);
        expect(dot).toBeCloseTo(a === b ? 1 : 0, 6);
      }
  });

  it('initializeParallel: the pool fills the torch-layout scratch, then the same permutation', async () => {
    const calls: number[] = [];
    const pool = {
      sampleNormal: async (s: PhiloxSource, out: Float32Array, m: number, sd: number) => sampleNormal(s, out, m, sd),
      sampleUniform: async (s: PhiloxSource, out: Float32Array, l: number, h: number) => {
        calls.push(out.length);
        sampleUniform(s, out, l, h);
      },
      sampleTruncatedNormal: async (s: PhiloxSource, out: Float32Array, m: number, sd: number, l: number, h: number) =>
        sampleTruncatedNormal(s, out, m, sd, l, h),
    } as unknown as FillPool;
    const shape = [3, 3, 128, 120]; // 138240 elements: over the pool's threshold
    const w = await initializeParallel(shape, 'he_uniform', { seed: 3, pool, layout: 'keras' });
    expect(calls).toEqual([138240]);
    const single = initialize(shape, 'he_uniform', { seed: 3, layout: 'keras' });
    expect(w.shape).toEqual(shape);
    expect(w.data.every((x, i) => Object.is(x, single.data[i]))).toBe(true);
  });
});
