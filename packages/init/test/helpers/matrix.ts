/** The Gram matrix of a row-major rows × cols matrix: XᵀX (cols × cols) or, with `rowsGram`, XXᵀ. */
export function gram(x: ArrayLike<number>, rows: number, cols: number, rowsGram = false): Float64Array {
  const n = rowsGram ? rows : cols;
  const g = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      let s = 0;
      if (rowsGram) for (let k = 0; k < cols; k++) s += (x[a * cols + k] as number) * (x[b * cols + k] as number);
      else for (let k = 0; k < rows; k++) s += (x[k * cols + a] as number) * (x[k * cols + b] as number);
      g[a * n + b] = s;
    }
  }
  return g;
}

/** max |G − c·I| over all entries of an n × n matrix. */
export function distanceFromScaledIdentity(g: Float64Array, n: number, c: number): number {
  let worst = 0;
  for (let a = 0; a < n; a++)
    for (let b = 0; b < n; b++) worst = Math.max(worst, Math.abs((g[a * n + b] as number) - (a === b ? c : 0)));
  return worst;
}
