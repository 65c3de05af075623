import type { RandomSource } from '@nninit/rng';
import { householderQr } from './householderQr.js';

/**
 * Writes gain·Q into `out` (row-major, `rows × cols`, at `offset(i, j)`), where Q is PyTorch's
 * `orthogonal_`: draw A = `rows × cols` standard normals (row-major, one `fillNormal` call),
 * transpose it if rows < cols, take the thin QR decomposition, multiply each column of Q by the
 * sign of R's diagonal (Mezzadri 2007: this makes Q Haar-distributed; a zero diagonal entry
 * counts as +1 where numpy and PyTorch would zero the column), transpose back.
 *
 * rows ≥ cols gives orthonormal columns (QᵀQ = I), rows < cols orthonormal rows (QQᵀ = I).
 * Computed in float64, rounded once into `out`.
 */
export function orthogonalMatrix(
  rng: RandomSource,
  rows: number,
  cols: number,
  gain: number,
  out: Float32Array | Float64Array,
  offset: (i: number, j: number) => number,
): void {
  if (rows === 0 || cols === 0) return;
  const flat = new Float64Array(rows * cols);
  rng.fillNormal(flat);
  const tall = rows >= cols;
  const m = tall ? rows : cols,
    n = tall ? cols : rows;
  // Column-major A (m × n): for a tall matrix, the transpose of the row-major draw; for a wide
  // one, Aᵀ's row-major buffer is already A's column-major one.
  let a = flat;
  if (tall) {
    a = new Float64Array(m * n);
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) a[j * m + i] = flat[i * cols + j] as number;
  }
  const { q, r } = householderQr(a, m, n);
  for (let k = 0; k < n; k++) {
    const sign = (r[k * n + k] as number) < 0 ? -gain : gain;
    for (let i = 0; i < m; i++) q[k * m + i] = (q[k * m + i] as number) * sign;
  }
  // Tall: W[i][j] = Q[i][j] = q[j·m + i]. Wide: W = Qᵀ, W[i][j] = Q[j][i] = q[i·m + j].
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) out[offset(i, j)] = q[tall ? j * m + i : i * m + j] as number;
  }
}
