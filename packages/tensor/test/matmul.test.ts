import { type DType, type MatmulOptions, matmul, Tensor, tensor, zeros } from '@nninit/tensor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { f32Kernel } from '../src/internal/matmul/f32Kernel.js';
import { expectError } from './helpers/expectError.js';
import { arrayOf, naiveMatmul, naiveMatmulFloat32 } from './helpers/reference.js';

const dtypes = fc.constantFrom<DType>('float32', 'float64');
const smallInts = (n: number): fc.Arbitrary<number[]> =>
  fc.array(fc.integer({ min: -8, max: 8 }), { minLength: n, maxLength: n });

/** accumulation options valid for a dtype (undefined: the default). */
const accumulations = (dtype: DType) =>
  dtype === 'float32'
    ? fc.constantFrom<DType | undefined>(undefined, 'float32', 'float64')
    : fc.constantFrom<DType | undefined>(undefined, 'float64');

/** A random product: dims, transposes, accumulation, and small-integer data so every result is exact. */
function product(maxDim: number) {
  return fc
    .record({
      m: fc.nat(maxDim),
      n: fc.nat(maxDim),
      k: fc.nat(maxDim),
      tA: fc.boolean(),
      tB: fc.boolean(),
      dtype: dtypes,
    })
    .chain((p) =>
      fc
        .record({ A: smallInts(p.m * p.k), B: smallInts(p.k * p.n), accumulation: accumulations(p.dtype) })
        .map((d) => ({ ...p, ...d })),
    );
}

interface Case {
  m: number;
  n: number;
  k: number;
  tA: boolean;
  tB: boolean;
  dtype: DType;
  A: number[];
  B: number[];
  accumulation?: DType | undefined;
}

function check({ m, n, k, tA, tB, dtype, A, B, accumulation }: Case): void {
  const aShape = tA ? [k, m] : [m, k];
  const bShape = tB ? [n, k] : [k, n];
  const a = new Tensor(arrayOf(dtype, A), aShape);
  const b = new Tensor(arrayOf(dtype, B), bShape);
  const ref = naiveMatmul(A, aShape[0]!, aShape[1]!, B, bShape[0]!, bShape[1]!, tA, tB);
  const c = matmul(a, b, { transposeA: tA, transposeB: tB, accumulation });
  expect(c.shape).toEqual([m, n]);
  expect(c.dtype).toBe(dtype);
  // |sums| ≤ 64·k < 2^24: exact in float32 too. A zero may come out as −0 (x + 0 maps it to +0).
  expect(Array.from(c.data, (x) => x + 0)).toEqual(ref.data);
  const out = zeros([m, n], dtype);
  out.data.fill(123);
  expect(matmul(a, b, { transposeA: tA, transposeB: tB, out, accumulation })).toBe(out);
  expect(Array.from(out.data, (x) => x + 0)).toEqual(ref.data);
}

describe('matmul', () => {
  it('documented example', () => {
    const a = tensor([
      [1, 2],
      [3, 4],
    ]);
    const b = tensor([
      [5, 6],
      [7, 8],
    ]);
    expect(matmul(a, b).toArray()).toEqual([
      [19, 22],
      [43, 50],
    ]);
    expect(matmul(a, b, { transposeB: true }).toArray()).toEqual([
      [17, 23],
      [39, 53],
    ]);
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
    const prop = dims.chain((p) =>
      fc
        .record({ A: smallInts(p.m * p.k), B: smallInts(p.k * p.n), accumulation: accumulations(p.dtype) })
        .map((d) => ({ ...p, ...d })),
    );
    fc.assert(fc.property(prop, check), { numRuns: 12 });
    for (const [m, n, k] of [
      [129, 9, 513],
      [9, 220, 260],
      [257, 7, 300],
    ] as const) {
      for (const tA of [false, true])
        for (const tB of [false, true]) {
          const A = Array.from({ length: m * k }, (_, i) => ((i * 7) % 17) - 8);
          const B = Array.from({ length: k * n }, (_, i) => ((i * 5) % 13) - 6);
          check({ m, n, k, tA, tB, dtype: 'float64', A, B });
          check({ m, n, k, tA, tB, dtype: 'float32', A, B });
        }
    }
  });

  /** Random reals in [−1, 1] as float32, with dims and transposes. */
  const realProducts = (dims: { m: fc.Arbitrary<number>; n: fc.Arbitrary<number>; k: fc.Arbitrary<number> }) =>
    fc.record({ ...dims, tA: fc.boolean(), tB: fc.boolean() }).chain((p) => {
      const reals = (len: number) =>
        fc
          .array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: len, maxLength: len })
          .map((v) => Float32Array.from(v));
      return fc.record({ A: reals(p.m * p.k), B: reals(p.k * p.n) }).map((d) => ({ ...p, ...d }));
    });
  const shapes = (p: { m: number; n: number; k: number; tA: boolean; tB: boolean }) => ({
    a: p.tA ? [p.k, p.m] : [p.m, p.k],
    b: p.tB ? [p.n, p.k] : [p.k, p.n],
  });

  it('float32 operands add in float32 by default: the textbook float32 loop, bit for bit, on random reals', () => {
    // m·n·k from 1 to 6·10⁴ spans the JavaScript kernel (< 128 multiply-adds) and the WebAssembly
    // one; naiveMatmulFloat32 is the independent reference (Math.fround after each op).
    fc.assert(
      fc.property(
        realProducts({
          m: fc.integer({ min: 1, max: 40 }),
          n: fc.integer({ min: 1, max: 40 }),
          k: fc.integer({ min: 1, max: 40 }),
        }),
        (p) => {
          const { a, b } = shapes(p);
          const c = matmul(new Tensor(p.A, a), new Tensor(p.B, b), { transposeA: p.tA, transposeB: p.tB });
          const ref = naiveMatmulFloat32(p.A, a[0]!, a[1]!, p.B, b[0]!, b[1]!, p.tA, p.tB);
          expect(c.data.every((x, i) => Object.is(x, ref[i]))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
    // Depth blocks of 256 and row blocks of packed A: C carries the running sum between blocks.
    for (const [m, n, k] of [
      [300, 9, 300],
      [9, 5, 600],
      [270, 17, 257],
    ] as const) {
      for (const tA of [false, true]) {
        const A = Float32Array.from({ length: m * k }, (_, i) => Math.sin(i * 1.3));
        const B = Float32Array.from({ length: k * n }, (_, i) => Math.cos(i * 0.7));
        const aShape = tA ? [k, m] : [m, k];
        const c = matmul(new Tensor(A, aShape), new Tensor(B, [k, n]), { transposeA: tA });
        const ref = naiveMatmulFloat32(A, aShape[0]!, aShape[1]!, B, k, n, tA, false);
        expect(
          c.data.every((x, i) => Object.is(x, ref[i])),
          `${m}x${k}x${n} ${tA}`,
        ).toBe(true);
      }
    }
  });

  it('f32Kernel, the JavaScript fallback, is the textbook float32 loop bit for bit: 4×4 tiles, 4×1 and 1×4 edges, corner', () => {
    fc.assert(
      fc.property(
        realProducts({
          m: fc.integer({ min: 1, max: 11 }),
          n: fc.integer({ min: 1, max: 11 }),
          k: fc.integer({ min: 1, max: 9 }),
        }),
        (p) => {
          const { a, b } = shapes(p);
          const C = new Float32Array(p.m * p.n);
          f32Kernel(p.A, p.tA ? 1 : p.k, p.tA ? p.m : 1, p.B, p.tB ? 1 : p.n, p.tB ? p.k : 1, C, p.m, p.n, p.k);
          const ref = naiveMatmulFloat32(p.A, a[0]!, a[1]!, p.B, b[0]!, b[1]!, p.tA, p.tB);
          expect(C.every((x, i) => Object.is(x, ref[i]))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('float32 accumulation stays within the dot-product bound |c − ab| ≤ γₖ·Σ|aₚbₚ|, γₖ = ku/(1 − ku), u = 2⁻²⁴', () => {
    // Higham, Accuracy and Stability of Numerical Algorithms (2002), eq. 3.5, plus 2k·2⁻¹⁵⁰ for
    // underflow (each of the 2k roundings errs by at most half the least subnormal when its result
    // is subnormal). The exact value is the float64 sum (its own error, ≤ k·2⁻⁵²·Σ|aₚbₚ| with
    // these inputs, is in the slack).
    fc.assert(
      fc.property(
        realProducts({
          m: fc.integer({ min: 1, max: 30 }),
          n: fc.integer({ min: 1, max: 30 }),
          k: fc.integer({ min: 1, max: 200 }),
        }),
        (p) => {
          const { a, b } = shapes(p);
          const c = matmul(new Tensor(p.A, a), new Tensor(p.B, b), { transposeA: p.tA, transposeB: p.tB });
          const exact = naiveMatmul(p.A, a[0]!, a[1]!, p.B, b[0]!, b[1]!, p.tA, p.tB).data;
          const abs = naiveMatmul(p.A.map(Math.abs), a[0]!, a[1]!, p.B.map(Math.abs), b[0]!, b[1]!, p.tA, p.tB).data;
          const u = 2 ** -24,
            gamma = (p.k * u) / (1 - p.k * u);
          exact.forEach((r, i) => {
            expect(Math.abs((c.data[i] as number) - r)).toBeLessThanOrEqual(
              gamma * abs[i]! + p.k * 2 ** -52 * abs[i]! + 2 * p.k * 2 ** -150,
            );
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it("accumulation 'float64' matches a float64 reference within one float32 rounding on random reals", () => {
    // Accumulated in float64 and rounded once: |c − ref| ≤ 2⁻²⁴·|ref| + a float64-sized slack.
    fc.assert(
      fc.property(
        realProducts({
          m: fc.integer({ min: 1, max: 60 }),
          n: fc.integer({ min: 1, max: 60 }),
          k: fc.integer({ min: 1, max: 60 }),
        }),
        (p) => {
          const { a, b } = shapes(p);
          const ref = naiveMatmul(p.A, a[0]!, a[1]!, p.B, b[0]!, b[1]!, p.tA, p.tB);
          const c = matmul(new Tensor(p.A, a), new Tensor(p.B, b), {
            transposeA: p.tA,
            transposeB: p.tB,
            accumulation: 'float64',
          });
          ref.data.forEach((r, i) => {
            expect(Math.abs((c.data[i] as number) - r)).toBeLessThanOrEqual(Math.abs(r) * 2 ** -24 + p.k * 1e-15);
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it("float32 accumulation is float32's rounding, float64 accumulation is not: a sum that cancels", () => {
    // 1 + 2⁻²⁴ − 1 in float32 is 0 (the 2⁻²⁴ is lost when added to 1); in float64 it is 2⁻²⁴.
    const a = tensor([[1, 2 ** -24, -1]], undefined, 'float32');
    const b = tensor([[1], [1], [1]], undefined, 'float32');
    expect(matmul(a, b).item()).toBe(0);
    expect(matmul(a, b, { accumulation: 'float32' }).item()).toBe(0);
    expect(matmul(a, b, { accumulation: 'float64' }).item()).toBe(2 ** -24);
  });

  it('handles empty dimensions: k = 0 gives zeros, m or n = 0 an empty result', () => {
    const out = tensor([
      [5, 5],
      [5, 5],
    ]);
    expect(matmul(zeros([2, 0]), zeros([0, 2]), { out }).toArray()).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(matmul(zeros([0, 3]), zeros([3, 4])).shape).toEqual([0, 4]);
    expect(matmul(zeros([3, 2], 'float32'), zeros([2, 0], 'float32')).shape).toEqual([3, 0]);
  });

  it('errors, leaving out untouched', () => {
    const a = zeros([300, 2]);
    const b = zeros([5, 10]);
    const out = tensor([[7]]);
    expectError(() => matmul(a, b), RangeError, 'matmul: inner dimensions differ, [300,2] x [5,10]');
    expectError(
      () => matmul(a, b, { transposeA: true, transposeB: true }),
      RangeError,
      'matmul: inner dimensions differ, [300,2]ᵀ x [5,10]ᵀ',
    );
    expectError(() => matmul(zeros([3]), b), RangeError, 'matmul: a must be 2-d, got shape [3]');
    expectError(() => matmul(b, zeros([10, 1, 1])), RangeError, 'matmul: b must be 2-d, got shape [10,1,1]');
    expectError(
      () => matmul([[1]] as unknown as Tensor<'float64'>, b),
      TypeError,
      'matmul: a must be a Tensor, got [[1]]',
    );
    expectError(
      () => matmul(b, null as unknown as Tensor<'float64'>),
      TypeError,
      'matmul: b must be a Tensor, got null',
    );
    expectError(
      () => matmul(zeros([2, 2], 'float32') as Tensor, zeros([2, 2]) as Tensor),
      TypeError,
      'matmul: b.dtype must be float32 (the dtype of a), got float64',
    );
    expectError(
      () => matmul(b, zeros([10, 1]), 3 as unknown as object),
      TypeError,
      'matmul: options must be an object or undefined, got 3',
    );
    expectError(
      () => matmul(b, zeros([10, 1]), { transposeA: 1 as unknown as boolean }),
      TypeError,
      'matmul: options.transposeA must be a boolean, got 1',
    );
    expectError(
      () => matmul(b, zeros([10, 1]), { transposeB: 'yes' as unknown as boolean }),
      TypeError,
      'matmul: options.transposeB must be a boolean, got "yes"',
    );
    expectError(
      () => matmul(b, zeros([10, 1]), { accumulation: 'float16' as unknown as DType }),
      RangeError,
      `matmul: options.accumulation must be "float32" or "float64", got "float16"`,
    );
    expectError(
      () => matmul(b, zeros([10, 1]), { accumulation: 'float32' }),
      RangeError,
      "matmul: options.accumulation must be 'float64' for float64 operands (adding in float32 would discard their precision), got 'float32'",
    );
    expectError(() => matmul(b, zeros([10, 2]), { out }), RangeError, 'matmul: out.shape must be [5,2], got [1,1]');
    expectError(
      () => matmul(b, zeros([10, 1]), { out: zeros([5, 1], 'float32') as Tensor }),
      TypeError,
      'matmul: out.dtype must be float64, got float32',
    );
    expectError(
      () => matmul(b, zeros([10, 1]), { out: {} as Tensor<'float64'> }),
      TypeError,
      'matmul: out must be a Tensor, got an object',
    );
    const sq = tensor([
      [1, 2],
      [3, 4],
    ]);
    expectError(
      () => matmul(sq, eye2(), { out: sq }),
      RangeError,
      "matmul: out must not overlap a, got a view of a's memory",
    );
    expectError(
      () => matmul(eye2(), sq, { out: sq.reshape([2, 2]) }),
      RangeError,
      "matmul: out must not overlap b, got a view of b's memory",
    );
    expect(out.toArray()).toEqual([[7]]);
    expect(sq.toArray()).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});

function eye2(): Tensor<'float64'> {
  return tensor([
    [1, 0],
    [0, 1],
  ]);
}

describe('MatmulOptions', () => {
  it('documented example: dW = dZᵀ·X into a preallocated gradient', () => {
    const dZ = tensor(
      [
        [1, 0],
        [0, 1],
        [1, 1],
      ],
      undefined,
      'float32',
    ); // [batch 3, out 2]
    const X = tensor(
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      undefined,
      'float32',
    ); // [batch 3, in 2]
    const dW = zeros([2, 2], 'float32');
    const options: MatmulOptions<'float32'> = { transposeA: true, out: dW };
    expect(matmul(dZ, X, options)).toBe(dW);
    expect(dW.toArray()).toEqual([
      [6, 8],
      [8, 10],
    ]);
  });
});
