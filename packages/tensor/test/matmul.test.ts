import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matmul, tensor, Tensor, zeros, type DType, type MatmulOptions } from '../src/index.js';
import { expectError } from './helpers.js';
import { arrayOf, naiveMatmul } from './reference.js';

const dtypes = fc.constantFrom<DType>('float32', 'float64');
const smallInts = (n: number): fc.Arbitrary<number[]> => fc.array(fc.integer({ min: -8, max: 8 }), { minLength: n, maxLength: n });

/** A random product: dims, transposes, and small-integer data so every result is exact. */
function product(maxDim: number) {
  return fc
    .record({ m: fc.nat(maxDim), n: fc.nat(maxDim), k: fc.nat(maxDim), tA: fc.boolean(), tB: fc.boolean(), dtype: dtypes })
    .chain((p) => fc.record({ A: smallInts(p.m * p.k), B: smallInts(p.k * p.n) }).map((d) => ({ ...p, ...d })));
}

function check({ m, n, k, tA, tB, dtype, A, B }: { m: number; n: number; k: number; tA: boolean; tB: boolean; dtype: DType; A: number[]; B: number[] }): void {
  const aShape = tA ? [k, m] : [m, k];
  const bShape = tB ? [n, k] : [k, n];
  const a = new Tensor(arrayOf(dtype, A), aShape);
  const b = new Tensor(arrayOf(dtype, B), bShape);
  const ref = naiveMatmul(A, aShape[0]!, aShape[1]!, B, bShape[0]!, bShape[1]!, tA, tB);
  const c = matmul(a, b, { transposeA: tA, transposeB: tB });
  expect(c.shape).toEqual([m, n]);
  expect(c.dtype).toBe(dtype);
  // |sums| ≤ 64·k < 2^24: exact in float32 too. A zero may come out as −0 (x + 0 maps it to +0).
  expect(Array.from(c.data, (x) => x + 0)).toEqual(ref.data);
  const out = zeros([m, n], dtype);
  out.data.fill(123);
  expect(matmul(a, b, { transposeA: tA, transposeB: tB, out })).toBe(out);
  expect(Array.from(out.data, (x) => x + 0)).toEqual(ref.data);
}

describe('matmul', () => {
  it('documented example', () => {
    const a = tensor([[1, 2], [3, 4]]);
    const b = tensor([[5, 6], [7, 8]]);
    expect(matmul(a, b).toArray()).toEqual([[19, 22], [43, 50]]);
    expect(matmul(a, b, { transposeB: true }).toArray()).toEqual([[17, 23], [39, 53]]);
  });

  it('equals the naive product exactly on small integers, every transpose, odd and empty sizes (direct kernel)', () => {
    fc.assert(fc.property(product(13), check), { numRuns: 300 });
  });

  it('equals the naive product exactly on the packed path, edges and k/m blocking included', () => {
    // m·n·k ≥ 80³ takes the packed kernel; k > 256 and m > 128 cross its block boundaries.
    const dims = fc.record({
      m: fc.integer({ min: 60, max: 140 }),
      n: fc.integer({ min: 60, max: 90 }),
      k: fc.integer({ min: 150, max: 300 }),
      tA: fc.boolean(),
      tB: fc.boolean(),
      dtype: dtypes,
    });
    const prop = dims.chain((p) => fc.record({ A: smallInts(p.m * p.k), B: smallInts(p.k * p.n) }).map((d) => ({ ...p, ...d })));
    fc.assert(fc.property(prop, check), { numRuns: 12 });
    for (const [m, n, k] of [[129, 9, 513], [9, 220, 260], [257, 7, 300]] as const) {
      for (const tA of [false, true]) for (const tB of [false, true]) {
        const A = Array.from({ length: m * k }, (_, i) => ((i * 7) % 17) - 8);
        const B = Array.from({ length: k * n }, (_, i) => ((i * 5) % 13) - 6);
        check({ m, n, k, tA, tB, dtype: 'float64', A, B });
      }
    }
  });

  it('matches a float64 reference within float32 rounding on random reals', () => {
    // Accumulation is in float64 and rounded once: |c − ref| ≤ 2⁻²⁴·|ref| + a float64-sized slack.
    const prop = fc
      .record({ m: fc.integer({ min: 1, max: 60 }), n: fc.integer({ min: 1, max: 60 }), k: fc.integer({ min: 1, max: 60 }), tA: fc.boolean(), tB: fc.boolean() })
      .chain((p) => {
        const reals = (len: number) => fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: len, maxLength: len });
        return fc.record({ A: reals(p.m * p.k), B: reals(p.k * p.n) }).map((d) => ({ ...p, ...d }));
      });
    fc.assert(
      fc.property(prop, ({ m, n, k, tA, tB, A, B }) => {
        const a32 = Float32Array.from(A), b32 = Float32Array.from(B);
        const ref = naiveMatmul(a32, tA ? k : m, tA ? m : k, b32, tB ? n : k, tB ? k : n, tA, tB);
        const c = matmul(new Tensor(a32, tA ? [k, m] : [m, k]), new Tensor(b32, tB ? [n, k] : [k, n]), { transposeA: tA, transposeB: tB });
        ref.data.forEach((r, i) => {
          expect(Math.abs((c.data[i] as number) - r)).toBeLessThanOrEqual(Math.abs(r) * 2 ** -24 + k * 1e-15);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('handles empty dimensions: k = 0 gives zeros, m or n = 0 an empty result', () => {
    const out = tensor([[5, 5], [5, 5]]);
    expect(matmul(zeros([2, 0]), zeros([0, 2]), { out }).toArray()).toEqual([[0, 0], [0, 0]]);
    expect(matmul(zeros([0, 3]), zeros([3, 4])).shape).toEqual([0, 4]);
    expect(matmul(zeros([3, 2], 'float32'), zeros([2, 0], 'float32')).shape).toEqual([3, 0]);
  });

  it('errors, leaving out untouched', () => {
    const a = zeros([300, 2]);
    const b = zeros([5, 10]);
    const out = tensor([[7]]);
    expectError(() => matmul(a, b), RangeError, 'matmul: inner dimensions differ, [300,2] x [5,10]');
    expectError(() => matmul(a, b, { transposeA: true, transposeB: true }), RangeError, 'matmul: inner dimensions differ, [300,2]ᵀ x [5,10]ᵀ');
    expectError(() => matmul(zeros([3]), b), RangeError, 'matmul: a must be 2-d, got shape [3]');
    expectError(() => matmul(b, zeros([10, 1, 1])), RangeError, 'matmul: b must be 2-d, got shape [10,1,1]');
    expectError(() => matmul([[1]] as unknown as Tensor<'float64'>, b), TypeError, 'matmul: a must be a Tensor, got [[1]]');
    expectError(() => matmul(b, null as unknown as Tensor<'float64'>), TypeError, 'matmul: b must be a Tensor, got null');
    expectError(() => matmul(zeros([2, 2], 'float32') as Tensor, zeros([2, 2]) as Tensor), TypeError, 'matmul: b.dtype must be float32 (the dtype of a), got float64');
    expectError(() => matmul(b, zeros([10, 1]), 3 as unknown as object), TypeError, 'matmul: options must be an object, got 3');
    expectError(() => matmul(b, zeros([10, 1]), { transposeA: 1 as unknown as boolean }), TypeError, 'matmul: options.transposeA must be a boolean, got 1');
    expectError(() => matmul(b, zeros([10, 1]), { transposeB: 'yes' as unknown as boolean }), TypeError, 'matmul: options.transposeB must be a boolean, got "yes"');
    expectError(() => matmul(b, zeros([10, 2]), { out }), RangeError, 'matmul: out.shape must be [5,2], got [1,1]');
    expectError(() => matmul(b, zeros([10, 1]), { out: zeros([5, 1], 'float32') as Tensor }), TypeError, 'matmul: out.dtype must be float64, got float32');
    expectError(() => matmul(b, zeros([10, 1]), { out: {} as Tensor<'float64'> }), TypeError, 'matmul: out must be a Tensor, got Object');
    const sq = tensor([[1, 2], [3, 4]]);
    expectError(() => matmul(sq, eye2(), { out: sq }), RangeError, "matmul: out must not overlap a, got a view of a's memory");
    expectError(() => matmul(eye2(), sq, { out: sq.reshape([2, 2]) }), RangeError, "matmul: out must not overlap b, got a view of b's memory");
    expect(out.toArray()).toEqual([[7]]);
    expect(sq.toArray()).toEqual([[1, 2], [3, 4]]);
  });
});

function eye2(): Tensor<'float64'> {
  return tensor([[1, 0], [0, 1]]);
}

describe('MatmulOptions', () => {
  it('documented example: dW = dZᵀ·X into a preallocated gradient', () => {
    const dZ = tensor([[1, 0], [0, 1], [1, 1]], undefined, 'float32'); // [batch 3, out 2]
    const X = tensor([[1, 2], [3, 4], [5, 6]], undefined, 'float32'); // [batch 3, in 2]
    const dW = zeros([2, 2], 'float32');
    const options: MatmulOptions<'float32'> = { transposeA: true, out: dW };
    expect(matmul(dZ, X, options)).toBe(dW);
    expect(dW.toArray()).toEqual([[6, 8], [8, 10]]);
  });
});
