import { dialects, initialize, initializerNames, initializers } from '@nninit/init';
import { RandomState } from '@nninit/rng';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { BY_NAME } from '../src/internal/registry.js';

// The requirement, over the whole registry: for random shapes, seeds and partitions of the first
// dimension, the concatenation of initialize(shape, init, { seed, slice }) over the parts equals
// initialize(shape, init, { seed }), bit for bit — or, for the initializers whose values depend on
// the whole tensor, every slice is rejected with the documented error. Every nninit name and alias
// and every dialect spelling; both layouts, both dtypes. A call that fails whole fails sliced, with
// the same message (its shape or parameters are wrong whatever the slice).

const PARAMS: Record<string, object> = {
  constant: { value: -1.5 },
  constant_: { val: 0.3 },
  sparse: { sparsity: 0.3 },
  sparse_: { sparsity: 0.3 },
  'torch.linear.bias': { fanIn: 3 },
  'torch.conv.bias': { fanIn: 3 },
};

/** Why the unsliceable ones need the whole tensor: the text of their error. */
const WHOLE: Record<string, string> = {
  orthogonal: 'Q is the QR factor of the whole Gaussian matrix',
  delta_orthogonal: 'its centre tap is the QR factor of the whole Gaussian matrix',
  sparse: "each column's zeros are drawn, after every normal, over all its rows",
};

const canonicalOf = (name: string): string =>
  dialects[name as keyof typeof dialects]?.canonical ?? (BY_NAME.get(name)?.name as string);

const sameBits = (a: ArrayLike<number>, b: ArrayLike<number>): boolean =>
  a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

const NAMES = [...initializerNames, ...Object.keys(dialects)];
let compared = 0,
  rejected = 0;
const perName: Record<string, number> = {};
afterAll(() => {
  console.log(`sliceRegistry.test.ts: ${compared} partitions compared, ${rejected} slices rejected`);
});

/** A shape of the example's rank (mostly) or another rank, dims 0..5, with a partition of dims[0]. */
const call = (rank: number) =>
  fc
    .oneof({ weight: 4, arbitrary: fc.constant(rank) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 5 }) })
    .chain((r) => fc.array(fc.integer({ min: 1, max: 5 }), { minLength: r, maxLength: r }))
    .chain((shape) =>
      fc.tuple(
        fc.constant(shape),
        fc
          .array(fc.integer({ min: 0, max: shape[0] as number }), { maxLength: 3 })
          .map((cuts) => [0, ...cuts.sort((a, b) => a - b), shape[0] as number]),
        fc.integer({ min: -4, max: 4 }),
        fc.constantFrom('float32', 'float64') as fc.Arbitrary<'float32' | 'float64'>,
        fc.constantFrom('torch', 'keras') as fc.Arbitrary<'torch' | 'keras'>,
      ),
    );

describe('options.slice over the whole registry', () => {
  it('the registry says which ones slice', () => {
    const unsliceable = Object.values(initializers)
      .filter((i) => !i.sliceable)
      .map((i) => i.name);
    expect(unsliceable.sort()).toEqual(Object.keys(WHOLE).sort());
  });

  it.each(NAMES)('%s', (name) => {
    const canonical = canonicalOf(name);
    const info = initializers[canonical as keyof typeof initializers];
    expect(info, `${name} resolves to a registered initializer`).toBeDefined();
    const rank = (BY_NAME.get(canonical)?.example.shape.length ?? 2) as number;
    const initialization = { name, ...PARAMS[name] } as never;
    perName[name] = 0;
    fc.assert(
      fc.property(call(rank), ([shape, cuts, seed, dtype, layout]) => {
        const options = { seed, dtype, layout };
        let whole: Float32Array | Float64Array;
        try {
          whole = initialize(shape, initialization, options).data;
        } catch (error) {
          expect(() => initialize(shape, initialization, { ...options, slice: { start: 0, end: 0 } })).toThrow(
            (error as Error).message,
          );
          return;
        }
        const parts: number[] = [];
        for (let i = 0; i + 1 < cuts.length; i++) {
          const slice = { start: cuts[i] as number, end: cuts[i + 1] as number };
          if (!info.sliceable) {
            expect(() => initialize(shape, initialization, { ...options, slice })).toThrow(
              new RangeError(
                `initialize: options.slice must be undefined for ${JSON.stringify(name)} (${WHOLE[canonical]}: initialize it whole), got { start: ${slice.start}, end: ${slice.end} }`,
              ),
            );
            rejected++;
            continue;
          }
          const t = initialize(shape, initialization, { ...options, slice });
          expect(t.shape).toEqual([slice.end - slice.start, ...shape.slice(1)]);
          expect(t.dtype).toBe(dtype);
          parts.push(...t.data);
        }
        if (!info.sliceable) return;
        const joined = dtype === 'float32' ? new Float32Array(parts) : new Float64Array(parts);
        expect(sameBits(joined, whole)).toBe(true);
        compared++;
        perName[name] = (perName[name] ?? 0) + 1;
      }),
      { seed: 20261206, numRuns: 25 },
    );
    // Not vacuous: some shapes were valid for it, so slices were compared or rejected.
    if (info.sliceable) expect(perName[name]).toBeGreaterThan(0);

    // numpy's sequential stream cannot be read at a position: an error for the ones that draw.
    const example = (BY_NAME.get(canonical)?.example.shape ?? [2, 2]) as number[];
    const sliced = () => initialize(example, initialization, { rng: new RandomState(1), slice: { start: 0, end: 1 } });
    if (!info.sliceable) expect(sliced).toThrow(/options.slice must be undefined for/);
    else if (info.random) expect(sliced).toThrow(/options.rng must be a PhiloxSource .* got a RandomState/);
    else expect(sliced().shape[0]).toBe(1);
  });
});
