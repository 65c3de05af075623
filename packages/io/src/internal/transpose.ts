/**
 * Copies `src`, the elements of an array of shape `shape` stored in Fortran (column-major) order,
 * into `dst` in C (row-major) order; with the shape reversed it does the opposite. A Fortran
 * array of shape (d₀, …, dₙ₋₁) is the C array of shape (dₙ₋₁, …, d₀), so this is the transpose
 * that reverses the axes, as numpy's `read_array` does for `fortran_order=True`.
 */
export function fortranToC<A extends { length: number; [i: number]: number | bigint }>(
  src: A,
  dst: A,
  shape: readonly number[],
): void {
  const rank = shape.length;
  const n = dst.length;
  if (rank < 2 || n === 0) {
    for (let i = 0; i < n; i++) dst[i] = src[i] as A[number];
    return;
  }
  // Walk dst in C order with a multi-index; the source index is Σ iₖ·strideₖ with
  // column-major strides: stride₀ = 1, strideₖ = strideₖ₋₁·dₖ₋₁.
  const strides = new Array<number>(rank);
  let s = 1;
  for (let k = 0; k < rank; k++) {
    strides[k] = s;
    s *= shape[k] as number;
  }
  const index = new Array<number>(rank).fill(0);
  const last = rank - 1;
  const lastDim = shape[last] as number;
  const lastStride = strides[last] as number;
  let base = 0;
  for (let i = 0; i < n; i += lastDim) {
    for (let j = 0; j < lastDim; j++) dst[i + j] = src[base + j * lastStride] as A[number];
    // Advance the multi-index over the leading axes.
    for (let k = last - 1; k >= 0; k--) {
      index[k] = (index[k] as number) + 1;
      base += strides[k] as number;
      if ((index[k] as number) < (shape[k] as number)) break;
      base -= (index[k] as number) * (strides[k] as number);
      index[k] = 0;
    }
  }
}

/** The inverse of {@link fortranToC}: C-order `src` of shape `shape` into Fortran-order `dst`. */
export function cToFortran<A extends { length: number; [i: number]: number | bigint }>(
  src: A,
  dst: A,
  shape: readonly number[],
): void {
  // C order of `shape` is Fortran order of the reversed shape, and vice versa.
  fortranToC(src, dst, [...shape].reverse());
}
