import type { DType } from '@nninit/tensor';

/** Naive references and input generators shared by the tests. */

export function sizeOf(shape: readonly number[]): number {
  return shape.reduce((p, d) => p * d, 1);
}

/** The typed array constructor for a dtype. */
export function arrayOf(dtype: DType, values: ArrayLike<number>): Float32Array | Float64Array {
  return dtype === 'float32' ? Float32Array.from(values) : Float64Array.from(values);
}

/** Naive C = op(A)·op(B) in float64 from row-major arrays (A stored ar×ac, B stored br×bc). */
export function naiveMatmul(
  A: ArrayLike<number>,
  ar: number,
  ac: number,
  B: ArrayLike<number>,
  br: number,
  bc: number,
  transposeA: boolean,
  transposeB: boolean,
): { data: number[]; m: number; n: number } {
  const m = transposeA ? ac : ar,
    k = transposeA ? ar : ac,
    n = transposeB ? br : bc;
  const a = (i: number, p: number): number => (transposeA ? A[p * ac + i] : A[i * ac + p]) as number;
  const b = (p: number, j: number): number => (transposeB ? B[j * bc + p] : B[p * bc + j]) as number;
  const data: number[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a(i, p) * b(p, j);
      data.push(s);
    }
  }
  return { data, m, n };
}

/**
 * The textbook float32 product: C[i,j] = fl(…fl(fl(a₀b₀) + fl(a₁b₁)) + …), each product and
 * each partial sum rounded to float32 with Math.fround, in order of p: what a C loop
 * `float s = a[0]*b[0]; for (p = 1; p < k; p++) s += a[p]*b[p];` computes without FMA. The
 * reference for matmul's float32 accumulation. Requires k ≥ 1.
 */
export function naiveMatmulFloat32(
  A: Float32Array,
  ar: number,
  ac: number,
  B: Float32Array,
  br: number,
  bc: number,
  transposeA: boolean,
  transposeB: boolean,
): Float32Array {
  const m = transposeA ? ac : ar,
    k = transposeA ? ar : ac,
    n = transposeB ? br : bc;
  const a = (i: number, p: number): number => (transposeA ? A[p * ac + i] : A[i * ac + p]) as number;
  const b = (p: number, j: number): number => (transposeB ? B[j * bc + p] : B[p * bc + j]) as number;
  const C = new Float32Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = Math.fround(a(i, 0) * b(0, j));
      for (let p = 1; p < k; p++) s = Math.fround(s + Math.fround(a(i, p) * b(p, j)));
      C[i * n + j] = s;
    }
  }
  return C;
}
