import { align, F32_ROWS, MAX_BYTES, releaseLargeMemory, result32, wasmKernels } from '../wasm/wasmKernels.js';

/** Depth of one block: C holds the running sum between blocks (see f32x4Kernel). */
const KC = 256;
/** Bytes of packed A per block: the block stays in L2 while each B panel streams over it. */
const A_BLOCK_BYTES = 256 * 1024;
/**
 * B stored k×n is read in place by products with fewer rows: packing it is a pass over B in
 * JavaScript, more than few rows of A win back. From this many rows on it is packed, as Bᵀ
 * always is: a long row stride (4 KiB at n = 1024) maps every depth step of a column group to
 * one L1 set, so large products read in place lose much of their speed to cache conflicts.
 */
const PACK_B_ROWS = 512;
/** Most columns per kernel call; n is split into ⌈n/4⌉ groups of near-equal width (5 → 3 + 2). */
const PANEL_WIDTH = 4;

/**
 * C = op(A)·op(B) with float32 accumulation on the WebAssembly SIMD kernels (f32x4Kernel.ts), bit
 * for bit the result of the JavaScript kernel f32Kernel: every C[i,j] is the sequential float32
 * sum fl(…fl(fl(a₀b₀) + fl(a₁b₁)) + …) of its products, rounded after each multiply and add.
 *
 * A is copied into the module's memory and, block by block, packed by packA32Kernel into 8-row
 * float32 panels (four-by-four transposes for A stored m×k, plain loads for Aᵀ). Below 512 rows
 * of A, B stored k×n is copied as it is and read in place (its rows are what the kernel splats
 * from); otherwise, and always for Bᵀ, each depth block of op(B) is packed into float32 panels,
 * one per column group. The columns are split into ⌈n/4⌉ groups of near-equal width, so no
 * group is much narrower than the rest; the kernel runs 8-row tiles over each group, and C is
 * copied out. Blocks: the depth in KC = 256 steps (C carries the running sum from one block to
 * the next, which changes no bit), the rows in blocks of ≤ 256 KiB of packed A.
 *
 * Strides in elements as in directKernel64. Returns false, having written nothing, when
 * WebAssembly SIMD is unavailable or the operands would need more than 2 GiB.
 */
export function wasmMatmul32(
  A: Float32Array,
  sai: number,
  sap: number,
  B: Float32Array,
  sbp: number,
  sbj: number,
  C: Float32Array,
  m: number,
  n: number,
  k: number,
): boolean {
  const kcMax = Math.min(KC, k);
  const mc = Math.max(F32_ROWS, Math.floor(A_BLOCK_BYTES / (4 * kcMax * F32_ROWS)) * F32_ROWS);
  const rowsPacked = Math.min(mc, Math.ceil(m / F32_ROWS) * F32_ROWS);
  // Layout: C (m + F32_ROWS rows) at 0, so the copy-out view starts at 0; then B's panels; then A
  // as stored, padded for the last panel's rows past m; then the packed block of A.
  const cBytes = align((m + F32_ROWS) * n * 4);
  const inPlace = sbj === 1 && m < PACK_B_ROWS;
  const bBytes = align((inPlace ? B.length : kcMax * n) * 4);
  const aBytes = align((A.length + F32_ROWS * (sai + 1)) * 4);
  const total = cBytes + bBytes + aBytes + rowsPacked * kcMax * 4;
  if (total > MAX_BYTES) return false;
  const module = wasmKernels(total);
  if (module === null) return false;
  const { f32, f32x4 } = module;
  const bOff = cBytes,
    aOff = bOff + bBytes,
    packOff = aOff + aBytes;
  f32.set(A, aOff / 4);
  if (inPlace) f32.set(B, bOff / 4);
  const pack = sai === 1 ? module.packA32.columns : module.packA32.rows;
  const groups = Math.ceil(n / PANEL_WIDTH);
  for (let pc = 0; pc < k; pc += KC) {
    const depth = Math.min(KC, k - pc);
    const first = pc === 0 ? 1 : 0;
    // Pack op(B)[pc .. pc+depth, all columns] into panels: the group at column j0, of width w,
    // holds element (p, c) at float index bOff/4 + j0·depth + p·w + c.
    if (!inPlace) {
      for (let t = 0, j0 = 0, q = bOff / 4; t < groups; t++) {
        const w = groupWidth(n, groups, t);
        for (let p = 0; p < depth; p++) {
          for (let c = 0, src = (pc + p) * sbp + j0 * sbj; c < w; c++, src += sbj) f32[q++] = B[src]!;
        }
        j0 += w;
      }
    }
    for (let ic = 0; ic < m; ic += mc) {
      const tiles = Math.ceil(Math.min(mc, m - ic) / F32_ROWS);
      pack(aOff + (ic * sai + pc * sap) * 4, sai * 4, sap * 4, packOff, tiles, depth);
      for (let t = 0, j0 = 0; t < groups; t++) {
        const w = groupWidth(n, groups, t);
        const cPtr = (ic * n + j0) * 4;
        if (inPlace) f32x4[w]!(packOff, bOff + (pc * n + j0) * 4, n * 4, cPtr, n * 4, tiles, depth, first);
        else f32x4[w]!(packOff, bOff + j0 * depth * 4, w * 4, cPtr, n * 4, tiles, depth, first);
        j0 += w;
      }
    }
  }
  C.set(result32(module, m * n));
  releaseLargeMemory(module);
  return true;
}

/** Width of group t when n columns are split into `groups` groups as evenly as possible. */
function groupWidth(n: number, groups: number, t: number): number {
  return Math.floor(n / groups) + (t < n % groups ? 1 : 0);
}
