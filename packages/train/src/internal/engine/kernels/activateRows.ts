import { exp } from '../../exp.js';
import { LEAKY_RELU, RELU, SIGMOID, TANH } from '../../model/activations.js';
import { tanh } from '../../tanh.js';

const fround = Math.fround;

/**
 * a = f(z) in place over the first `cols` entries of `rows` rows (row stride `stride`), one
 * loop per activation so the hot ReLU loop is a compare and a store. With `round` (float32
 * models), z is first rounded to float32 and so is f(z), as float32 storage of both would.
 * ReLU passes NaN through, as numpy's `np.maximum(0, z)` does.
 */
export function activateRows(
  v: Float64Array,
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
      // relu(fround(z)) = fround(relu(z)): one rounding covers both stores.
      if (round)
        for (let j = start; j < end; j++) {
          const z = v[j] as number;
          v[j] = z < 0 ? 0 : fround(z);
        }
      else
        for (let j = start; j < end; j++) {
          const z = v[j] as number;
          v[j] = z < 0 ? 0 : z;
        }
    } else if (code === LEAKY_RELU) {
      for (let j = start; j < end; j++) {
        const z = round ? fround(v[j] as number) : (v[j] as number);
        v[j] = z < 0 ? (round ? fround(alpha * z) : alpha * z) : z;
      }
    } else if (code === TANH) {
      for (let j = start; j < end; j++) v[j] = round ? fround(tanh(fround(v[j] as number))) : tanh(v[j] as number);
    } else if (code === SIGMOID) {
      for (let j = start; j < end; j++) {
        const z = round ? fround(v[j] as number) : (v[j] as number);
        v[j] = round ? fround(1 / (1 + exp(-z))) : 1 / (1 + exp(-z));
      }
    } else if (round) {
      for (let j = start; j < end; j++) v[j] = fround(v[j] as number);
    }
  }
}
