import type { DType } from '../DType.js';
import type { Tensor } from '../Tensor.js';
import { checkOut, checkSameDType, checkTensor, overlaps } from '../internal/checkTensor.js';
import { format, formatShape } from '../internal/format.js';
import { directKernel32 } from '../internal/matmul/directKernel32.js';
import { directKernel64 } from '../internal/matmul/directKernel64.js';
import { packA32, packB32 } from '../internal/matmul/pack32.js';
import { packA64, packB64 } from '../internal/matmul/pack64.js';
import { packedKernel, packedScratchSize } from '../internal/matmul/packedKernel.js';
import { wasmMatmul } from '../internal/matmul/wasmMatmul.js';
import { scratch } from '../internal/scratch.js';

/**
 * Options of {@link matmul}: which operands to read transposed, and where to write.
 *
 * @example
 * ```ts
 * // dW = dZᵀ·X in backprop, into a preallocated gradient
 * const options: MatmulOptions<'float32'> = { transposeA: true, out: dW };
 * ```
 */
export interface MatmulOptions<D extends DType = DType> {
  /** Use Aᵀ (a is stored k×m). Default false. */
  transposeA?: boolean | undefined;
  /** Use Bᵀ (b is stored n×k). Default false. */
  transposeB?: boolean | undefined;
  /** Where to write the m×n result (same dtype; must not overlap a or b). Default: a new tensor. */
  out?: Tensor<D> | undefined;
}

/** The result shape, reused so a call with `out` allocates nothing (checkOut does not keep it). */
const resultShape = [0, 0];

/**
 * Products with fewer multiply-adds (m·n·k), or fewer than 4 rows, run in JavaScript even where
 * WebAssembly SIMD is available: a call into the module costs about 80 ns more, and its kernels
 * compute whole tiles of 4–8 rows (measured: JavaScript is faster up to about 10³ multiply-adds).
 */
const WASM_THRESHOLD = 1024;

/** Products with at least this many multiply-adds (m·n·k) are packed; smaller ones run direct. */
const PACK_THRESHOLD = 80 * 80 * 80;

/**
 * Matrix product C = op(A)·op(B), with op(X) = X or Xᵀ:
 * C[i,j] = Σₚ op(A)[i,p]·op(B)[p,j], for op(A) m×k and op(B) k×n.
 *
 * Backpropagation needs A·Bᵀ and Aᵀ·B; the transposes are read in place, never copied.
 * Products are accumulated in float64, in order of p, and rounded once when stored, so float32
 * results are at least as accurate as a float32 BLAS (a zero result may be −0, as in BLAS).
 * Where WebAssembly SIMD is available, products from 1024 multiply-adds (and 4 rows) run on
 * f64x2 kernels; elsewhere, and below that size, on JavaScript kernels (direct 4×4 register
 * tiles; GotoBLAS-style packed panels from 80³ on). Both add in the same order, so the result
 * is the same bits either way. With `out`, no tensor or typed array is allocated.
 *
 * @example
 * ```ts
 * const a = tensor([[1, 2], [3, 4]]);
 * const b = tensor([[5, 6], [7, 8]]);
 * matmul(a, b).toArray();                      // [[19, 22], [43, 50]]
 * matmul(a, b, { transposeB: true }).toArray(); // [[17, 23], [39, 53]]
 * ```
 * @throws TypeError if a, b or out is not a tensor, dtypes differ, or an option has the wrong type.
 * @throws RangeError if a or b is not 2-d, the inner dimensions differ, out has the wrong shape,
 *   or out overlaps a or b.
 */
export function matmul<D extends DType>(a: Tensor<D>, b: Tensor<D>, options?: MatmulOptions<D>): Tensor<D> {
  const fn = 'matmul';
  checkTensor(fn, 'a', a);
  checkTensor(fn, 'b', b);
  if (a.shape.length !== 2) throw new RangeError(`${fn}: a must be 2-d, got shape ${formatShape(a.shape)}`);
  if (b.shape.length !== 2) throw new RangeError(`${fn}: b must be 2-d, got shape ${formatShape(b.shape)}`);
  checkSameDType(fn, 'b', b, a.dtype, 'a');
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new TypeError(`${fn}: options must be an object, got ${format(options)}`);
  }
  const transposeA = options?.transposeA ?? false;
  const transposeB = options?.transposeB ?? false;
  if (typeof transposeA !== 'boolean') throw new TypeError(`${fn}: options.transposeA must be a boolean, got ${format(transposeA)}`);
  if (typeof transposeB !== 'boolean') throw new TypeError(`${fn}: options.transposeB must be a boolean, got ${format(transposeB)}`);
  const ar = a.shape[0] as number, ac = a.shape[1] as number;
  const br = b.shape[0] as number, bc = b.shape[1] as number;
  const m = transposeA ? ac : ar;
  const k = transposeA ? ar : ac;
  const kb = transposeB ? bc : br;
  const n = transposeB ? br : bc;
  if (k !== kb) {
    const t = (x: Tensor, on: boolean): string => `${formatShape(x.shape)}${on ? 'ᵀ' : ''}`;
    throw new RangeError(`${fn}: inner dimensions differ, ${t(a, transposeA)} x ${t(b, transposeB)}`);
  }
  resultShape[0] = m;
  resultShape[1] = n;
  const out = checkOut(fn, options?.out, resultShape, a.dtype);
  if (overlaps(out.data, a.data)) throw new RangeError(`${fn}: out must not overlap a, got a view of a's memory`);
  if (overlaps(out.data, b.data)) throw new RangeError(`${fn}: out must not overlap b, got a view of b's memory`);

  if (m === 0 || n === 0) return out;
  if (k === 0) {
    out.data.fill(0);
    return out;
  }
  // op(A)[i,p] = A[i·sai + p·sap]; op(B)[p,j] = B[p·sbp + j·sbj]
  const sai = transposeA ? 1 : k, sap = transposeA ? m : 1;
  const sbp = transposeB ? 1 : n, sbj = transposeB ? k : 1;
  const A = a.data, B = b.data, C = out.data;
  const packed = m * n * k >= PACK_THRESHOLD;
  // The WebAssembly SIMD kernels compute the same bits as the JavaScript ones below, 2–5× faster;
  // the JavaScript kernels run where WebAssembly SIMD is missing, and on products too small to
  // repay the copies into the module's memory.
  if (m >= 4 && m * n * k >= WASM_THRESHOLD && wasmMatmul(A, sai, sap, B, sbp, sbj, C, m, n, k, packed)) return out;
  // Separate float32 and float64 code paths all the way down (see directKernel64.ts).
  if (packed) {
    const work = scratch(packedScratchSize(n, k));
    if (A instanceof Float32Array) packedKernel(A, sai, sap, B as Float32Array, sbp, sbj, C as Float32Array, m, n, k, work, packA32, packB32);
    else packedKernel(A as Float64Array, sai, sap, B as Float64Array, sbp, sbj, C as Float64Array, m, n, k, work, packA64, packB64);
  } else if (A instanceof Float32Array) {
    directKernel32(A, sai, sap, B as Float32Array, sbp, sbj, C as Float32Array, m, n, k);
  } else {
    directKernel64(A as Float64Array, sai, sap, B as Float64Array, sbp, sbj, C as Float64Array, m, n, k);
  }
  return out;
}
