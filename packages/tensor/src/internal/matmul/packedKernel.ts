import { microKernel } from './microKernel.js';
import type { packA64, packB64 } from './pack64.js';

/** Register tile (rows × columns of C) computed by {@link microKernel}. */
export const MR = 4;
export const NR = 4;
/** Depth of one packed block: a 4×KC panel (8 KiB) stays in L1 while A streams past it. */
export const KC = 256;
/** Rows of A packed at once: an MC×KC block (256 KiB of float64) stays in L2. */
export const MC = 128;

/** Float64 scratch size {@link packedKernel} needs for an n-column product with inner dimension k. */
export function packedScratchSize(n: number, k: number): number {
  const kc = Math.min(KC, k);
  return kc * (Math.ceil(n / NR) * NR) + kc * MC + MR * NR;
}

/**
 * C = op(A)·op(B) for large products, GotoBLAS-style (Goto & van de Geijn, "Anatomy of
 * high-performance matrix multiplication", ACM TOMS 34(3), 2008): the inner dimension is cut
 * into KC-deep blocks; each block of op(B) is packed into float64 panels of NR columns and each
 * MC-row block of op(A) into float64 panels of MR rows, so the micro-kernel reads both
 * contiguously, from one monomorphic array type, without float32→float64 conversions in the
 * hot loop. Transposes cost nothing: they only change how the packing reads.
 *
 * Strides as in {@link directKernel64}; `scratch` must hold `packedScratchSize(n, k)` doubles;
 * `packA`/`packB` are the packing routines for the operands' dtype (pack32 or pack64).
 */
export function packedKernel<E extends Float32Array | Float64Array>(
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
  scratch: Float64Array,
  packA: (A: E, ...rest: Parameters<typeof packA64> extends [unknown, ...infer R] ? R : never) => void,
  packB: (B: E, ...rest: Parameters<typeof packB64> extends [unknown, ...infer R] ? R : never) => void,
): void {
  const panelsB = Math.ceil(n / NR);
  const kcMax = Math.min(KC, k);
  const Bp = scratch.subarray(0, kcMax * panelsB * NR);
  const Ap = scratch.subarray(Bp.length, Bp.length + kcMax * MC);
  const T = scratch.subarray(Bp.length + Ap.length, Bp.length + Ap.length + MR * NR);
  for (let pc = 0; pc < k; pc += KC) {
    const kc = Math.min(KC, k - pc);
    const first = pc === 0;
    packB(B, sbp, sbj, pc, kc, n, Bp, NR);
    for (let ic = 0; ic < m; ic += MC) {
      const mc = Math.min(MC, m - ic);
      packA(A, sai, sap, ic, mc, pc, kc, Ap, MR);
      const panelsA = Math.ceil(mc / MR);
      for (let jp = 0; jp < panelsB; jp++) {
        const j0 = jp * NR;
        const cols = Math.min(NR, n - j0);
        for (let ip = 0; ip < panelsA; ip++) {
          const i0 = ic + ip * MR;
          const rows = Math.min(MR, m - i0);
          microKernel(Ap, ip * kc * MR, Bp, jp * kc * NR, kc, T);
          let o = i0 * n + j0;
          for (let r = 0, t = 0; r < rows; r++, o += n, t += NR) {
            if (first) for (let c = 0; c < cols; c++) C[o + c] = T[t + c]!;
            else for (let c = 0; c < cols; c++) C[o + c] = C[o + c]! + T[t + c]!;
          }
        }
      }
    }
  }
}
