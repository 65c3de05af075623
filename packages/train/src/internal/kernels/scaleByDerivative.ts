import { LEAKY_RELU, RELU, SIGMOID, TANH } from '../activations.js';

type Floats = Float32Array | Float64Array;

/**
 * d ← d·f′ in place over the first `cols` entries of `rows` rows, f′ written with the layer's
 * stored output a: ReLU keeps d where a > 0 and zeroes it elsewhere (d·0, so a NaN or ±∞ in d
 * still shows), leaky ReLU scales by α there, tanh by 1 − a², sigmoid by a·(1 − a).
 */
export function scaleByDerivative(d: Floats, a: Floats, rows: number, cols: number, stride: number, code: number, alpha: number): void {
  for (let r = 0; r < rows; r++) {
    const end = r * stride + cols;
    if (code === RELU) {
      for (let j = r * stride; j < end; j++) if (!((a[j] as number) > 0)) d[j] = (d[j] as number) * 0;
    } else if (code === LEAKY_RELU) {
      for (let j = r * stride; j < end; j++) if (!((a[j] as number) > 0)) d[j] = (d[j] as number) * alpha;
    } else if (code === TANH) {
      for (let j = r * stride; j < end; j++) { const v = a[j] as number; d[j] = (d[j] as number) * (1 - v * v); }
    } else if (code === SIGMOID) {
      for (let j = r * stride; j < end; j++) { const v = a[j] as number; d[j] = (d[j] as number) * (v * (1 - v)); }
    }
  }
}
