/**
 * max |G − gain²·I| over the Gram matrix of the rows × cols row-major matrix M: G = MᵀM when
 * rows ≥ cols (orthonormal columns), MMᵀ otherwise (orthonormal rows). 0 for gain times an
 * exactly orthogonal matrix (the check of apps/demo's structuredChecks, Saxe et al. 2014).
 */
export function orthonormalDeviation(m: ArrayLike<number>, rows: number, cols: number, gain: number): number {
  const tall = rows >= cols;
  const [k, inner] = tall ? [cols, rows] : [rows, cols];
  const at = (vector: number, i: number): number => (tall ? m[i * cols + vector]! : m[vector * cols + i]!);
  let worst = 0;
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      let dot = 0;
      for (let i = 0; i < inner; i++) dot += at(a, i) * at(b, i);
      worst = Math.max(worst, Math.abs(dot - (a === b ? gain * gain : 0)));
    }
  }
  return worst;
}
