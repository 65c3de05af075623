import { describeDistribution, dirac, identity, initialize } from '@nninit/init';
import { RandomState } from '@nninit/rng';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const FC = { seed: 20240502, numRuns: 50 };

describe('zeros, ones, constant', () => {
  it('fill every element, any rank (0-D included), in both dtypes, without any rng', () => {
    expect(initialize([2, 3], 'zeros').toArray()).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(initialize([], 'ones').toArray()).toBe(1);
    const c = initialize([2, 1, 2], { name: 'constant', value: 0.1 }, { dtype: 'float64' });
    expect(Array.from(c.data)).toEqual([0.1, 0.1, 0.1, 0.1]);
    expect(Array.from(initialize([2], 'constant', { value: 0.1 }).data)).toEqual([Math.fround(0.1), Math.fround(0.1)]);
  });

  it('a given rng is validated but not consumed', () => {
    const rng = new RandomState(4);
    initialize([100], 'zeros', { rng });
    identity([5, 5], { rng });
    expect(rng.randn(2)).toEqual(new RandomState(4).randn(2));
  });
});

describe('identity', () => {
  it('gain on the main diagonal of any rectangular matrix (torch eye_, Keras Identity)', () => {
    expect(identity([3, 3]).toArray()).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    expect(initialize([3, 2], 'eye', { gain: 0.5 }).toArray()).toEqual([
      [0.5, 0],
      [0, 0.5],
      [0, 0],
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (r, c) => {
        const w = identity([r, c], { dtype: 'float64' });
        for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) expect(w.get(i, j)).toBe(i === j ? 1 : 0);
        expect(describeDistribution([r, c], 'identity')).toEqual({ family: 'identity', gain: 1, rows: r, cols: c });
      }),
      FC,
    );
  });
});

describe('dirac', () => {
  it('PyTorch dirac_ with groups: ones at [g·(out/groups) + d, d, centre]', () => {
    expect(dirac([4, 2, 3], { groups: 2 }).toArray()).toEqual([
      [
        [0, 1, 0],
        [0, 0, 0],
      ],
      [
        [0, 0, 0],
        [0, 1, 0],
      ],
      [
        [0, 1, 0],
        [0, 0, 0],
      ],
      [
        [0, 0, 0],
        [0, 1, 0],
      ],
    ]);
    // More outputs than inputs: the extra output channels stay zero; an even kernel's centre is k/2.
    expect(dirac([3, 2, 4]).toArray()).toEqual([
      [
        [0, 0, 1, 0],
        [0, 0, 0, 0],
      ],
      [
        [0, 0, 0, 0],
        [0, 0, 1, 0],
      ],
      [
        [0, 0, 0, 0],
        [0, 0, 0, 0],
      ],
    ]);
    expect(describeDistribution([6, 3, 3, 5], { name: 'dirac', groups: 3 })).toEqual({
      family: 'dirac',
      groups: 3,
      center: [1, 2],
    });
  });

  it('is the identity convolution: a "same" 1-D cross-correlation with it copies input channels, per group', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        (groups, perGroupOut, inPerGroup, half) => {
          const k = 2 * half + 1,
            length = 7;
          const out = groups * perGroupOut;
          const w = dirac([out, inPerGroup, k], { groups, dtype: 'float64' });
          const x = Array.from({ length: groups * inPerGroup }, (_, c) =>
            Array.from({ length }, (_, t) => 100 * c + t + 1),
          );
          for (let o = 0; o < out; o++) {
            const g = Math.floor(o / perGroupOut),
              d = o % perGroupOut;
            for (let t = 0; t < length; t++) {
              let y = 0;
              for (let i = 0; i < inPerGroup; i++) {
                for (let j = 0; j < k; j++) y += w.get(o, i, j) * (x[g * inPerGroup + i]?.[t + j - half] ?? 0);
              }
              expect(y).toBe(d < inPerGroup ? (x[g * inPerGroup + d]?.[t] as number) : 0);
            }
          }
        },
      ),
      FC,
    );
  });

  it('2-D and 3-D kernels: exactly groups·min(out/groups, in) ones, each at the centre', () => {
    const w = dirac([6, 4, 3, 3, 3], { groups: 2 });
    expect(Array.from(w.data).filter((v) => v === 1).length).toBe(6);
    expect(Array.from(w.data).filter((v) => v !== 0 && v !== 1).length).toBe(0);
    // Group 1 holds output channels 3..5: ones at [3, 0], [4, 1], [5, 2]; input channel 3 is unused.
    for (const [o, i] of [
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 0],
      [4, 1],
      [5, 2],
    ] as const)
      expect(w.get(o, i, 1, 1, 1)).toBe(1);
    expect(w.get(3, 3, 1, 1, 1)).toBe(0);
  });
});
