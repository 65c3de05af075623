import type { RandomSource } from '@nninit/rng';
import type { DType } from '@nninit/tensor';
import { arc, emptyRows, finishRows } from '../internal/datasets/rows.js';
import { validateDatasetOptions } from '../internal/datasets/validateDatasetOptions.js';
import { validateReal } from '../internal/validation/scalars.js';
import type { Dataset } from './Dataset.js';

/** Options of {@link makeCircles}. */
export interface MakeCirclesOptions<D extends DType = 'float64'> {
  /** Number of points; the outer circle gets ⌊n/2⌋, the inner one the rest. Default 100. */
  nSamples?: number;
  /** Standard deviation of the Gaussian noise added to every coordinate. Default: no noise. */
  noise?: number;
  /** Radius of the inner circle (the outer one has radius 1), in [0, 1). Default 0.8. */
  factor?: number;
  /** Shuffle the points (before the noise, as scikit-learn does). Default true. */
  shuffle?: boolean;
  /** Source of the shuffle and the noise; required when either is on. */
  rng?: RandomSource;
  /** Element type of x and y. Default 'float64'. */
  dtype?: D;
}

/**
 * Two concentric circles, a data set no linear classifier separates: scikit-learn's
 * `make_circles`, reproduced bit for bit when `rng` is a numpy-compatible `RandomState`.
 *
 * Point k of a circle with n points is (r·cos θₖ, r·sin θₖ), θₖ = k·2π/n (no endpoint);
 * outer circle r = 1, label 0; inner circle r = factor, label 1. Then, in scikit-learn's order
 * of draws: shuffle (`rng.shuffle` of the row indices), then x += noise·z, z ~ N(0, 1),
 * row by row. The course notebook's data: `np.random.seed(1); make_circles(n_samples=300,
 * noise=.05)`, i.e. `makeCircles({ nSamples: 300, noise: 0.05, rng: new RandomState(1) })`.
 *
 * @see scikit-learn, sklearn/datasets/_samples_generator.py, `make_circles`.
 * @example
 * ```ts
 * const { x, y } = makeCircles({ nSamples: 300, noise: 0.05, rng: new RandomState(1) });
 * x.shape;            // [300, 2]
 * x.toArray()[0];     // [-0.07741354010048114, 0.8526022642742742], as sklearn after np.random.seed(1)
 * y.get(0);           // 1
 * ```
 * @throws TypeError for options of the wrong kind, or a missing `rng` when shuffling or noise is on.
 * @throws RangeError for nSamples < 1 or too large to allocate, noise < 0, not finite or so
 *   large the points overflow the dtype, factor outside [0, 1), or an unknown option key.
 */
export function makeCircles<D extends DType = 'float64'>(options?: MakeCirclesOptions<D>): Dataset<D> {
  const fn = 'makeCircles';
  const { o, settings } = validateDatasetOptions<MakeCirclesOptions<D>, D>(
    fn,
    options,
    ['nSamples', 'noise', 'factor', 'shuffle', 'rng', 'dtype'],
    { nSamples: 100, shuffle: true, rng: 'when-used' },
  );
  const factor = validateReal(fn, 'factor', o.factor ?? 0.8, 0, 1, true);
  const { n } = settings;
  const nOut = Math.floor(n / 2);
  const rows = emptyRows(fn, n, 2);
  // (cos θ·r, sin θ·r); the outer circle's r = 1 leaves cos θ exact.
  const circle =
    (r: number) =>
    (c: number, s: number): readonly [number, number] => [c * r, s * r];
  arc(rows, 0, nOut, 2 * Math.PI, false, 0, circle(1));
  arc(rows, nOut, n - nOut, 2 * Math.PI, false, 1, circle(factor));
  return finishRows(fn, rows, settings, true);
}
