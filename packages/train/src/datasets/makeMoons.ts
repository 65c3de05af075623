import type { RandomSource } from '@nninit/rng';
import type { DType } from '@nninit/tensor';
import { arc, emptyRows, finishRows } from '../internal/datasets/rows.js';
import { validateDatasetOptions } from '../internal/datasets/validateDatasetOptions.js';
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
 * @throws RangeError for nSamples < 1, or too large to allocate, noise < 0, not finite or so large
 *   the points overflow the dtype, or an unknown option key.
 */
export function makeMoons<D extends DType = 'float64'>(options?: MakeMoonsOptions<D>): Dataset<D> {
  const fn = 'makeMoons';
  const { settings } = validateDatasetOptions<MakeMoonsOptions<D>, D>(
    fn,
    options,
    ['nSamples', 'noise', 'shuffle', 'rng', 'dtype'],
    { nSamples: 100, shuffle: true, rng: 'when-used' },
  );
  const { n } = settings;
  const nOut = Math.floor(n / 2);
  const rows = emptyRows(fn, n, 2);
  arc(rows, 0, nOut, Math.PI, true, 0, (c, s) => [c, s]);
  arc(rows, nOut, n - nOut, Math.PI, true, 1, (c, s) => [1 - c, 1 - s - 0.5]);
  return finishRows(fn, rows, settings, true);
}
