import {
  align,
  MAX_BYTES,
  PACKED_ROWS,
  panelView,
  ROW_VECTORS,
  releaseLargeMemory,
  result32,
  result64,
  wasmKernels,
} from '../wasm/wasmKernels.js';
import { packA32 } from './pack32.js';
import { packA64 } from './pack64.js';
import { KC, MC } from './packedKernel.js';

/** Columns per B panel (the fastest kernel, 8 accumulators); the last panel takes the remainder. */
const PANEL_WIDTH = 4;
/** Rows of padding after A and C: the last tile may run past row m (see panelKernel). */
const PAD_ROWS = 8;

/**
 * C = op(A)·op(B) on the WebAssembly SIMD kernels (panelKernel.ts), bit for bit the result of
 * the JavaScript kernels that matmul would otherwise run: directKernel (`packed` false: one pass
 * over the whole depth) or packedKernel (`packed` true: 256-deep blocks added into C, as
 * packedKernel cuts them; 128-row blocks for cache reuse, which do not change the arithmetic).
 *
 * Direct: A is copied into the module's memory as stored (float32 stays float32) and read
 * through its strides. Packed: each 128×256 block of op(A) is packed into float64 panels of 4
 * rows by packA (the JavaScript kernel's own packing), so the kernel loads a row pair with one
 * instruction; packing is O(mk) per block against the block's O(mk·n) multiply-adds. Either way
 * each depth block of op(B) is packed into float64 panels of ≤ 4 columns, and C is computed in
 * the module's memory and copied out. The copies are O(mk + kn + mn) against O(mnk); on the
 * trainer's [300×10]·[10×5] they take a few hundred nanoseconds.
 *
 * Strides as in directKernel64. Returns false, having written nothing, when WebAssembly SIMD is
 * unavailable or the operands would need more than 2 GiB; the caller then runs the JavaScript
 * kernels.
 */
export function wasmMatmul64<E extends Float32Array | Float64Array>(
  A: E,
  sai: number,
  sap: number,
  B: E,
  sbp: number,
  sbj: number,
  C: E,
  m: number,
  n: number,
  k: number,
  packed: boolean,
): boolean {
  const bytes = A instanceof Float32Array ? 4 : 8;
  const kc = packed ? KC : k,
    mc = packed ? MC : m;
  const kcMax = Math.min(kc, k);
  // Layout: C (m + PAD_ROWS rows) at 0, so the copy-out view starts at 0; then B's panels; then A.
  const cBytes = align((m + PAD_ROWS) * n * bytes);
  const bBytes = align(kcMax * n * 8);
  const aBytes = packed
    ? Math.min(MC, Math.ceil(m / PACKED_ROWS) * PACKED_ROWS) * kcMax * 8
    : (A.length + PAD_ROWS * sai) * bytes;
  const total = cBytes + bBytes + aBytes;
  if (total > MAX_BYTES) return false;
  const module = wasmKernels(total);
  if (module === null) return false;
  const { f64 } = module;
  const store = bytes === 4 ? module.f32 : module.f64;
  const bOff = cBytes,
    aOff = cBytes + bBytes;
  if (!packed) store.set(A, aOff / bytes);
  const run = packed ? module.packedKernels[bytes] : module.kernels[bytes];
  for (let pc = 0; pc < k; pc += kc) {
    const depth = Math.min(kc, k - pc);
    const first = pc === 0 ? 1 : 0;
    // Pack op(B)[pc .. pc+depth, all columns] into panels of PANEL_WIDTH columns, the last one
    // narrower: the panel at column j0, of width w, holds element (p, c) at double index
    // bOff/8 + j0·depth + p·w + c.
    for (let j0 = 0, q = bOff / 8; j0 < n; j0 += PANEL_WIDTH) {
      const w = Math.min(PANEL_WIDTH, n - j0);
      for (let p = 0; p < depth; p++) {
        for (let c = 0, src = (pc + p) * sbp + j0 * sbj; c < w; c++, src += sbj) f64[q++] = B[src]!;
      }
    }
    // Tiles run past `rows` only in the last row block: mc is m, or MC = 128, a multiple of
    // every tile height (4 or 8), so no block's padding rows overwrite the next block's rows.
    for (let ic = 0; ic < m; ic += mc) {
      const rows = Math.min(mc, m - ic);
      let aPtr = aOff + (ic * sai + pc * sap) * bytes;
      if (packed) {
        const panel = panelView(module, aOff, aBytes);
        if (A instanceof Float32Array) packA32(A, sai, sap, ic, rows, pc, depth, panel, PACKED_ROWS);
        else packA64(A as Float64Array, sai, sap, ic, rows, pc, depth, panel, PACKED_ROWS);
        aPtr = aOff;
      }
      for (let j0 = 0; j0 < n; j0 += PANEL_WIDTH) {
        const w = Math.min(PANEL_WIDTH, n - j0);
        const tiles = Math.ceil(rows / (packed ? PACKED_ROWS : 2 * ROW_VECTORS[w]!));
        run[w]!(
          aPtr,
          sai * bytes,
          sap * bytes,
          bOff + j0 * depth * 8,
          (ic * n + j0) * bytes,
          n * bytes,
          tiles,
          depth,
          first,
        );
      }
    }
  }
  C.set((bytes === 4 ? result32(module, m * n) : result64(module, m * n)) as E);
  releaseLargeMemory(module);
  return true;
}
