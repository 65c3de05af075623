import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulhi32, philoxBlock } from '../src/internal/philox/philoxBlock.js';
import { philoxWords } from '../src/internal/philox/philoxWords.js';

const uint32 = fc.integer({ min: 0, max: 0xffffffff });

/** The textbook high word of a 32×32-bit product, with BigInt. */
const mulhiBig = (m: number, x: number): number => Number((BigInt(m) * BigInt(x)) >> 32n);

describe('mulhi32', () => {
  it('equals the exact high word for the PhiloxSource multipliers and any x', () => {
    fc.assert(
      fc.property(fc.constantFrom(0xd2511f53, 0xcd9e8d57), uint32, (m, x) => mulhi32(m, x) === mulhiBig(m, x)),
      { numRuns: 20000 },
    );
  });

  it('is exact at the edges, where the float64 product rounds most', () => {
    for (const m of [0xd2511f53, 0xcd9e8d57, 0xffffffff]) {
      for (const x of [0, 1, 2, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff])
        expect(mulhi32(m, x)).toBe(mulhiBig(m, x));
    }
  });
});

describe('philoxWords (the bulk kernel)', () => {
  it('equals philoxBlock block by block, across the 2^32 carry of the block index', () => {
    fc.assert(
      fc.property(
        uint32,
        uint32,
        uint32,
        uint32,
        fc.oneof(fc.integer({ min: 0, max: 2 ** 40 }), fc.constant(2 ** 32 - 2), fc.constant(2 ** 53 - 8)),
        fc.integer({ min: 1, max: 6 }),
        (k0, k1, c2, c3, first, n) => {
          const bulk = new Uint32Array(4 * n);
          philoxWords(k0, k1, c2, c3, first, n, bulk);
          const one = new Uint32Array(4 * n);
          for (let b = 0; b < n; b++) {
            const index = first + b;
            philoxBlock(index % 2 ** 32, Math.floor(index / 2 ** 32), c2, c3, k0, k1, one, 4 * b);
          }
          expect(bulk).toEqual(one);
        },
      ),
      { numRuns: 500 },
    );
  });
});
