/**
 * How far the `rows × cols` row-major matrix M is from gain times an orthonormal one:
 * max |G − gain²·I| over the entries of the Gram matrix G = MᵀM (rows ≥ cols: orthonormal
 * columns) or G = MMᵀ (rows < cols: orthonormal rows). 0 for an exact gain·Q.
 *
 * @example
 * ```ts
 * gramDeviation([0, 2, 2, 0], 2, 2, 2); // 0 (2 × a permutation matrix)
 * gramDeviation([1, 1, 0, 1], 2, 2, 1); // 1
 * ```
 */
export function gramDeviation(m: ArrayLike<number>, rows: number, cols: number, gain: number): number {
  const tall = rows >= cols;
  const [k, inner] = tall ? [cols, rows] : [rows, cols];
  const at = (vector: number, i: number): number =>
    tall ? (m[i * cols + vector] as number) : (m[vector * cols + i] as number);
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
