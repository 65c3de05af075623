// Source of truth for packing; `pnpm generate` (scripts/generateFloat32.ts) writes the float32
// copy (pack32.ts), so each copy reads one typed-array type only (see directKernel64.ts).
type Elements = Float64Array;

/**
 * Packs rows [i0, i0+mc) × depth [p0, p0+kc) of op(A) (op(A)[i,p] = A[i·sai + p·sap]) into
 * float64 panels of `mr` rows: panel ip holds element (i0 + ip·mr + r, p0 + p) at
 * `Ap[(ip·kc + p)·mr + r]`. Rows past the end are zero, so edge tiles need no special kernel.
 * The loop order follows A's contiguous direction: walking a power-of-two stride (a 256-wide
 * Aᵀ) would map every read to a handful of cache sets and miss on each one.
 */
export function packA64(
  A: Elements,
  sai: number,
  sap: number,
  i0: number,
  mc: number,
  p0: number,
  kc: number,
  Ap: Float64Array,
  mr: number,
): void {
  const panels = Math.ceil(mc / mr);
  for (let ip = 0; ip < panels; ip++) {
    const base = ip * kc * mr;
    const rows = Math.min(mr, mc - ip * mr);
    if (rows < mr || sap === 1) {
      for (let r = 0; r < mr; r++) {
        let q = base + r;
        if (r < rows) {
          let src = (i0 + ip * mr + r) * sai + p0 * sap;
          for (let p = 0; p < kc; p++, q += mr, src += sap) Ap[q] = A[src]!;
        } else {
          for (let p = 0; p < kc; p++, q += mr) Ap[q] = 0;
        }
      }
    } else {
      let src = (i0 + ip * mr) * sai + p0 * sap;
      for (let p = 0, q = base; p < kc; p++, q += mr, src += sap) {
        for (let r = 0, s = src; r < mr; r++, s += sai) Ap[q + r] = A[s]!;
      }
    }
  }
}

/**
 * Packs depth [p0, p0+kc) × all n columns of op(B) (op(B)[p,j] = B[p·sbp + j·sbj]) into
 * float64 panels of `nr` columns: panel jp holds element (p0 + p, jp·nr + c) at
 * `Bp[(jp·kc + p)·nr + c]`; columns past the end are zero. Loop order as in {@link packA64}.
 */
export function packB64(
  B: Elements,
  sbp: number,
  sbj: number,
  p0: number,
  kc: number,
  n: number,
  Bp: Float64Array,
  nr: number,
): void {
  const panels = Math.ceil(n / nr);
  for (let jp = 0; jp < panels; jp++) {
    const base = jp * kc * nr;
    const cols = Math.min(nr, n - jp * nr);
    if (cols < nr || sbp === 1) {
      for (let c = 0; c < nr; c++) {
        let q = base + c;
        if (c < cols) {
          let src = p0 * sbp + (jp * nr + c) * sbj;
          for (let p = 0; p < kc; p++, q += nr, src += sbp) Bp[q] = B[src]!;
        } else {
          for (let p = 0; p < kc; p++, q += nr) Bp[q] = 0;
        }
      }
    } else {
      let src = p0 * sbp + jp * nr * sbj;
      for (let p = 0, q = base; p < kc; p++, q += nr, src += sbp) {
        for (let c = 0, s = src; c < nr; c++, s += sbj) Bp[q + c] = B[s]!;
      }
    }
  }
}
