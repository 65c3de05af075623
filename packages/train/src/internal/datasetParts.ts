import type { RandomSource } from '@nninit/rng';
import { type DType, Tensor } from '@nninit/tensor';
import { permutation } from './permutation.js';

/** Rows and labels of a generated data set, in float64, before shuffling and noise. */
export interface Rows {
  /** Row-major [n, features]. */
  x: Float64Array;
  /** [n]. */
  y: Float64Array;
  features: number;
}

/** Reorders rows and labels by a permutation from `rng` (scikit-learn's `util_shuffle`). */
export function shuffleRows(rows: Rows, rng: RandomSource): Rows {
  const { x, y, features } = rows;
  const order = permutation(rng, y.length);
  const sx = new Float64Array(x.length);
  const sy = new Float64Array(y.length);
  for (let i = 0; i < order.length; i++) {
    const from = order[i] as number;
    sy[i] = y[from] as number;
    for (let f = 0; f < features; f++) sx[i * features + f] = x[from * features + f] as number;
  }
  return { x: sx, y: sy, features };
}

/**
 * Adds N(0, noise²) to every coordinate, in row-major order: numpy's
 * `X += generator.normal(scale=noise, size=X.shape)` (each draw is 0 + noise·z).
 */
export function addNoise(rows: Rows, noise: number, rng: RandomSource): void {
  const z = new Float64Array(rows.x.length);
  rng.fillNormal(z);
  for (let i = 0; i < z.length; i++) rows.x[i] = (rows.x[i] as number) + noise * (z[i] as number);
}

/** numpy's `linspace(start, stop, n, endpoint)`: i·step + start, the last point set to stop. */
export function linspace(start: number, stop: number, n: number, endpoint: boolean): Float64Array {
  const out = new Float64Array(n);
  const div = endpoint ? n - 1 : n;
  const step = div > 0 ? (stop - start) / div : NaN;
  for (let i = 0; i < n; i++) out[i] = (div > 0 ? i * step : i * (stop - start)) + start;
  if (endpoint && n > 1) out[n - 1] = stop;
  return out;
}

/** The data set as tensors of `dtype` (float32 rounds each value once). */
export function toDataset<D extends DType>(rows: Rows, dtype: D): { x: Tensor<D>; y: Tensor<D> } {
  const n = rows.y.length;
  const make = (values: Float64Array, shape: number[]): Tensor<D> =>
    new Tensor((dtype === 'float32' ? Float32Array.from(values) : values) as Tensor<D>['data'], shape);
  return { x: make(rows.x, [n, rows.features]), y: make(rows.y, [n]) };
}
