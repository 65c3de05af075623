import { formatValue, validateDType, validateOptions } from '@nninit/internal';
import type { DType } from '../DType.js';
import { formatShape } from '../internal/format.js';
import { directKernel32 } from '../internal/matmul/directKernel32.js';
import { directKernel64 } from '../internal/matmul/directKernel64.js';
import { f32Kernel } from '../internal/matmul/f32Kernel.js';
import { packA32, packB32 } from '../internal/matmul/pack32.js';
import { packA64, packB64 } from '../internal/matmul/pack64.js';
import { packedKernel, packedScratchSize } from '../internal/matmul/packedKernel.js';
import { wasmMatmul32 } from '../internal/matmul/wasmMatmul32.js';
import { wasmMatmul64 } from '../internal/matmul/wasmMatmul64.js';
import { scratch } from '../internal/scratch.js';
import { overlaps, validateOut, validateSameDType, validateTensor } from '../internal/validateTensor.js';
import type { Tensor } from '../Tensor.js';

/**
 * Options of {@link matmul}: which operands to read transposed, where to write, and in which
 * precision to add the products.
 *
 * @example
 * ```ts
 * // dW = dZᵀ·X in backprop, into a preallocated gradient
 * const options: MatmulOptions<'float32'> = { transposeA: true, out: dW };
 * // float32 operands, products added in float64 and rounded once
 * const accurate: MatmulOptions<'float32'> = { accumulation: 'float64' };
 * ```
 */
export interface MatmulOptions<D extends DType = DType> {
  /** Use Aᵀ (a is stored k×m). Default false. */
  transposeA?: boolean | undefined;
  /** Use Bᵀ (b is stored n×k). Default false. */
  transposeB?: boolean | undefined;
  /** Where to write the m×n result (same dtype; must not overlap a or b). Default: a new tensor. */
  out?: Tensor<D> | undefined;
  /**
   * The precision the products are added in. Default: the operands' dtype. `'float32'` (float32
   * operands only) adds in float32 like numpy, PyTorch and TensorFlow.js, with WebAssembly
   * kernels about twice as fast; `'float64'` adds float32 products in float64 and rounds once,
   * for a result within about one float32 rounding of the exact product.
   */
  accumulation?: DType | undefined;
}

const MATMUL_KEYS = ['transposeA', 'transposeB', 'out', 'accumulation'] as const;

/** The result shape, reused so a call with `out` allocates nothing (validateOut does not keep it). */
const resultShape = [0, 0];

/**
 * With float64 accumulation, products with fewer multiply-adds (m·n·k), or fewer than 4 rows,
 * run in JavaScript even where WebAssembly SIMD is available: a call into the module has a fixed
 * cost (copies in and out, the boundary crossing) and its kernels compute whole tiles of 4–8
 * rows, which a product this small does not repay. The crossover is re-measured with
 * `pnpm --filter @nninit/bench bench matmul` (bench/RESULTS.md).
 */
const WASM_THRESHOLD = 1024;

/**
 * With float32 accumulation WebAssembly takes over much earlier, whatever the number of rows:
 * the JavaScript kernel must round after every operation (two Math.fround conversions per
 * multiply-add), so it loses to the module's fixed call cost from small products on.
 */
const WASM32_THRESHOLD = 128;

/** Products with at least this many multiply-adds (m·n·k) are packed; smaller ones run direct. */
const PACK_THRESHOLD = 80 * 80 * 80;

/**
 * Matrix product C = op(A)·op(B), with op(X) = X or Xᵀ:
 * C[i,j] = Σₚ op(A)[i,p]·op(B)[p,j], for op(A) m×k and op(B) k×n.
 *
 * Backpropagation needs A·Bᵀ and Aᵀ·B; the transposes are read in place, never copied.
 * The sum runs in order p = 0, 1, …, k − 1 in the `accumulation` precision, which defaults to
 * the dtype:
 * - float32 (the default for float32 tensors, as in numpy, PyTorch and TensorFlow.js): every
 *   product and every partial sum is rounded to float32, so C[i,j] is exactly
 *   fl(…fl(fl(a₀b₀) + fl(a₁b₁)) + …), with error at most about k·2⁻²⁴·Σₚ|aₚbₚ|.
 * - float64 (the default for float64 tensors; opt-in for float32): products accumulated in
 *   float64 from the first (peeled, so an exact −0 survives), in 256-deep blocks added into C
 *   from m·n·k ≥ 80³ on, and rounded once to C's dtype: a float32 result within about one
 *   float32 rounding of the exact value.
 * Where WebAssembly SIMD is available, products from 128 multiply-adds (float32 accumulation)
 * or 1024 multiply-adds and 4 rows (float64) run on f32x4 or f64x2 kernels; elsewhere, and
 * below those sizes, on JavaScript kernels. Both add in the same order, so the result is the
 * same bits either way. With `out`, no tensor or typed array is allocated.
 *
 * @example
 * ```ts
 * const a = tensor([[1, 2], [3, 4]]);
 * const b = tensor([[5, 6], [7, 8]]);
 * matmul(a, b).toArray();                      // [[19, 22], [43, 50]]
 * matmul(a, b, { transposeB: true }).toArray(); // [[17, 23], [39, 53]]
 * ```
 * @throws TypeError if a, b or out is not a tensor, dtypes differ, or an option has the wrong type.
 * @throws RangeError if an option key is unknown, `accumulation` is another string, a or b is not 2-d, the inner dimensions differ, out has the wrong shape,
 *   out overlaps a or b, or `accumulation` is 'float32' for float64 operands.
 */
export function matmul<D extends DType>(a: Tensor<D>, b: Tensor<D>, options?: MatmulOptions<D>): Tensor<D> {
  const fn = 'matmul';
  validateTensor(fn, 'a', a);
  validateTensor(fn, 'b', b);
  if (a.shape.length !== 2) throw new RangeError(`${fn}: a must be 2-d, got shape ${formatShape(a.shape)}`);
  if (b.shape.length !== 2) throw new RangeError(`${fn}: b must be 2-d, got shape ${formatShape(b.shape)}`);
  validateSameDType(fn, 'b', b, a.dtype, 'a');
  validateOptions(fn, options, MATMUL_KEYS);
  const transposeA = options?.transposeA ?? false;
  const transposeB = options?.transposeB ?? false;
  if (typeof transposeA !== 'boolean')
    throw new TypeError(`${fn}: options.transposeA must be a boolean, got ${formatValue(transposeA)}`);
  if (typeof transposeB !== 'boolean')
    throw new TypeError(`${fn}: options.transposeB must be a boolean, got ${formatValue(transposeB)}`);
  const accumulation = validateDType(fn, 'options.accumulation', options?.accumulation, a.dtype);
  if (accumulation === 'float32' && a.dtype === 'float64') {
    throw new RangeError(
      `${fn}: options.accumulation must be 'float64' for float64 operands (adding in float32 would discard their precision), got 'float32'`,
    );
  }
  const ar = a.shape[0] as number,
    ac = a.shape[1] as number;
  const br = b.shape[0] as number,
    bc = b.shape[1] as number;
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
  const out = validateOut(fn, options?.out, resultShape, a.dtype);
  if (overlaps(out.data, a.data)) throw new RangeError(`${fn}: out must not overlap a, got a view of a's memory`);
  if (overlaps(out.data, b.data)) throw new RangeError(`${fn}: out must not overlap b, got a view of b's memory`);

  if (m === 0 || n === 0) return out;
  if (k === 0) {
    out.data.fill(0);
    return out;
  }
  // op(A)[i,p] = A[i·sai + p·sap]; op(B)[p,j] = B[p·sbp + j·sbj]
  const sai = transposeA ? 1 : k,
    sap = transposeA ? m : 1;
  const sbp = transposeB ? 1 : n,
    sbj = transposeB ? k : 1;
  const A = a.data,
    B = b.data,
    C = out.data;
  if (accumulation === 'float32') {
    const A32 = A as Float32Array,
      B32 = B as Float32Array,
      C32 = C as Float32Array;
    if (!(m * n * k >= WASM32_THRESHOLD && wasmMatmul32(A32, sai, sap, B32, sbp, sbj, C32, m, n, k)))
      f32Kernel(A32, sai, sap, B32, sbp, sbj, C32, m, n, k);
    return out;
  }
  const packed = m * n * k >= PACK_THRESHOLD;
  // The WebAssembly SIMD kernels compute the same bits as the JavaScript ones below, faster;
  // the JavaScript kernels run where WebAssembly SIMD is missing, and on products too small to
  // repay the copies into the module's memory.
  if (m >= 4 && m * n * k >= WASM_THRESHOLD && wasmMatmul64(A, sai, sap, B, sbp, sbj, C, m, n, k, packed)) return out;
  // Separate float32 and float64 code paths all the way down (see directKernel64.ts).
  if (packed) {
    const work = scratch(fn, packedScratchSize(n, k));
    if (A instanceof Float32Array)
      packedKernel(A, sai, sap, B as Float32Array, sbp, sbj, C as Float32Array, m, n, k, work, packA32, packB32);
    else
      packedKernel(
        A as Float64Array,
        sai,
        sap,
        B as Float64Array,
        sbp,
        sbj,
        C as Float64Array,
        m,
        n,
        k,
        work,
        packA64,
        packB64,
      );
  } else if (A instanceof Float32Array) {
    directKernel32(A, sai, sap, B as Float32Array, sbp, sbj, C as Float32Array, m, n, k);
  } else {
    directKernel64(A as Float64Array, sai, sap, B as Float64Array, sbp, sbj, C as Float64Array, m, n, k);
  }
  return out;
}
