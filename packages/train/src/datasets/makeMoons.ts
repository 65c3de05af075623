import type { RandomSource } from '@nninit/rng';
import type { DType } from '@nninit/tensor';
import {
  checkBoolean,
  checkDType,
  checkInteger,
  checkNumber,
  checkOptions,
  checkRandomSource,
} from '../internal/checks.js';
import { addNoise, linspace, type Rows, shuffleRows, toDataset } from '../internal/datasetParts.js';
import { npCos, npSin } from '../internal/numpyTrig.js';
import type { Dataset } from './Dataset.js';

/** Options of {@link makeMoons}. */
export interface MakeMoonsOptions<D extends DType = 'float64'> {
  /** Number of points; the upper moon gets ⌊n/2⌋, the lower one the rest. Default 100. */
  nSamples?: number;
  /** Standard deviation of the Gaussian noise added to every coordinate. Default: no noise. */
  noise?: number;
  /** Shuffle the points (before the noise, as scikit-learn does). Default true. */
  shuffle?: boolean;
  /** Source of the shuffle and the noise; required when either is on. */
  rng?: RandomSource;
  /** Element type of x and y. Default 'float64'. */
  dtype?: D;
}

/**
 * Two interleaving half circles: scikit-learn's `make_moons`, reproduced bit for bit when `rng`
 * is a numpy-compatible `RandomState`.
 *
 * With θ over n points evenly spaced in [0, π] (both ends included): the upper moon
 * (cos θ, sin θ) has label 0, the lower one (1 − cos θ, 1 − sin θ − ½) label 1. Then, as in
 * scikit-learn: shuffle, then x += noise·z, z ~ N(0, 1), row by row.
 *
 * @see scikit-learn, sklearn/datasets/_samples_generator.py, `make_moons`.
 * @example
 * ```ts
 * const { x, y } = makeMoons({ nSamples: 4, shuffle: false });
 * x.toArray(); // [[1, 0], [-1, 1.2246467991473532e-16], [0, 0.5], [2, 0.4999999999999999]]
 * y.toArray(); // [0, 0, 1, 1]
 * ```
 * @throws TypeError for options of the wrong kind, or a missing `rng` when shuffling or noise is on.
 * @throws RangeError for nSamples < 1, or noise < 0 or not finite.
 */
export function makeMoons<D extends DType = 'float64'>(options?: MakeMoonsOptions<D>): Dataset<D> {
  const fn = 'makeMoons';
  const o = checkOptions(fn, options, ['nSamples', 'noise', 'shuffle', 'rng', 'dtype']);
  const n = checkInteger(fn, 'nSamples', o.nSamples ?? 100, 1);
  const noise = o.noise === undefined ? undefined : checkNumber(fn, 'noise', o.noise, 0);
  const shuffle = checkBoolean(fn, 'shuffle', o.shuffle ?? true);
  const dtype = checkDType<D>(fn, o.dtype ?? 'float64');
  const rng = shuffle || noise !== undefined ? checkRandomSource(fn, 'rng', o.rng) : undefined;

  const nOut = Math.floor(n / 2);
  let rows: Rows = { x: new Float64Array(2 * n), y: new Float64Array(n), features: 2 };
  const upper = linspace(0, Math.PI, nOut, true);
  for (let k = 0; k < nOut; k++) {
    const t = upper[k] as number;
    rows.x[2 * k] = npCos(t);
    rows.x[2 * k + 1] = npSin(t);
  }
  const lower = linspace(0, Math.PI, n - nOut, true);
  for (let k = 0; k < n - nOut; k++) {
    const t = lower[k] as number;
    const row = nOut + k;
    rows.x[2 * row] = 1 - npCos(t);
    rows.x[2 * row + 1] = 1 - npSin(t) - 0.5;
    rows.y[row] = 1;
  }
  if (rng !== undefined && shuffle) rows = shuffleRows(rows, rng);
  if (rng !== undefined && noise !== undefined) addNoise(rows, noise, rng);
  return toDataset(rows, dtype);
}
