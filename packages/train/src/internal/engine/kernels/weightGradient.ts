/**
 * One layer's parameter gradients: dW[i, p] = Σⱼ dz[i, j]·a[p, j] and db[i] = Σⱼ dz[i, j]
 * over the `cols` examples (units × examples layout, row stride `stride`; padding columns hold
 * dz = 0 and add nothing).
 *
 * Why not tensor's matmul plus a row sum: these are dot products over contiguous rows of 300,
 * and what costs is the number of passes over them. Tiles of 2 units × 4 inputs (8 sums in
 * registers; each dz loaded is used 4 times, each a twice), then 2 × 2 and 2 × 1 for the
 * remaining inputs, with the bias sums riding in each unit pair's first tile, make one pass per
 * tile. Sums run over j in order, in float64.
 */
export function weightGradient(
  dz: Float64Array,
  a: Float64Array,
  dw: Float64Array,
  db: Float64Array,
  nOut: number,
  nIn: number,
  cols: number,
  stride: number,
): void {
  for (let i = 0; i < nOut; i += 2) {
    const pair = i + 1 < nOut;
    for (let p = 0; p < nIn; ) {
      const width = nIn - p >= 4 ? 4 : nIn - p >= 2 ? 2 : 1;
      if (pair) tile2(dz, a, dw, db, i, p, width, p === 0, nIn, cols, stride);
      else tile1(dz, a, dw, db, i, p, width, p === 0, nIn, cols, stride);
      p += width;
    }
  }
}

/** Units i, i + 1 × inputs p … p + width − 1 (width 4, 2 or 1), and their biases when `bias`. */
function tile2(
  dz: Float64Array,
  a: Float64Array,
  dw: Float64Array,
  db: Float64Array,
  i: number,
  p: number,
  width: number,
  bias: boolean,
  nIn: number,
  cols: number,
  stride: number,
): void {
  const g0 = i * stride,
    g1 = g0 + stride;
  const q0 = p * stride,
    q1 = width > 1 ? q0 + stride : q0,
    q2 = width > 2 ? q1 + stride : q0,
    q3 = width > 2 ? q2 + stride : q0;
  let s00 = 0,
    s01 = 0,
    s02 = 0,
    s03 = 0,
    s10 = 0,
    s11 = 0,
    s12 = 0,
    s13 = 0,
    b0 = 0,
    b1 = 0;
  if (width === 4) {
    for (let j = 0; j < cols; j++) {
      const d0 = dz[g0 + j] as number,
        d1 = dz[g1 + j] as number;
      const x0 = a[q0 + j] as number,
        x1 = a[q1 + j] as number,
        x2 = a[q2 + j] as number,
        x3 = a[q3 + j] as number;
      s00 += d0 * x0;
      s01 += d0 * x1;
      s02 += d0 * x2;
      s03 += d0 * x3;
      s10 += d1 * x0;
      s11 += d1 * x1;
      s12 += d1 * x2;
      s13 += d1 * x3;
      if (bias) {
        b0 += d0;
        b1 += d1;
      }
    }
  } else if (width === 2) {
    for (let j = 0; j < cols; j++) {
      const d0 = dz[g0 + j] as number,
        d1 = dz[g1 + j] as number,
        x0 = a[q0 + j] as number,
        x1 = a[q1 + j] as number;
      s00 += d0 * x0;
      s01 += d0 * x1;
      s10 += d1 * x0;
      s11 += d1 * x1;
      if (bias) {
        b0 += d0;
        b1 += d1;
      }
    }
  } else {
    for (let j = 0; j < cols; j++) {
      const d0 = dz[g0 + j] as number,
        d1 = dz[g1 + j] as number,
        x0 = a[q0 + j] as number;
      s00 += d0 * x0;
      s10 += d1 * x0;
      if (bias) {
        b0 += d0;
        b1 += d1;
      }
    }
  }
  const r0 = i * nIn + p,
    r1 = r0 + nIn;
  dw[r0] = s00;
  dw[r1] = s10;
  if (width > 1) {
    dw[r0 + 1] = s01;
    dw[r1 + 1] = s11;
  }
  if (width > 2) {
    dw[r0 + 2] = s02;
    dw[r0 + 3] = s03;
    dw[r1 + 2] = s12;
    dw[r1 + 3] = s13;
  }
  if (bias) {
    db[i] = b0;
    db[i + 1] = b1;
  }
}

/** The last unit of an odd count × inputs p … p + width − 1, and its bias when `bias`. */
function tile1(
  dz: Float64Array,
  a: Float64Array,
  dw: Float64Array,
  db: Float64Array,
  i: number,
  p: number,
  width: number,
  bias: boolean,
  nIn: number,
  cols: number,
  stride: number,
): void {
  const g = i * stride;
  const q0 = p * stride,
    q1 = width > 1 ? q0 + stride : q0,
    q2 = width > 2 ? q1 + stride : q0,
    q3 = width > 2 ? q2 + stride : q0;
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    b = 0;
  for (let j = 0; j < cols; j++) {
    const d = dz[g + j] as number;
    s0 += d * (a[q0 + j] as number);
    if (width > 1) s1 += d * (a[q1 + j] as number);
    if (width > 2) {
      s2 += d * (a[q2 + j] as number);
      s3 += d * (a[q3 + j] as number);
    }
    if (bias) b += d;
  }
  const r = i * nIn + p;
  dw[r] = s0;
  if (width > 1) dw[r + 1] = s1;
  if (width > 2) {
    dw[r + 2] = s2;
    dw[r + 3] = s3;
  }
  if (bias) db[i] = b;
}
