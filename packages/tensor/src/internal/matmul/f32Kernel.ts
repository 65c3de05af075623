const f = Math.fround;

/**
 * C = op(A)·op(B) in float32 arithmetic, for float32 operands: every C[i,j] is the sequential
 * float32 sum fl(…fl(fl(a₀b₀) + fl(a₁b₁)) + … + fl(aₖ₋₁bₖ₋₁)), each product and each sum rounded
 * to float32 (aₚ = op(A)[i,p], bₚ = op(B)[p,j]). This is the contract of the WebAssembly kernel
 * f32x4Kernel, which computes the same bits four rows at a time.
 *
 * Why the bits are float32's: a float32 product or sum computed in float64 and rounded once by
 * Math.fround is the correctly rounded float32 result (float64 has more than 2·24 + 2 bits, so
 * the double rounding is innocuous: Figueroa, "When is double rounding innocuous?", SIGNUM
 * Newsletter 30(3), 1995).
 *
 * 4×4 register tiles (16 accumulators) while p runs over k, 4×1 and 1×4 for the edges, 1×1 for
 * the corner: each rounding adds latency to its sum's chain, so independent sums side by side
 * keep the core busy. op(A)[i,p] = A[i·sai + p·sap], op(B)[p,j] = B[p·sbp + j·sbj], C row-major
 * m×n. Requires k ≥ 1. Runs where WebAssembly SIMD is missing, and on products under 128
 * multiply-adds.
 */
export function f32Kernel(
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
): void {
  const m4 = m - (m & 3),
    n4 = n - (n & 3);
  for (let i = 0; i < m4; i += 4) {
    for (let j = 0; j < n4; j += 4) tile(A, sai, sap, B, sbp, sbj, C, n, k, i, j);
    for (let j = n4; j < n; j++) column(A, sai, sap, B, sbp, sbj, C, n, k, i, j);
  }
  for (let i = m4; i < m; i++) {
    for (let j = 0; j < n4; j += 4) row(A, sai, sap, B, sbp, sbj, C, n, k, i, j);
    for (let j = n4; j < n; j++) {
      let pa = i * sai,
        pb = j * sbj;
      let c = f(A[pa]! * B[pb]!);
      for (let p = 1; p < k; p++) {
        pa += sap;
        pb += sbp;
        c = f(c + f(A[pa]! * B[pb]!));
      }
      C[i * n + j] = c;
    }
  }
}

/** C[i..i+3, j]: four independent sums (a single one would wait on every rounding). */
function column(
  A: Float32Array,
  sai: number,
  sap: number,
  B: Float32Array,
  sbp: number,
  sbj: number,
  C: Float32Array,
  n: number,
  k: number,
  i: number,
  j: number,
): void {
  let pa = i * sai,
    pb = j * sbj;
  let b = B[pb]!;
  let c0 = f(A[pa]! * b),
    c1 = f(A[pa + sai]! * b),
    c2 = f(A[pa + 2 * sai]! * b),
    c3 = f(A[pa + 3 * sai]! * b);
  for (let p = 1; p < k; p++) {
    pa += sap;
    pb += sbp;
    b = B[pb]!;
    c0 = f(c0 + f(A[pa]! * b));
    c1 = f(c1 + f(A[pa + sai]! * b));
    c2 = f(c2 + f(A[pa + 2 * sai]! * b));
    c3 = f(c3 + f(A[pa + 3 * sai]! * b));
  }
  const o = i * n + j;
  C[o] = c0;
  C[o + n] = c1;
  C[o + 2 * n] = c2;
  C[o + 3 * n] = c3;
}

/** C[i, j..j+3]: four independent sums. */
function row(
  A: Float32Array,
  sai: number,
  sap: number,
  B: Float32Array,
  sbp: number,
  sbj: number,
  C: Float32Array,
  n: number,
  k: number,
  i: number,
  j: number,
): void {
  let pa = i * sai,
    pb = j * sbj;
  let x = A[pa]!;
  let c0 = f(x * B[pb]!),
    c1 = f(x * B[pb + sbj]!),
    c2 = f(x * B[pb + 2 * sbj]!),
    c3 = f(x * B[pb + 3 * sbj]!);
  for (let p = 1; p < k; p++) {
    pa += sap;
    pb += sbp;
    x = A[pa]!;
    c0 = f(c0 + f(x * B[pb]!));
    c1 = f(c1 + f(x * B[pb + sbj]!));
    c2 = f(c2 + f(x * B[pb + 2 * sbj]!));
    c3 = f(c3 + f(x * B[pb + 3 * sbj]!));
  }
  const o = i * n + j;
  C[o] = c0;
  C[o + 1] = c1;
  C[o + 2] = c2;
  C[o + 3] = c3;
}

/** C[i..i+3, j..j+3], 16 accumulators. */
function tile(
  A: Float32Array,
  sai: number,
  sap: number,
  B: Float32Array,
  sbp: number,
  sbj: number,
  C: Float32Array,
  n: number,
  k: number,
  i: number,
  j: number,
): void {
  const sai2 = 2 * sai,
    sai3 = 3 * sai,
    sbj2 = 2 * sbj,
    sbj3 = 3 * sbj;
  let pa = i * sai,
    pb = j * sbj;
  let b0 = B[pb]!,
    b1 = B[pb + sbj]!,
    b2 = B[pb + sbj2]!,
    b3 = B[pb + sbj3]!;
  let x = A[pa]!;
  let c00 = f(x * b0),
    c01 = f(x * b1),
    c02 = f(x * b2),
    c03 = f(x * b3);
  x = A[pa + sai]!;
  let c10 = f(x * b0),
    c11 = f(x * b1),
    c12 = f(x * b2),
    c13 = f(x * b3);
  x = A[pa + sai2]!;
  let c20 = f(x * b0),
    c21 = f(x * b1),
    c22 = f(x * b2),
    c23 = f(x * b3);
  x = A[pa + sai3]!;
  let c30 = f(x * b0),
    c31 = f(x * b1),
    c32 = f(x * b2),
    c33 = f(x * b3);
  for (let p = 1; p < k; p++) {
    pa += sap;
    pb += sbp;
    b0 = B[pb]!;
    b1 = B[pb + sbj]!;
    b2 = B[pb + sbj2]!;
    b3 = B[pb + sbj3]!;
    x = A[pa]!;
    c00 = f(c00 + f(x * b0));
    c01 = f(c01 + f(x * b1));
    c02 = f(c02 + f(x * b2));
    c03 = f(c03 + f(x * b3));
    x = A[pa + sai]!;
    c10 = f(c10 + f(x * b0));
    c11 = f(c11 + f(x * b1));
    c12 = f(c12 + f(x * b2));
    c13 = f(c13 + f(x * b3));
    x = A[pa + sai2]!;
    c20 = f(c20 + f(x * b0));
    c21 = f(c21 + f(x * b1));
    c22 = f(c22 + f(x * b2));
    c23 = f(c23 + f(x * b3));
    x = A[pa + sai3]!;
    c30 = f(c30 + f(x * b0));
    c31 = f(c31 + f(x * b1));
    c32 = f(c32 + f(x * b2));
    c33 = f(c33 + f(x * b3));
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
