// Source of truth for the direct matmul kernels. `pnpm generate` (scripts/generateFloat32.ts)
// writes the float32 copy (directKernel32.ts) by swapping the `Elements` type and the name
// suffix: V8 compiles a kernel that only ever sees one typed-array type to straight-line loads,
// and one that sees both to a map dispatch per access, which is slower on small products.
type Elements = Float64Array;

/**
 * C = op(A)·op(B) without packing, for small and medium products (and every transpose
 * combination): op(A)[i,p] = A[i·sai + p·sap], op(B)[p,j] = B[p·sbp + j·sbj], C row-major m×n.
 *
 * Inner dimension k ≤ 2 (a first layer on 2-d inputs): column pairs of B stay in registers for
 * the whole pass over the rows, so each output costs k multiply-adds, one store and k/2 loads.
 * Otherwise 4×4 register tiles: 16 accumulators stay in registers while p runs over k, so each
 * element of A and B loaded is used 4 times (8 loads per 16 multiply-adds, against 2 per 1 in a
 * naive loop); remainder columns use 4×2 and 4×1 tiles, remainder rows 1×4 and 1×1. The first
 * p is peeled to start the accumulators from a product. Accumulation is in float64 whatever the
 * storage, rounded once on store. Requires k ≥ 1; indices are in range by construction (the `!`
 * assertions are type-level only).
 */
export function directKernel64(
  A: Elements,
  sai: number,
  sap: number,
  B: Elements,
  sbp: number,
  sbj: number,
  C: Elements,
  m: number,
  n: number,
  k: number,
): void {
  if (k === 1) rank1(A, sai, B, sbj, C, m, n);
  else if (k === 2) rank2(A, sai, sap, B, sbp, sbj, C, m, n);
  else tiles(A, sai, sap, B, sbp, sbj, C, m, n, k);
}

/** C = a·bᵀ (k = 1): four columns of B in registers, one load and four stores per row. */
function rank1(A: Elements, sai: number, B: Elements, sbj: number, C: Elements, m: number, n: number): void {
  const n4 = n - (n & 3);
  let j = 0;
  for (; j < n4; j += 4) {
    const q = j * sbj;
    const b0 = B[q]!,
      b1 = B[q + sbj]!,
      b2 = B[q + 2 * sbj]!,
      b3 = B[q + 3 * sbj]!;
    for (let i = 0, a = 0, o = j; i < m; i++, a += sai, o += n) {
      const x = A[a]!;
      C[o] = x * b0;
      C[o + 1] = x * b1;
      C[o + 2] = x * b2;
      C[o + 3] = x * b3;
    }
  }
  for (; j < n; j++) {
    const b = B[j * sbj]!;
    for (let i = 0, a = 0, o = j; i < m; i++, a += sai, o += n) C[o] = A[a]! * b;
  }
}

/** k = 2: a column pair of B (four values) in registers, four rows per iteration. */
function rank2(
  A: Elements,
  sai: number,
  sap: number,
  B: Elements,
  sbp: number,
  sbj: number,
  C: Elements,
  m: number,
  n: number,
): void {
  const m4 = m - (m & 3),
    n2 = n - (n & 1),
    sai4 = 4 * sai;
  for (let j = 0; j < n2; j += 2) {
    const q = j * sbj;
    const b00 = B[q]!,
      b01 = B[q + sbj]!,
      b10 = B[q + sbp]!,
      b11 = B[q + sbp + sbj]!;
    let i = 0,
      a = 0,
      o = j;
    for (; i < m4; i += 4, a += sai4) {
      let r = a;
      let x0 = A[r]!,
        x1 = A[r + sap]!;
      C[o] = x0 * b00 + x1 * b10;
      C[o + 1] = x0 * b01 + x1 * b11;
      o += n;
      r += sai;
      x0 = A[r]!;
      x1 = A[r + sap]!;
      C[o] = x0 * b00 + x1 * b10;
      C[o + 1] = x0 * b01 + x1 * b11;
      o += n;
      r += sai;
      x0 = A[r]!;
      x1 = A[r + sap]!;
      C[o] = x0 * b00 + x1 * b10;
      C[o + 1] = x0 * b01 + x1 * b11;
      o += n;
      r += sai;
      x0 = A[r]!;
      x1 = A[r + sap]!;
      C[o] = x0 * b00 + x1 * b10;
      C[o + 1] = x0 * b01 + x1 * b11;
      o += n;
    }
    for (; i < m; i++, a += sai, o += n) {
      const x0 = A[a]!,
        x1 = A[a + sap]!;
      C[o] = x0 * b00 + x1 * b10;
      C[o + 1] = x0 * b01 + x1 * b11;
    }
  }
  if (n2 < n) {
    const q = n2 * sbj,
      b0 = B[q]!,
      b1 = B[q + sbp]!;
    for (let i = 0, a = 0, o = n2; i < m; i++, a += sai, o += n) C[o] = A[a]! * b0 + A[a + sap]! * b1;
  }
}

/** k ≥ 3: 4×4 register tiles with 4×2, 4×1, 1×4 and 1×1 edges. */
function tiles(
  A: Elements,
  sai: number,
  sap: number,
  B: Elements,
  sbp: number,
  sbj: number,
  C: Elements,
  m: number,
  n: number,
  k: number,
): void {
  const m4 = m - (m & 3),
    n4 = n - (n & 3);
  const sai2 = 2 * sai,
    sai3 = 3 * sai,
    sbj2 = 2 * sbj,
    sbj3 = 3 * sbj;
  for (let i = 0; i < m4; i += 4) {
    const ra = i * sai;
    let j = 0;
    for (; j < n4; j += 4) {
      let pa = ra,
        pb = j * sbj;
      let b0 = B[pb]!,
        b1 = B[pb + sbj]!,
        b2 = B[pb + sbj2]!,
        b3 = B[pb + sbj3]!;
      let x = A[pa]!;
      let c00 = x * b0,
        c01 = x * b1,
        c02 = x * b2,
        c03 = x * b3;
      x = A[pa + sai]!;
      let c10 = x * b0,
        c11 = x * b1,
        c12 = x * b2,
        c13 = x * b3;
      x = A[pa + sai2]!;
      let c20 = x * b0,
        c21 = x * b1,
        c22 = x * b2,
        c23 = x * b3;
      x = A[pa + sai3]!;
      let c30 = x * b0,
        c31 = x * b1,
        c32 = x * b2,
        c33 = x * b3;
      for (let p = 1; p < k; p++) {
        pa += sap;
        pb += sbp;
        b0 = B[pb]!;
        b1 = B[pb + sbj]!;
        b2 = B[pb + sbj2]!;
        b3 = B[pb + sbj3]!;
        x = A[pa]!;
        c00 += x * b0;
        c01 += x * b1;
        c02 += x * b2;
        c03 += x * b3;
        x = A[pa + sai]!;
        c10 += x * b0;
        c11 += x * b1;
        c12 += x * b2;
        c13 += x * b3;
        x = A[pa + sai2]!;
        c20 += x * b0;
        c21 += x * b1;
        c22 += x * b2;
        c23 += x * b3;
        x = A[pa + sai3]!;
        c30 += x * b0;
        c31 += x * b1;
        c32 += x * b2;
        c33 += x * b3;
      }
      let o = i * n + j;
      C[o] = c00;
      C[o + 1] = c01;
      C[o + 2] = c02;
      C[o + 3] = c03;
      o += n;
      C[o] = c10;
      C[o + 1] = c11;
      C[o + 2] = c12;
      C[o + 3] = c13;
      o += n;
      C[o] = c20;
      C[o + 1] = c21;
      C[o + 2] = c22;
      C[o + 3] = c23;
      o += n;
      C[o] = c30;
      C[o + 1] = c31;
      C[o + 2] = c32;
      C[o + 3] = c33;
    }
    if (j + 1 < n) {
      let pa = ra,
        pb = j * sbj;
      let b0 = B[pb]!,
        b1 = B[pb + sbj]!;
      let x0 = A[pa]!,
        x1 = A[pa + sai]!,
        x2 = A[pa + sai2]!,
        x3 = A[pa + sai3]!;
      let c00 = x0 * b0,
        c01 = x0 * b1,
        c10 = x1 * b0,
        c11 = x1 * b1;
      let c20 = x2 * b0,
        c21 = x2 * b1,
        c30 = x3 * b0,
        c31 = x3 * b1;
      for (let p = 1; p < k; p++) {
        pa += sap;
        pb += sbp;
        b0 = B[pb]!;
        b1 = B[pb + sbj]!;
        x0 = A[pa]!;
        x1 = A[pa + sai]!;
        x2 = A[pa + sai2]!;
        x3 = A[pa + sai3]!;
        c00 += x0 * b0;
        c01 += x0 * b1;
        c10 += x1 * b0;
        c11 += x1 * b1;
        c20 += x2 * b0;
        c21 += x2 * b1;
        c30 += x3 * b0;
        c31 += x3 * b1;
      }
      let o = i * n + j;
      C[o] = c00;
      C[o + 1] = c01;
      o += n;
      C[o] = c10;
      C[o + 1] = c11;
      o += n;
      C[o] = c20;
      C[o + 1] = c21;
      o += n;
      C[o] = c30;
      C[o + 1] = c31;
      j += 2;
    }
    if (j < n) {
      let pa = ra,
        pb = j * sbj;
      let b = B[pb]!;
      let c0 = A[pa]! * b,
        c1 = A[pa + sai]! * b,
        c2 = A[pa + sai2]! * b,
        c3 = A[pa + sai3]! * b;
      for (let p = 1; p < k; p++) {
        pa += sap;
        pb += sbp;
        b = B[pb]!;
        c0 += A[pa]! * b;
        c1 += A[pa + sai]! * b;
        c2 += A[pa + sai2]! * b;
        c3 += A[pa + sai3]! * b;
      }
      const o = i * n + j;
      C[o] = c0;
      C[o + n] = c1;
      C[o + 2 * n] = c2;
      C[o + 3 * n] = c3;
    }
  }
  for (let i = m4; i < m; i++) {
    const ra = i * sai,
      o = i * n;
    let j = 0;
    for (; j < n4; j += 4) {
      let pa = ra,
        pb = j * sbj;
      let x = A[pa]!;
      let c0 = x * B[pb]!,
        c1 = x * B[pb + sbj]!,
        c2 = x * B[pb + sbj2]!,
        c3 = x * B[pb + sbj3]!;
      for (let p = 1; p < k; p++) {
        pa += sap;
        pb += sbp;
        x = A[pa]!;
        c0 += x * B[pb]!;
        c1 += x * B[pb + sbj]!;
        c2 += x * B[pb + sbj2]!;
        c3 += x * B[pb + sbj3]!;
      }
      C[o + j] = c0;
      C[o + j + 1] = c1;
      C[o + j + 2] = c2;
      C[o + j + 3] = c3;
    }
    for (; j < n; j++) {
      let pa = ra,
        pb = j * sbj;
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
