/**
 * The 4×4 micro-kernel of {@link packedKernel}: T = Apanel·Bpanel over depth kc, with Apanel
 * (4 rows) at `Ap[qa + p·4 + r]` and Bpanel (4 columns) at `Bp[qb + p·4 + c]`; T is row-major
 * 4×4. Sixteen accumulators in registers, 8 contiguous loads per 16 multiply-adds; only
 * Float64Array is ever seen here, so the loop stays monomorphic. Requires kc ≥ 1.
 */
export function microKernel(
  Ap: Float64Array,
  qa: number,
  Bp: Float64Array,
  qb: number,
  kc: number,
  T: Float64Array,
): void {
  let x0 = Ap[qa]!,
    x1 = Ap[qa + 1]!,
    x2 = Ap[qa + 2]!,
    x3 = Ap[qa + 3]!;
  let b = Bp[qb]!;
  let c00 = x0 * b,
    c10 = x1 * b,
    c20 = x2 * b,
    c30 = x3 * b;
  b = Bp[qb + 1]!;
  let c01 = x0 * b,
    c11 = x1 * b,
    c21 = x2 * b,
    c31 = x3 * b;
  b = Bp[qb + 2]!;
  let c02 = x0 * b,
    c12 = x1 * b,
    c22 = x2 * b,
    c32 = x3 * b;
  b = Bp[qb + 3]!;
  let c03 = x0 * b,
    c13 = x1 * b,
    c23 = x2 * b,
    c33 = x3 * b;
  for (let p = 1; p < kc; p++) {
    qa += 4;
    qb += 4;
    x0 = Ap[qa]!;
    x1 = Ap[qa + 1]!;
    x2 = Ap[qa + 2]!;
    x3 = Ap[qa + 3]!;
    b = Bp[qb]!;
    c00 += x0 * b;
    c10 += x1 * b;
    c20 += x2 * b;
    c30 += x3 * b;
    b = Bp[qb + 1]!;
    c01 += x0 * b;
    c11 += x1 * b;
    c21 += x2 * b;
    c31 += x3 * b;
    b = Bp[qb + 2]!;
    c02 += x0 * b;
    c12 += x1 * b;
    c22 += x2 * b;
    c32 += x3 * b;
    b = Bp[qb + 3]!;
    c03 += x0 * b;
    c13 += x1 * b;
    c23 += x2 * b;
    c33 += x3 * b;
  }
  T[0] = c00;
  T[1] = c01;
  T[2] = c02;
  T[3] = c03;
  T[4] = c10;
  T[5] = c11;
  T[6] = c12;
  T[7] = c13;
  T[8] = c20;
  T[9] = c21;
  T[10] = c22;
  T[11] = c23;
  T[12] = c30;
  T[13] = c31;
  T[14] = c32;
  T[15] = c33;
}
