/**
 * Backpropagation to the previous layer: dzPrev[p, j] = Σᵢ W[i, p]·dz[i, j] (units × examples
 * layout, row stride `stride`, `cols` a multiple of 4); with `relu`, the notebook's
 * `dz = da * np.int64(a > 0)` on the store, from the previous layer's outputs `aPrev` (other
 * activations' derivatives follow as their own pass, {@link scaleByDerivative}); with `round`
 * (float32 models), the sum rounded to float32 first.
 *
 * Wᵀ is read in place, never copied. Tiles of 2 inputs × 4 examples keep 8 sums in registers,
 * as in {@link forwardLayer}. Sums over i in order, in float64.
 */
export function inputGradient(
  w: Float64Array,
  dz: Float64Array,
  aPrev: Float64Array,
  dzPrev: Float64Array,
  nOut: number,
  nIn: number,
  cols: number,
  stride: number,
  relu: boolean,
  round: boolean,
): void {
  let p = 0;
  for (; p + 1 < nIn; p += 2) {
    const q0 = p * stride,
      q1 = q0 + stride;
    for (let j = 0; j < cols; j += 4) {
      let s00 = 0,
        s01 = 0,
        s02 = 0,
        s03 = 0,
        s10 = 0,
        s11 = 0,
        s12 = 0,
        s13 = 0;
      for (let i = 0, g = j, r = p; i < nOut; i++, g += stride, r += nIn) {
        const d0 = dz[g] as number,
          d1 = dz[g + 1] as number,
          d2 = dz[g + 2] as number,
          d3 = dz[g + 3] as number;
        const u = w[r] as number,
          v = w[r + 1] as number;
        s00 += u * d0;
        s01 += u * d1;
        s02 += u * d2;
        s03 += u * d3;
        s10 += v * d0;
        s11 += v * d1;
        s12 += v * d2;
        s13 += v * d3;
      }
      dzPrev[q0 + j] = finish(s00, aPrev[q0 + j] as number, relu, round);
      dzPrev[q0 + j + 1] = finish(s01, aPrev[q0 + j + 1] as number, relu, round);
      dzPrev[q0 + j + 2] = finish(s02, aPrev[q0 + j + 2] as number, relu, round);
      dzPrev[q0 + j + 3] = finish(s03, aPrev[q0 + j + 3] as number, relu, round);
      dzPrev[q1 + j] = finish(s10, aPrev[q1 + j] as number, relu, round);
      dzPrev[q1 + j + 1] = finish(s11, aPrev[q1 + j + 1] as number, relu, round);
      dzPrev[q1 + j + 2] = finish(s12, aPrev[q1 + j + 2] as number, relu, round);
      dzPrev[q1 + j + 3] = finish(s13, aPrev[q1 + j + 3] as number, relu, round);
    }
  }
  if (p < nIn) {
    const q0 = p * stride;
    for (let j = 0; j < cols; j += 4) {
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0;
      for (let i = 0, g = j, r = p; i < nOut; i++, g += stride, r += nIn) {
        const u = w[r] as number;
        s0 += u * (dz[g] as number);
        s1 += u * (dz[g + 1] as number);
        s2 += u * (dz[g + 2] as number);
        s3 += u * (dz[g + 3] as number);
      }
      dzPrev[q0 + j] = finish(s0, aPrev[q0 + j] as number, relu, round);
      dzPrev[q0 + j + 1] = finish(s1, aPrev[q0 + j + 1] as number, relu, round);
      dzPrev[q0 + j + 2] = finish(s2, aPrev[q0 + j + 2] as number, relu, round);
      dzPrev[q0 + j + 3] = finish(s3, aPrev[q0 + j + 3] as number, relu, round);
    }
  }
}

/** The stored gradient: rounded to float32 when `round`, then zeroed (d·0) where a ReLU was off. */
function finish(s: number, a: number, relu: boolean, round: boolean): number {
  const v = round ? Math.fround(s) : s;
  return relu && !(a > 0) ? v * 0 : v;
}
