import {
  type Initialization,
  type InitializeIntoOptions,
  initialize,
  initializeInto,
  initializerNames,
} from '@nninit/init';
import { philox, RandomState } from '@nninit/rng';
import { Tensor, zeros } from '@nninit/tensor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// initializeInto fills existing memory: the bits of a fresh initialize, whatever the target held
// before (it is pre-filled with NaN here, so an element the fill skipped would show).

const PARAMS: Record<string, object> = { sparse: { sparsity: 0.3 }, constant: { value: -1.5 } };
const sameBits = (a: ArrayLike<number>, b: ArrayLike<number>): boolean =>
  a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

describe('initializeInto', () => {
  it('gives the bits of initialize, for every initializer, dtype, layout and target kind', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...initializerNames),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 5 }),
        fc.constantFrom('float32', 'float64') as fc.Arbitrary<'float32' | 'float64'>,
        fc.constantFrom('torch', 'keras') as fc.Arbitrary<'torch' | 'keras'>,
        fc.boolean(),
        fc.integer({ min: -3, max: 3 }),
        (name, shape, dtype, layout, asTensor, seed) => {
          const initialization = { name, ...PARAMS[name] } as Initialization;
          let fresh: Float32Array | Float64Array;
          try {
            fresh = initialize(shape, initialization, { seed, dtype, layout }).data;
          } catch (error) {
            const target = new (dtype === 'float32' ? Float32Array : Float64Array)(size(shape)).fill(Number.NaN);
            expect(() => initializeInto(target, initialization, { seed, shape, layout })).toThrow(
              (error as Error).message.replace(/^initialize:/, 'initializeInto:'),
            );
            expect(target.every(Number.isNaN)).toBe(true);
            return;
          }
          const data = new (dtype === 'float32' ? Float32Array : Float64Array)(fresh.length).fill(Number.NaN);
          if (asTensor) {
            const t = new Tensor(data, shape);
            expect(initializeInto(t, initialization, { seed, layout })).toBe(t);
          } else {
            expect(initializeInto(data, initialization, { seed, shape, layout })).toBe(data);
          }
          expect(sameBits(data, fresh)).toBe(true);
        },
      ),
      { seed: 3, numRuns: 400 },
    );
  });

  it('advances a source exactly as initialize does (the notebook’s stream, layer after layer)', () => {
    const a = new RandomState(3),
      b = new RandomState(3);
    const w1 = new Float64Array(20),
      w2 = new Float64Array(50);
    initializeInto(w1, 'he', { rng: a, shape: [10, 2] });
    initializeInto(w2, 'he', { rng: a, shape: [5, 10] });
    initialize([10, 2], 'he', { rng: b, dtype: 'float64' });
    expect(sameBits(w2, initialize([5, 10], 'he', { rng: b, dtype: 'float64' }).data)).toBe(true);
    // numpy: np.random.seed(3); (np.random.randn(10, 2) * np.sqrt(2 / 2))[0, 0]
    expect(w1[0]).toBe(1.7886284734303186);
  });

  it('the TSDoc example', () => {
    const w = new Float32Array(6);
    initializeInto(w, 'he_normal', { shape: [2, 3], seed: 1 });
    expect(sameBits(w, initialize([2, 3], 'he_normal', { seed: 1 }).data)).toBe(true);
    const options: InitializeIntoOptions = { seed: 1, shape: [2, 3], layout: 'keras' };
    const k = initializeInto(new Float32Array(6), 'he_normal', options);
    expect(sameBits(k, initialize([2, 3], 'he_normal', { seed: 1, layout: 'keras' }).data)).toBe(true);
    expect(initializeInto(zeros([2, 2]), 'identity').toArray()).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('takes the dtype from the target: a float64 target gets the float64 bits, a conflicting dtype is an error', () => {
    const t = new Float64Array(4);
    initializeInto(t, 'normal', { seed: 2, shape: [4], dtype: 'float64' });
    expect(sameBits(t, initialize([4], 'normal', { seed: 2, dtype: 'float64' }).data)).toBe(true);
    expect(() => initializeInto(new Float32Array(4), 'normal', { seed: 2, shape: [4], dtype: 'float64' })).toThrow(
      new RangeError(
        'initializeInto: options.dtype must be "float32" (the target\'s dtype) or undefined, got "float64"',
      ),
    );
  });

  it('validates everything before writing: a failing call leaves the target and the source untouched', () => {
    const cases: [unknown, unknown, unknown, RegExp][] = [
      [new Float32Array(6), 'he', { seed: 1 }, /^TypeError: initializeInto: options.shape must be given/],
      [new Float32Array(6), 'he', { seed: 1, shape: [2, 2] }, /options.shape must be a shape of size 6/],
      [zeros([2, 3]), 'he', { seed: 1, shape: [3, 2] }, /options.shape must be the target's shape \[2,3\]/],
      [new Float32Array(6), 'he', { shape: [2, 3] }, /options.rng or options.seed must be given/],
      [new Float32Array(6), 'he', { rng: philox(1), shape: [6, 0] }, /shape must be a shape of size 6/],
      [new Float32Array(6), 'he_normal', { seed: 1, shape: [6], layout: 'keras' }, /at least 2 dimensions/],
      [new Float32Array(6), 'he', { seed: 1, shape: [2, 3], sead: 1 }, /did you mean "seed"/],
      [new Float32Array(6), { name: 'normal', std: 1e39 }, { seed: 1, shape: [2, 3] }, /float32/],
      [new Int32Array(6), 'zeros', { shape: [2, 3] }, /^TypeError: initializeInto: target must be a Tensor/],
      [[0, 0, 0], 'zeros', { shape: [3] }, /^TypeError: initializeInto: target must be a Tensor/],
      [new Float32Array(6), 'he', null, /^TypeError: initializeInto: options must be an object/],
    ];
    for (const [target, initialization, options, message] of cases) {
      const rng = (options as { rng?: ReturnType<typeof philox> } | null)?.rng;
      const before = ArrayBuffer.isView(target) ? Array.from(target as Float32Array) : undefined;
      let thrown: unknown;
      try {
        initializeInto(target as Float32Array, initialization as Initialization, options as never);
      } catch (error) {
        thrown = error;
      }
      expect(String(thrown)).toMatch(message);
      if (before) expect(Array.from(target as Float32Array)).toEqual(before);
      if (rng) expect(rng.position).toBe(0);
    }
  });

  it('allocates nothing in the torch layout: the tensor keeps its data array', () => {
    const data = new Float32Array(12);
    const t = new Tensor(data, [3, 4]);
    initializeInto(t, 'glorot_uniform', { seed: 5 });
    expect(t.data).toBe(data);
    expect(data.some((x) => x !== 0)).toBe(true);
  });
});

function size(shape: readonly number[]): number {
  return shape.reduce((p, d) => p * d, 1);
}
