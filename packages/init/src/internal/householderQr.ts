/**
 * The thin QR decomposition A = QR of an m × n matrix (m ≥ n) by Householder reflections, in
 * float64 (Golub & Van Loan, "Matrix Computations", 4th ed., Algorithms 5.1.1 and 5.2.1, with
 * LAPACK's dlarfg/dorg2r conventions: H = I − τ·v·vᵀ with v₀ = 1, R's diagonal
 * β = −sign(α)·‖x‖, and no reflection (τ = 0) when x is already a multiple of e₁).
 *
 * Matrices are column-major (element (i, j) at `j·m + i`), so every reflection works on
 * contiguous columns. `a` is not modified.
 *
 * Returns Q (m × n, orthonormal columns, column-major) and R (n × n, upper triangular,
 * column-major). Cost about 4mn² − 4n³/3 flops.
 */
export function householderQr(a: Float64Array, m: number, n: number): { q: Float64Array; r: Float64Array } {
  if (m < n || a.length !== m * n)
    throw new RangeError(`householderQr: needs m ≥ n and a of length m·n, got ${m} × ${n} and ${a.length}`);
  const w = a.slice();
  const tau = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const col = k * m;
    const alpha = w[col + k] as number;
    let sumSquares = 0;
    for (let i = k + 1; i < m; i++) sumSquares += (w[col + i] as number) ** 2;
    if (sumSquares === 0) continue; // τ = 0: H = I, R[k][k] = α
    const beta = -(alpha >= 0 ? 1 : -1) * Math.hypot(alpha, Math.sqrt(sumSquares));
    tau[k] = (beta - alpha) / beta;
    const scale = 1 / (alpha - beta);
    for (let i = k + 1; i < m; i++) w[col + i] = (w[col + i] as number) * scale;
    w[col + k] = beta;
    for (let j = k + 1; j < n; j++) reflect(w, col, j * m, k, m, tau[k] as number);
  }
  const r = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i <= j; i++) r[j * n + i] = w[j * m + i] as number;
  const q = new Float64Array(m * n);
  for (let j = 0; j < n; j++) q[j * m + j] = 1;
  for (let k = n - 1; k >= 0; k--) {
    if (tau[k] === 0) continue;
    for (let j = k; j < n; j++) reflect(q, k * m, j * m, k, m, tau[k] as number, w);
  }
  return { q, r };
}

/**
 * Applies H = I − τ·v·vᵀ to rows k..m−1 of the column starting at `target` of `x`, where v is
 * stored below the diagonal of the column starting at `vCol` of `vs` (v₀ = 1 implicit).
 */
function reflect(
  x: Float64Array,
  vCol: number,
  target: number,
  k: number,
  m: number,
  tau: number,
  vs: Float64Array = x,
): void {
  let dot = x[target + k] as number;
  for (let i = k + 1; i < m; i++) dot += (vs[vCol + i] as number) * (x[target + i] as number);
  const s = tau * dot;
  x[target + k] = (x[target + k] as number) - s;
  for (let i = k + 1; i < m; i++) x[target + i] = (x[target + i] as number) - s * (vs[vCol + i] as number);
}
