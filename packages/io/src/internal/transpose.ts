/**
 * Copies `src`, the elements of an array of shape `shape` stored in Fortran (column-major) order,
 * into `dst` in C (row-major) order. A Fortran array of shape (d₀, …, dₙ₋₁) is the C array of
 * shape (dₙ₋₁, …, d₀), so this is the transpose that reverses the axes, as numpy's `read_array`
 * does for `fortran_order=True`.
 *
 * Elements move as unsigned integers, `width` units of `src`'s type each (two Uint32 words for
 * an 8-byte element), never as JavaScript numbers: reading a float32 signalling NaN into a
 * number quiets it, and the formats must keep every bit.
 */
export function fortranToC(
  src: Uint8Array | Uint16Array | Uint32Array,
  dst: Uint8Array | Uint16Array | Uint32Array,
  shape: readonly number[],
  width: number,
): void {
  const rank = shape.length;
  const n = dst.length / width;
  if (rank < 2 || n === 0) {
    dst.set(src);
    return;
  }
  if (rank === 2) {
    transpose2d(src, dst, shape[0] as number, shape[1] as number, width);
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
  const lastStride = (strides[last] as number) * width;
  let base = 0;
  for (let i = 0; i < n; i += lastDim) {
    if (width === 1) {
      for (let j = 0; j < lastDim; j++) dst[i + j] = src[base + j * lastStride] as number;
    } else {
      for (let j = 0; j < lastDim; j++) {
        const from = base + j * lastStride;
        const to = (i + j) * width;
        for (let w = 0; w < width; w++) dst[to + w] = src[from + w] as number;
      }
    }
    // Advance the multi-index over the leading axes.
    for (let k = last - 1; k >= 0; k--) {
      index[k] = (index[k] as number) + 1;
      base += (strides[k] as number) * width;
      if ((index[k] as number) < (shape[k] as number)) break;
      base -= (index[k] as number) * (strides[k] as number) * width;
      index[k] = 0;
    }
  }
}

/**
 * The rank-2 case, a matrix transpose, in 32 × 32 tiles so that both the reads and the writes
 * stay within a few cache lines (the plain loop reads with a stride of a whole column).
 * Source element (r, c) of the rows × cols array sits at r + c·rows (column-major); it goes
 * to r·cols + c.
 */
function transpose2d(
  src: Uint8Array | Uint16Array | Uint32Array,
  dst: Uint8Array | Uint16Array | Uint32Array,
  rows: number,
  cols: number,
  width: number,
): void {
  const TILE = 32;
  for (let r0 = 0; r0 < rows; r0 += TILE) {
    const r1 = Math.min(rows, r0 + TILE);
    for (let c0 = 0; c0 < cols; c0 += TILE) {
      const c1 = Math.min(cols, c0 + TILE);
      for (let r = r0; r < r1; r++) {
        if (width === 1) {
          for (let c = c0; c < c1; c++) dst[r * cols + c] = src[r + c * rows] as number;
        } else {
          for (let c = c0; c < c1; c++) {
            const from = (r + c * rows) * width;
            const to = (r * cols + c) * width;
            for (let w = 0; w < width; w++) dst[to + w] = src[from + w] as number;
          }
        }
      }
    }
  }
}

/** The inverse of {@link fortranToC}: C-order `src` of shape `shape` into Fortran-order `dst`. */
export function cToFortran(
  src: Uint8Array | Uint16Array | Uint32Array,
  dst: Uint8Array | Uint16Array | Uint32Array,
  shape: readonly number[],
  width: number,
): void {
  // C order of `shape` is Fortran order of the reversed shape, and vice versa.
  fortranToC(src, dst, [...shape].reverse(), width);
}

/** An unsigned-integer view of a typed array's elements for {@link fortranToC}, and units per element. */
export function unitsOf(
  data: ArrayBufferView,
  elementBytes: number,
): { units: Uint8Array | Uint16Array | Uint32Array; width: number } {
  const { buffer, byteOffset, byteLength } = data;
  if (elementBytes === 1) return { units: new Uint8Array(buffer, byteOffset, byteLength), width: 1 };
  if (elementBytes === 2) return { units: new Uint16Array(buffer, byteOffset, byteLength / 2), width: 1 };
  return { units: new Uint32Array(buffer, byteOffset, byteLength / 4), width: elementBytes / 4 };
}
