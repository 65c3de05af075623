/**
 * One layer's parameter gradients, fused: dW[i, p] = Σⱼ dz[i, j]·a[p, j] and
 * db[i] = Σⱼ dz[i, j] over the `cols` examples (units × examples layout, row stride `stride`;
 * padding columns hold dz = 0 and add nothing).
 *
 * Why not tensor's matmul plus a row sum: dot products over contiguous rows, tiled 2 units ×
 * 4 inputs (8 sums in registers; each loaded dz is used 4 times and each loaded a twice), with
 * the bias sums in the same kernel, are what make backpropagation through the notebook's small
 * layers cheap. Sums run over j in order, in float64, rounded once when stored.
 */
export function weightGradient(
  dz: Float64Array, a: Float64Array, dw: Float64Array, db: Float64Array,
  nOut: number, nIn: number, cols: number, stride: number,
): void {
  let i = 0;
  for (; i + 1 < nOut; i += 2) {
    const g0 = i * stride, g1 = g0 + stride, r0 = i * nIn, r1 = r0 + nIn;
    let b0 = 0, b1 = 0;
    for (let j = 0; j < cols; j++) {
      b0 += dz[g0 + j] as number;
      b1 += dz[g1 + j] as number;
    }
    db[i] = b0;
    db[i + 1] = b1;
    let p = 0;
    for (; p + 3 < nIn; p += 4) {
      const q0 = p * stride, q1 = q0 + stride, q2 = q1 + stride, q3 = q2 + stride;
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      for (let j = 0; j < cols; j++) {
        const d0 = dz[g0 + j] as number, d1 = dz[g1 + j] as number;
        const x0 = a[q0 + j] as number, x1 = a[q1 + j] as number, x2 = a[q2 + j] as number, x3 = a[q3 + j] as number;
        s00 += d0 * x0; s01 += d0 * x1; s02 += d0 * x2; s03 += d0 * x3;
        s10 += d1 * x0; s11 += d1 * x1; s12 += d1 * x2; s13 += d1 * x3;
      }
      dw[r0 + p] = s00; dw[r0 + p + 1] = s01; dw[r0 + p + 2] = s02; dw[r0 + p + 3] = s03;
      dw[r1 + p] = s10; dw[r1 + p + 1] = s11; dw[r1 + p + 2] = s12; dw[r1 + p + 3] = s13;
    }
    for (; p + 1 < nIn; p += 2) {
      const q0 = p * stride, q1 = q0 + stride;
      let s00 = 0, s01 = 0, s10 = 0, s11 = 0;
      for (let j = 0; j < cols; j++) {
        const d0 = dz[g0 + j] as number, d1 = dz[g1 + j] as number, x0 = a[q0 + j] as number, x1 = a[q1 + j] as number;
        s00 += d0 * x0; s01 += d0 * x1; s10 += d1 * x0; s11 += d1 * x1;
      }
      dw[r0 + p] = s00; dw[r0 + p + 1] = s01; dw[r1 + p] = s10; dw[r1 + p + 1] = s11;
    }
    if (p < nIn) {
      const q0 = p * stride;
      let s0 = 0, s1 = 0;
      for (let j = 0; j < cols; j++) {
        const x = a[q0 + j] as number;
        s0 += (dz[g0 + j] as number) * x;
        s1 += (dz[g1 + j] as number) * x;
      }
      dw[r0 + p] = s0;
      dw[r1 + p] = s1;
    }
  }
  if (i < nOut) oneUnit(dz, a, dw, db, i, nIn, cols, stride);
}

/** The last unit of an odd count: tiles of 1 unit × 4 inputs, then single dot products. */
function oneUnit(dz: Float64Array, a: Float64Array, dw: Float64Array, db: Float64Array, i: number, nIn: number, cols: number, stride: number): void {
  const g = i * stride, r = i * nIn;
  let bias = 0;
  for (let j = 0; j < cols; j++) bias += dz[g + j] as number;
  db[i] = bias;
  let p = 0;
  for (; p + 3 < nIn; p += 4) {
    const q0 = p * stride, q1 = q0 + stride, q2 = q1 + stride, q3 = q2 + stride;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let j = 0; j < cols; j++) {
      const d = dz[g + j] as number;
      s0 += d * (a[q0 + j] as number); s1 += d * (a[q1 + j] as number);
      s2 += d * (a[q2 + j] as number); s3 += d * (a[q3 + j] as number);
    }
    dw[r + p] = s0; dw[r + p + 1] = s1; dw[r + p + 2] = s2; dw[r + p + 3] = s3;
  }
  for (; p < nIn; p++) {
    const q = p * stride;
    let s = 0;
    for (let j = 0; j < cols; j++) s += (dz[g + j] as number) * (a[q + j] as number);
    dw[r + p] = s;
  }
}
