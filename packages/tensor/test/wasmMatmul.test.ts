import { type DType, matmul, matmulKernel, Tensor } from '@nninit/tensor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directKernel32 } from '../src/internal/matmul/directKernel32.js';
import { directKernel64 } from '../src/internal/matmul/directKernel64.js';
import { f32Kernel } from '../src/internal/matmul/f32Kernel.js';
import { packA32, packB32 } from '../src/internal/matmul/pack32.js';
import { packA64, packB64 } from '../src/internal/matmul/pack64.js';
import { packedKernel, packedScratchSize } from '../src/internal/matmul/packedKernel.js';
import { wasmMatmul32 } from '../src/internal/matmul/wasmMatmul32.js';
import { wasmMatmul64 } from '../src/internal/matmul/wasmMatmul64.js';
import { instantiate, retainedBytes } from '../src/internal/wasm/wasmKernels.js';
import { arrayOf } from './helpers/reference.js';

/**
 * The WebAssembly SIMD kernels against the JavaScript ones, bit for bit: matmul may run either,
 * depending on where it runs, so a result must not depend on which did. Data are random reals
 * (not small integers), so every rounding of the float64 accumulation and of the float32 store
 * is exercised; the order of the additions is the only thing that makes the bits agree.
 */

interface Product {
  m: number;
  n: number;
  k: number;
  tA: boolean;
  tB: boolean;
  dtype: DType;
  A: Float32Array | Float64Array;
  B: Float32Array | Float64Array;
}

const strides = ({ m, n, k, tA, tB }: Product) => ({
  sai: tA ? 1 : k,
  sap: tA ? m : 1,
  sbp: tB ? 1 : n,
  sbj: tB ? k : 1,
});

/** C by the JavaScript kernels, as matmul runs them: direct, or packed in KC-deep blocks. */
function jsProduct(p: Product, packed: boolean): Float32Array | Float64Array {
  const { m, n, k, A, B } = p;
  const { sai, sap, sbp, sbj } = strides(p);
  const C = p.dtype === 'float32' ? new Float32Array(m * n) : new Float64Array(m * n);
  const work = new Float64Array(packedScratchSize(n, k));
  if (A instanceof Float32Array) {
    if (packed)
      packedKernel(A, sai, sap, B as Float32Array, sbp, sbj, C as Float32Array, m, n, k, work, packA32, packB32);
    else directKernel32(A, sai, sap, B as Float32Array, sbp, sbj, C as Float32Array, m, n, k);
  } else {
    if (packed)
      packedKernel(A, sai, sap, B as Float64Array, sbp, sbj, C as Float64Array, m, n, k, work, packA64, packB64);
    else directKernel64(A, sai, sap, B as Float64Array, sbp, sbj, C as Float64Array, m, n, k);
  }
  return C;
}

/** C by the WebAssembly kernels, with the same blocking. */
function wasmProduct(p: Product, packed: boolean): Float32Array | Float64Array {
  const { m, n, k, A, B } = p;
  const { sai, sap, sbp, sbj } = strides(p);
  const C = p.dtype === 'float32' ? new Float32Array(m * n) : new Float64Array(m * n);
  C.fill(Number.NaN);
  expect(wasmMatmul64(A, sai, sap, B, sbp, sbj, C, m, n, k, packed)).toBe(true);
  return C;
}

/** Indices where two results differ as bit patterns (−0 ≠ +0; any NaN equals any NaN). */
function differences(x: ArrayLike<number>, y: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) out.push(i);
  return out;
}

const reals = (length: number, dtype: DType) =>
  fc
    .array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: length, maxLength: length })
    .map((v) => arrayOf(dtype, v));

function products(dims: {
  m: fc.Arbitrary<number>;
  n: fc.Arbitrary<number>;
  k: fc.Arbitrary<number>;
}): fc.Arbitrary<Product> {
  return fc
    .record({ ...dims, tA: fc.boolean(), tB: fc.boolean(), dtype: fc.constantFrom<DType>('float32', 'float64') })
    .chain((p) =>
      fc.record({ A: reals(p.m * p.k, p.dtype), B: reals(p.k * p.n, p.dtype) }).map((d) => ({ ...p, ...d })),
    );
}

/** The engine's WebAssembly API (the DOM lib that declares it is not in scope). */
const WebAssembly = (
  globalThis as unknown as { WebAssembly: { validate: unknown; Module: unknown; Instance: unknown } }
).WebAssembly;
const available = instantiate(WebAssembly as never) !== null;

describe.runIf(available)('wasmMatmul64 (float64 accumulation)', () => {
  it("gives the JavaScript direct kernels' bits: every transpose, both dtypes, odd sizes, every panel width", () => {
    // n up to 13 covers panels of 4 plus each remainder 1–3; m up to 21 covers partial tiles of 4 and 8 rows.
    const dims = {
      m: fc.integer({ min: 1, max: 21 }),
      n: fc.integer({ min: 1, max: 13 }),
      k: fc.integer({ min: 1, max: 19 }),
    };
    fc.assert(
      fc.property(products(dims), (p) => {
        expect(differences(wasmProduct(p, false), jsProduct(p, false))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("gives the JavaScript packed kernel's bits: depth blocks of 256 added into C, row blocks of 128", () => {
    for (const [m, n, k] of [
      [129, 9, 513],
      [9, 7, 700],
      [257, 5, 300],
      [130, 130, 40],
    ] as const) {
      for (const dtype of ['float32', 'float64'] as const)
        for (const tA of [false, true])
          for (const tB of [false, true]) {
            const A = arrayOf(
              dtype,
              Array.from({ length: m * k }, (_, i) => Math.sin(i * 1.3) * 3),
            );
            const B = arrayOf(
              dtype,
              Array.from({ length: k * n }, (_, i) => Math.cos(i * 0.7) * 2),
            );
            const p = { m, n, k, tA, tB, dtype, A, B };
            expect(
              differences(wasmProduct(p, true), jsProduct(p, true)),
              `${m}x${k}x${n} ${dtype} ${tA} ${tB}`,
            ).toEqual([]);
          }
    }
  });

  it("keeps exact zeros' signs and propagates infinities and NaN as the JavaScript kernels do", () => {
    const specials = [0, -0, 1, -1, Infinity, -Infinity, Number.NaN, 1e-310, 3.4e38, -2.5];
    const dims = {
      m: fc.integer({ min: 1, max: 9 }),
      n: fc.integer({ min: 1, max: 6 }),
      k: fc.integer({ min: 1, max: 4 }),
    };
    const prop = fc
      .record({ ...dims, tA: fc.boolean(), tB: fc.boolean(), dtype: fc.constantFrom<DType>('float32', 'float64') })
      .chain((p) => {
        const values = (length: number) =>
          fc
            .array(fc.constantFrom(...specials), { minLength: length, maxLength: length })
            .map((v) => arrayOf(p.dtype, v));
        return fc.record({ A: values(p.m * p.k), B: values(p.k * p.n) }).map((d) => ({ ...p, ...d }));
      });
    fc.assert(
      fc.property(prop, (p) => {
        expect(differences(wasmProduct(p, false), jsProduct(p, false))).toEqual([]);
      }),
      { numRuns: 300 },
    );
    // −0 survives: (−1)·0 = −0 is the whole sum when k = 1 (a 0 + … start would make it +0).
    const p = {
      m: 4,
      n: 1,
      k: 1,
      tA: false,
      tB: false,
      dtype: 'float64' as const,
      A: new Float64Array([-1, -1, 1, 1]),
      B: new Float64Array([0]),
    };
    expect(Array.from(wasmProduct(p, false), (x) => Object.is(x, -0))).toEqual([true, true, false, false]);
  });

  it("is what matmul runs: matmul gives the JavaScript kernels' bits on the trainer's [300x10]·[10x5], in both accumulations", () => {
    const a = new Tensor(
      arrayOf(
        'float32',
        Array.from({ length: 3000 }, (_, i) => Math.sin(i)),
      ),
      [300, 10],
    );
    const b = new Tensor(
      arrayOf(
        'float32',
        Array.from({ length: 50 }, (_, i) => Math.cos(i)),
      ),
      [10, 5],
    );
    const out = new Tensor(new Float32Array(1500), [300, 5]);
    matmul(a, b, { out, accumulation: 'float64' });
    const p = { m: 300, n: 5, k: 10, tA: false, tB: false, dtype: 'float32' as const, A: a.data, B: b.data };
    expect(differences(out.data, jsProduct(p, false))).toEqual([]);
    matmul(a, b, { out });
    expect(differences(out.data, js32(p))).toEqual([]);
  });

  it('grows its memory for a large product, and drops a memory past 64 MiB after the call', () => {
    // 9 × 2²⁰ float64 elements of A (72 MiB) against a 2²⁰ × 1 B: a cheap product with a large operand.
    const m = 9,
      k = 2 ** 20,
      n = 1;
    const A = new Float64Array(m * k).fill(0.5);
    const B = new Float64Array(k).fill(2);
    const C = new Float64Array(m);
    expect(wasmMatmul64(A, k, 1, B, n, 1, C, m, n, k, false)).toBe(true);
    expect(Array.from(C)).toEqual(new Array(m).fill(k));
    expect(retainedBytes()).toBe(0); // dropped; the next call compiles a fresh module
    const small = {
      m: 8,
      n: 3,
      k: 5,
      tA: false,
      tB: false,
      dtype: 'float64' as const,
      A: new Float64Array(40).fill(1),
      B: new Float64Array(15).fill(1),
    };
    expect(Array.from(wasmProduct(small, false))).toEqual(new Array(24).fill(5));
    expect(retainedBytes()).toBeGreaterThan(0);
    expect(retainedBytes()).toBeLessThanOrEqual(64 * 2 ** 20);
  });

  it('declines a product that would need more than 2 GiB, writing nothing', () => {
    // A row stride of 2²⁸ float64s puts the padded end of A past 2 GiB.
    const C = new Float64Array(4).fill(7);
    expect(wasmMatmul64(new Float64Array(4), 2 ** 28, 1, new Float64Array(1), 1, 1, C, 4, 1, 1, false)).toBe(false);
    expect(Array.from(C)).toEqual([7, 7, 7, 7]);
  });
});

/** C by the float32-accumulation JavaScript kernel. */
function js32(p: Product): Float32Array {
  const { sai, sap, sbp, sbj } = strides(p);
  const C = new Float32Array(p.m * p.n);
  f32Kernel(p.A as Float32Array, sai, sap, p.B as Float32Array, sbp, sbj, C, p.m, p.n, p.k);
  return C;
}

/** C by the float32-accumulation WebAssembly kernels. */
function wasm32(p: Product): Float32Array {
  const { sai, sap, sbp, sbj } = strides(p);
  const C = new Float32Array(p.m * p.n).fill(Number.NaN);
  expect(wasmMatmul32(p.A as Float32Array, sai, sap, p.B as Float32Array, sbp, sbj, C, p.m, p.n, p.k)).toBe(true);
  return C;
}

describe.runIf(available)('wasmMatmul32 (float32 accumulation)', () => {
  const products32 = (dims: Parameters<typeof products>[0]) => products(dims).filter((p) => p.dtype === 'float32');

  it("gives f32Kernel's bits: every transpose, odd sizes, every panel split and remainder of the 4×4 transposes", () => {
    // n up to 13: one to four panels of 1–4 columns; m up to 21: partial 8-row tiles; k up to 19:
    // packing in blocks of four depth steps plus each remainder 0–3.
    const dims = {
      m: fc.integer({ min: 1, max: 21 }),
      n: fc.integer({ min: 1, max: 13 }),
      k: fc.integer({ min: 1, max: 19 }),
    };
    fc.assert(
      fc.property(products32(dims), (p) => {
        expect(differences(wasm32(p), js32(p))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("gives f32Kernel's bits across depth blocks of 256 (C carries the sum) and row blocks of packed A", () => {
    // k = 10 packs all 300 rows in one block; k = 300 cuts A into 256-row blocks and depth 256 + 44.
    for (const [m, n, k] of [
      [300, 5, 10],
      [300, 9, 300],
      [9, 7, 700],
      [520, 3, 257],
    ] as const) {
      for (const tA of [false, true])
        for (const tB of [false, true]) {
          const A = arrayOf(
            'float32',
            Array.from({ length: m * k }, (_, i) => Math.sin(i * 1.3) * 3),
          );
          const B = arrayOf(
            'float32',
            Array.from({ length: k * n }, (_, i) => Math.cos(i * 0.7) * 2),
          );
          const p = { m, n, k, tA, tB, dtype: 'float32' as const, A, B };
          expect(differences(wasm32(p), js32(p)), `${m}x${k}x${n} ${tA} ${tB}`).toEqual([]);
        }
    }
  });

  it("keeps exact zeros' signs, rounds through float32 overflow and underflow, and propagates infinities and NaN as f32Kernel does", () => {
    const specials = [0, -0, 1, -1, Infinity, -Infinity, Number.NaN, 1e-45, 3e-39, 3.4e38, 2e19, -2.5];
    const dims = {
      m: fc.integer({ min: 1, max: 17 }),
      n: fc.integer({ min: 1, max: 6 }),
      k: fc.integer({ min: 1, max: 6 }),
    };
    const prop = fc
      .record({ ...dims, tA: fc.boolean(), tB: fc.boolean(), dtype: fc.constant<DType>('float32') })
      .chain((p) => {
        const values = (length: number) =>
          fc
            .array(fc.constantFrom(...specials), { minLength: length, maxLength: length })
            .map((v) => arrayOf('float32', v));
        return fc.record({ A: values(p.m * p.k), B: values(p.k * p.n) }).map((d) => ({ ...p, ...d }));
      });
    fc.assert(
      fc.property(prop, (p) => {
        expect(differences(wasm32(p), js32(p))).toEqual([]);
      }),
      { numRuns: 300 },
    );
    // 2e19·2e19 overflows float32 (a float64 sum would not): +∞, then ∞ − ∞ = NaN.
    const big = {
      m: 8,
      n: 1,
      k: 2,
      tA: false,
      tB: false,
      dtype: 'float32' as const,
      A: arrayOf(
        'float32',
        Array.from({ length: 16 }, (_, i) => (i % 2 ? -2e19 : 2e19)),
      ),
      B: arrayOf('float32', [2e19, -2e19]),
    };
    expect(Array.from(wasm32(big))).toEqual(Array(8).fill(Infinity));
  });

  it('declines a product that would need more than 2 GiB, writing nothing', () => {
    const C = new Float32Array(4).fill(7);
    expect(wasmMatmul32(new Float32Array(4), 2 ** 29, 1, new Float32Array(1), 1, 1, C, 4, 1, 1)).toBe(false);
    expect(Array.from(C)).toEqual([7, 7, 7, 7]);
  });
});

describe('instantiate', () => {
  it('returns null, so matmul runs the JavaScript kernels, without WebAssembly, without SIMD, or when compiling is refused', () => {
    expect(instantiate(undefined)).toBeNull();
    const noSimd = { validate: () => false, Module: WebAssembly.Module, Instance: WebAssembly.Instance };
    expect(instantiate(noSimd as never)).toBeNull();
    const refused = {
      validate: () => true,
      Module: class {
        constructor() {
          throw new RangeError('WebAssembly.Module(): buffer size is larger than 4 KB on the main thread');
        }
      },
      Instance: WebAssembly.Instance,
    };
    expect(instantiate(refused as never)).toBeNull();
  });

  it('compiles on this Node (20+ ships WebAssembly SIMD), so the tests above ran, and matmulKernel says so', () => {
    expect(available).toBe(true);
    expect(matmulKernel()).toBe('wasm-simd');
  });
});
