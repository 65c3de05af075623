/**
 * The singular values of an m×n matrix (row-major `a`), descending, by the one-sided Jacobi
 * method (Hestenes 1958; Demmel & Veselić 1992): plane rotations orthogonalize the columns of A
 * (of Aᵀ when m < n) pair by pair until every pair's cosine is below 1e-15; the singular values
 * are then the columns' norms. It is accurate to a few ulps relative to each singular value for
 * well-scaled columns, so the small singular values of a deep network's Jacobian come out as
 * accurately as the large ones (JᵀJ's eigenvalues would lose them below 1e-8·σ_max). Cost: about
 * 3·k²·l flops per sweep for k = min(m, n) columns of length l = max(m, n), and 6 to 12 sweeps.
 */
export function singularValues(a: Float64Array, m: number, n: number): Float64Array {
  const k = Math.min(m, n),
    l = Math.max(m, n);
  // Columns of the matrix whose columns are the k shorter ones, each stored contiguously.
  const u = new Float64Array(k * l);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const v = a[i * n + j] as number;
      if (m >= n) u[j * l + i] = v;
      else u[i * l + j] = v;
    }
  }
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < k - 1; p++) {
      const op = p * l;
      for (let q = p + 1; q < k; q++) {
        const oq = q * l;
        let alpha = 0,
          beta = 0,
          gamma = 0;
        for (let i = 0; i < l; i++) {
          const x = u[op + i] as number,
            y = u[oq + i] as number;
          alpha += x * x;
          beta += y * y;
          gamma += x * y;
        }
        if (gamma === 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t),
          s = c * t;
        for (let i = 0; i < l; i++) {
          const x = u[op + i] as number,
            y = u[oq + i] as number;
          u[op + i] = c * x - s * y;
          u[oq + i] = s * x + c * y;
        }
      }
    }
    if (!rotated) break;
  }
  const sv = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let s = 0;
    for (let i = 0; i < l; i++) s += (u[j * l + i] as number) ** 2;
    sv[j] = Math.sqrt(s);
  }
  return sv.sort().reverse();
}
