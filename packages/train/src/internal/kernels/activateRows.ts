import { LEAKY_RELU, RELU, SIGMOID, TANH } from '../activations.js';

type Floats = Float32Array | Float64Array;

/**
 * Applies an activation in place to the first `cols` entries of `rows` rows (row stride
 * `stride`). One loop per activation, so the hot ReLU loop is a compare and a store.
 */
export function activateRows(v: Floats, rows: number, cols: number, stride: number, code: number, alpha: number): void {
  for (let r = 0; r < rows; r++) {
    const end = r * stride + cols;
    if (code === RELU) {
      for (let j = r * stride; j < end; j++) { const z = v[j] as number; v[j] = z > 0 ? z : 0; }
    } else if (code === LEAKY_RELU) {
      for (let j = r * stride; j < end; j++) { const z = v[j] as number; v[j] = z > 0 ? z : alpha * z; }
    } else if (code === TANH) {
      for (let j = r * stride; j < end; j++) v[j] = Math.tanh(v[j] as number);
    } else if (code === SIGMOID) {
      for (let j = r * stride; j < end; j++) v[j] = 1 / (1 + Math.exp(-(v[j] as number)));
    }
  }
}
