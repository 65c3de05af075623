import { LEAKY_RELU, RELU, SIGMOID, TANH } from '../../model/activations.js';

const fround = Math.fround;

/**
 * d ← d·f′ in place over the first `cols` entries of `rows` rows, f′ written with the layer's
 * stored output a: ReLU keeps d where a > 0 and zeroes it elsewhere (d·0, so a NaN or ±∞ in d
 * still shows, as the notebook's `da * np.int64(a > 0)`), leaky ReLU scales by α there, tanh
 * by 1 − a², sigmoid by a·(1 − a). With `round` (float32 models) d is rounded to float32 before
 * and the product after, as float32 storage of both would.
 */
export function scaleByDerivative(
  d: Float64Array,
  a: Float64Array,
  rows: number,
  cols: number,
  stride: number,
  code: number,
  alpha: number,
  round: boolean,
): void {
  for (let r = 0; r < rows; r++) {
    const start = r * stride,
      end = start + cols;
    if (code === RELU) {
      if (round)
        for (let j = start; j < end; j++) {
          const v = fround(d[j] as number);
          d[j] = (a[j] as number) > 0 ? v : v * 0;
        }
      else
        for (let j = start; j < end; j++) {
          const v = d[j] as number;
          d[j] = (a[j] as number) > 0 ? v : v * 0;
        }
      continue;
    }
    for (let j = start; j < end; j++) {
      const v = round ? fround(d[j] as number) : (d[j] as number),
        y = a[j] as number;
      const g =
        code === LEAKY_RELU ? (y > 0 ? 1 : alpha) : code === TANH ? 1 - y * y : code === SIGMOID ? y * (1 - y) : 1;
      d[j] = round ? fround(v * g) : v * g;
    }
  }
}
