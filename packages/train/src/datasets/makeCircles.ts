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
 * @throws RangeError for nSamples < 1, noise < 0 or not finite, factor outside [0, 1).
 */
export function makeCircles<D extends DType = 'float64'>(options?: MakeCirclesOptions<D>): Dataset<D> {
  const fn = 'makeCircles';
  const o = checkOptions(fn, options, ['nSamples', 'noise', 'factor', 'shuffle', 'rng', 'dtype']);
  const n = checkInteger(fn, 'nSamples', o.nSamples ?? 100, 1);
  const noise = o.noise === undefined ? undefined : checkNumber(fn, 'noise', o.noise, 0);
  const factor = checkNumber(fn, 'factor', o.factor ?? 0.8, 0, 1, true);
  const shuffle = checkBoolean(fn, 'shuffle', o.shuffle ?? true);
  const dtype = checkDType<D>(fn, o.dtype ?? 'float64');
  const rng = shuffle || noise !== undefined ? checkRandomSource(fn, 'rng', o.rng) : undefined;

  const nOut = Math.floor(n / 2);
  let rows: Rows = { x: new Float64Array(2 * n), y: new Float64Array(n), features: 2 };
  const circle = (count: number, radius: number, first: number, label: number): void => {
    const angles = linspace(0, 2 * Math.PI, count, false);
    for (let k = 0; k < count; k++) {
      const t = angles[k] as number;
      const row = first + k;
      rows.x[2 * row] = npCos(t) * radius; // the outer circle's 1·cos θ is cos θ exactly
      rows.x[2 * row + 1] = npSin(t) * radius;
      rows.y[row] = label;
    }
  };
  circle(nOut, 1, 0, 0);
  circle(n - nOut, factor, nOut, 1);
  if (rng !== undefined && shuffle) rows = shuffleRows(rows, rng);
  if (rng !== undefined && noise !== undefined) addNoise(rows, noise, rng);
  return toDataset(rows, dtype);
}
