/**
 * One layer forward: out[i, j] = b[i] + Σₚ W[i, p]·a[p, j] for the `cols` examples j (a
 * multiple of 4), units × examples layout with row stride `stride`; with `relu`, max(0, ·) on
 * the store (other activations follow as their own pass, {@link activateRows}); with `round`
 * (float32 models), each stored value rounded to float32.
 *
 * Why not tensor's matmul, add and relu: on the course network (300 examples, layers of 2, 10,
 * 5 and 1 units) separate passes with their own validation cost as much as the products; here
 * the bias starts the accumulator, and the activation is one tight pass over the rows still in
 * cache. Tiles of 2 units × 4 examples keep 8 sums in registers: each weight is loaded once per
 * 4 examples and each input once per 2 units. Sums run over p in order, in float64.
 */
export function forwardLayer(
  w: Float64Array,
  b: Float64Array,
  a: Float64Array,
  out: Float64Array,
  nOut: number,
  nIn: number,
  cols: number,
  stride: number,
  relu: boolean,
  round: boolean,
): void {
  let i = 0;
  for (; i + 1 < nOut; i += 2) {
    const w0 = i * nIn,
      w1 = w0 + nIn,
      o0 = i * stride,
      o1 = o0 + stride;
    const b0 = b[i] as number,
      b1 = b[i + 1] as number;
    for (let j = 0; j < cols; j += 4) {
      let s00 = b0,
        s01 = b0,
        s02 = b0,
        s03 = b0,
        s10 = b1,
        s11 = b1,
        s12 = b1,
        s13 = b1;
      for (let p = 0, q = j; p < nIn; p++, q += stride) {
        const x0 = a[q] as number,
          x1 = a[q + 1] as number,
          x2 = a[q + 2] as number,
          x3 = a[q + 3] as number;
        const u = w[w0 + p] as number,
          v = w[w1 + p] as number;
        s00 += u * x0;
        s01 += u * x1;
        s02 += u * x2;
        s03 += u * x3;
        s10 += v * x0;
        s11 += v * x1;
        s12 += v * x2;
        s13 += v * x3;
      }
      out[o0 + j] = finish(s00, relu, round);
      out[o0 + j + 1] = finish(s01, relu, round);
      out[o0 + j + 2] = finish(s02, relu, round);
      out[o0 + j + 3] = finish(s03, relu, round);
      out[o1 + j] = finish(s10, relu, round);
      out[o1 + j + 1] = finish(s11, relu, round);
      out[o1 + j + 2] = finish(s12, relu, round);
      out[o1 + j + 3] = finish(s13, relu, round);
    }
  }
  if (i < nOut) {
    const w0 = i * nIn,
      o0 = i * stride,
      b0 = b[i] as number;
    for (let j = 0; j < cols; j += 4) {
      let s0 = b0,
        s1 = b0,
        s2 = b0,
        s3 = b0;
      for (let p = 0, q = j; p < nIn; p++, q += stride) {
        const u = w[w0 + p] as number;
        s0 += u * (a[q] as number);
        s1 += u * (a[q + 1] as number);
        s2 += u * (a[q + 2] as number);
        s3 += u * (a[q + 3] as number);
      }
      out[o0 + j] = finish(s0, relu, round);
      out[o0 + j + 1] = finish(s1, relu, round);
      out[o0 + j + 2] = finish(s2, relu, round);
      out[o0 + j + 3] = finish(s3, relu, round);
    }
  }
}

/** The stored value: ReLU'd when `relu` (NaN passes, as np.maximum(0, z)), float32 when `round`. */
function finish(s: number, relu: boolean, round: boolean): number {
  const v = relu && s < 0 ? 0 : s;
  return round ? Math.fround(v) : v;
}
