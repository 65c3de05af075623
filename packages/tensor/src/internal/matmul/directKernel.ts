/**
 * C = op(A)·op(B) without packing, for small and medium products (and every transpose
 * combination): op(A)[i,p] = A[i·sai + p·sap], op(B)[p,j] = B[p·sbp + j·sbj], C row-major m×n.
 *
 * 4×4 register tiles: 16 accumulators stay in registers while p runs over the inner
 * dimension, so each element of A and B loaded is used 4 times (8 loads per 16 multiply-adds,
 * against 2 per 1 in a naive loop). The first p is peeled to initialise the accumulators with a
 * product instead of adding to 0. Remainder rows and columns use 4×1, 1×4 and 1×1 tiles.
 * Accumulation is in float64 whatever the storage, rounded once on store.
 *
 * Requires k ≥ 1. Indices are in range by construction (the `!` assertions are type-level only).
 */
export function directKernel(
  A: Float32Array | Float64Array, sai: number, sap: number,
  B: Float32Array | Float64Array, sbp: number, sbj: number,
  C: Float32Array | Float64Array, m: number, n: number, k: number,
): void {
  const m4 = m - (m & 3);
  const n4 = n - (n & 3);
  const sai2 = 2 * sai, sai3 = 3 * sai, sbj2 = 2 * sbj, sbj3 = 3 * sbj;
  for (let i = 0; i < m4; i += 4) {
    const ra = i * sai;
    for (let j = 0; j < n4; j += 4) {
      let pa = ra, pb = j * sbj;
      let b0 = B[pb]!, b1 = B[pb + sbj]!, b2 = B[pb + sbj2]!, b3 = B[pb + sbj3]!;
      let x = A[pa]!;
      let c00 = x * b0, c01 = x * b1, c02 = x * b2, c03 = x * b3;
      x = A[pa + sai]!;
      let c10 = x * b0, c11 = x * b1, c12 = x * b2, c13 = x * b3;
      x = A[pa + sai2]!;
      let c20 = x * b0, c21 = x * b1, c22 = x * b2, c23 = x * b3;
      x = A[pa + sai3]!;
      let c30 = x * b0, c31 = x * b1, c32 = x * b2, c33 = x * b3;
      for (let p = 1; p < k; p++) {
        pa += sap;
        pb += sbp;
        b0 = B[pb]!; b1 = B[pb + sbj]!; b2 = B[pb + sbj2]!; b3 = B[pb + sbj3]!;
        x = A[pa]!; c00 += x * b0; c01 += x * b1; c02 += x * b2; c03 += x * b3;
        x = A[pa + sai]!; c10 += x * b0; c11 += x * b1; c12 += x * b2; c13 += x * b3;
        x = A[pa + sai2]!; c20 += x * b0; c21 += x * b1; c22 += x * b2; c23 += x * b3;
        x = A[pa + sai3]!; c30 += x * b0; c31 += x * b1; c32 += x * b2; c33 += x * b3;
      }
      let o = i * n + j;
      C[o] = c00; C[o + 1] = c01; C[o + 2] = c02; C[o + 3] = c03; o += n;
      C[o] = c10; C[o + 1] = c11; C[o + 2] = c12; C[o + 3] = c13; o += n;
      C[o] = c20; C[o + 1] = c21; C[o + 2] = c22; C[o + 3] = c23; o += n;
      C[o] = c30; C[o + 1] = c31; C[o + 2] = c32; C[o + 3] = c33;
    }
    for (let j = n4; j < n; j++) {
      let pa = ra, pb = j * sbj;
      let b = B[pb]!;
      let c0 = A[pa]! * b, c1 = A[pa + sai]! * b, c2 = A[pa + sai2]! * b, c3 = A[pa + sai3]! * b;
      for (let p = 1; p < k; p++) {
        pa += sap;
        pb += sbp;
        b = B[pb]!;
        c0 += A[pa]! * b; c1 += A[pa + sai]! * b; c2 += A[pa + sai2]! * b; c3 += A[pa + sai3]! * b;
      }
      const o = i * n + j;
      C[o] = c0; C[o + n] = c1; C[o + 2 * n] = c2; C[o + 3 * n] = c3;
    }
  }
  for (let i = m4; i < m; i++) {
    const ra = i * sai, o = i * n;
    for (let j = 0; j < n4; j += 4) {
      let pa = ra, pb = j * sbj;
      let x = A[pa]!;
      let c0 = x * B[pb]!, c1 = x * B[pb + sbj]!, c2 = x * B[pb + sbj2]!, c3 = x * B[pb + sbj3]!;
      for (let p = 1; p < k; p++) {
        pa += sap;
        pb += sbp;
        x = A[pa]!;
        c0 += x * B[pb]!; c1 += x * B[pb + sbj]!; c2 += x * B[pb + sbj2]!; c3 += x * B[pb + sbj3]!;
      }
      C[o + j] = c0; C[o + j + 1] = c1; C[o + j + 2] = c2; C[o + j + 3] = c3;
    }
    for (let j = n4; j < n; j++) {
      let pa = ra, pb = j * sbj;
      let c = A[pa]! * B[pb]!;
      for (let p = 1; p < k; p++) {
        pa += sap;
        pb += sbp;
        c += A[pa]! * B[pb]!;
      }
      C[o + j] = c;
    }
  }
}
