import { allocate } from '@nninit/internal';
import type { RandomSource } from '@nninit/rng';
import { type DType, Tensor } from '@nninit/tensor';
import { permutation } from '../random/permutation.js';
import { validateFinite } from '../validation/validateDataset.js';
import { npCos, npSin } from './numpyTrig.js';
import type { DatasetSettings } from './validateDatasetOptions.js';

/** Rows and labels of a generated data set, in float64, before shuffling and noise. */
export interface Rows {
  /** Row-major [n, features]. */
  x: Float64Array;
  /** [n]. */
  y: Float64Array;
  features: number;
}

/** Zeroed rows for `n` points of `features` coordinates, the size checked before allocating. */
export function emptyRows(fn: string, n: number, features: number): Rows {
  const what = `nSamples = ${n} points of ${features} features`;
  return { x: allocate(fn, what, Float64Array, n * features), y: allocate(fn, what, Float64Array, n), features };
}

/** The number of points of class c when n are split over k classes: the first n mod k get one more. */
export function classSize(n: number, k: number, c: number): number {
  return Math.floor(n / k) + (c < n % k ? 1 : 0);
}

/**
 * Writes `count` points of an arc from row `first` on: for θ = `linspace(0, stop, count,
 * endpoint)`, the point `place(cos θ, sin θ)` with numpy's cos and sin, label `label`.
 */
export function arc(
  rows: Rows,
  first: number,
  count: number,
  stop: number,
  endpoint: boolean,
  label: number,
  place: (cos: number, sin: number) => readonly [number, number],
): void {
  const angles = linspace(0, stop, count, endpoint);
  for (let k = 0; k < count; k++) {
    const t = angles[k] as number;
    const [px, py] = place(npCos(t), npSin(t));
    const row = first + k;
    rows.x[2 * row] = px;
    rows.x[2 * row + 1] = py;
    rows.y[row] = label;
  }
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

/**
 * The last steps every generator shares, in scikit-learn's order of draws: the shuffle (when
 * on), then the coordinate noise (when set and `noiseOnCoordinates`; spirals put their noise on
 * the angle instead), then the tensors of the requested dtype, checked finite.
 */
export function finishRows<D extends DType>(
  fn: string,
  rows: Rows,
  settings: DatasetSettings<D>,
  noiseOnCoordinates: boolean,
): { x: Tensor<D>; y: Tensor<D> } {
  const { rng, shuffle, noise, dtype } = settings;
  let out = rows;
  if (rng !== undefined && shuffle) out = shuffleRows(out, rng);
  if (rng !== undefined && noise !== undefined && noiseOnCoordinates) addNoise(out, noise, rng);
  const data = toDataset(out, dtype);
  // The spreads were bounded up front; a RandomSource of the caller's own could still draw
  // non-finite values, which must not come back as data.
  validateFinite(fn, 'x', data.x, '', 'rng drew non-finite values');
  return data;
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
