import type { RandomSource } from '@nninit/rng';
import type { DType } from '@nninit/tensor';
import { npCos, npSin } from '../internal/datasets/numpyTrig.js';
import { classSize, emptyRows, finishRows, linspace } from '../internal/datasets/rows.js';
import { validateDatasetOptions } from '../internal/datasets/validateDatasetOptions.js';
import { validateInteger } from '../internal/validation/scalars.js';
import type { Dataset } from './Dataset.js';

/** Options of {@link makeSpirals}. */
export interface MakeSpiralsOptions<D extends DType = 'float64'> {
  /** Number of points, split evenly over the arms (the first n mod k get one more). Default 300. */
  nSamples?: number;
  /** Number of arms, one class each. Default 3. */
  nClasses?: number;
  /** Standard deviation of the Gaussian noise on each point's angle, in radians. Default 0.2. */
  noise?: number;
  /** Shuffle the points after generating them. Default true. */
  shuffle?: boolean;
  /** Source of the angle noise and the shuffle. */
  rng: RandomSource;
  /** Element type of x and y. Default 'float64'. */
  dtype?: D;
}

/**
 * Interleaved spiral arms, the classic non-linear multi-class problem of Stanford's CS231n
 * ("Putting it together: minimal neural network case study"), reproduced bit for bit when `rng`
 * is a numpy-compatible `RandomState`.
 *
 * Arm k of N points: radius rᵢ evenly spaced in [0, 1], angle tᵢ evenly spaced in [4k, 4k + 4]
 * plus noise·zᵢ (z ~ N(0, 1), drawn arm by arm), point (r·sin t, r·cos t), label k. Then an
 * optional shuffle (CS231n does not shuffle: pass `shuffle: false` for its exact layout).
 *
 * @see A. Karpathy, CS231n course notes, "neural-networks-case-study" (2016).
 * @example
 * ```ts
 * const { x, y } = makeSpirals({ nSamples: 300, rng: new RandomState(0) });
 * x.shape; // [300, 2]
 * new Set(y.toArray() as number[]).size; // 3
 * ```
 * @throws TypeError for options of the wrong kind or a missing `rng`.
 * @throws RangeError for nSamples or nClasses < 1, or too large to allocate, noise < 0, not finite or so large
 *   the points overflow the dtype, or an unknown option key.
 */
export function makeSpirals<D extends DType = 'float64'>(options: MakeSpiralsOptions<D>): Dataset<D> {
  const fn = 'makeSpirals';
  const { o, settings } = validateDatasetOptions<MakeSpiralsOptions<D>, D>(
    fn,
    options,
    ['nSamples', 'nClasses', 'noise', 'shuffle', 'rng', 'dtype'],
    { nSamples: 300, noise: 0.2, shuffle: true, rng: 'always', noiseOn: 'angles' },
  );
  const k = validateInteger(fn, 'nClasses', o.nClasses ?? 3, 1);
  const { n } = settings;
  const rng = settings.rng as RandomSource; // present: validated with rng: 'always'
  const noise = settings.noise as number;
  const rows = emptyRows(fn, n, 2);
  for (let c = 0, row = 0; c < k; c++) {
    const count = classSize(n, k, c);
    const radius = linspace(0, 1, count, true);
    const angle = linspace(4 * c, 4 * (c + 1), count, true);
    const z = new Float64Array(count);
    rng.fillNormal(z);
    for (let i = 0; i < count; i++, row++) {
      const t = (angle[i] as number) + (z[i] as number) * noise;
      rows.x[2 * row] = (radius[i] as number) * npSin(t);
      rows.x[2 * row + 1] = (radius[i] as number) * npCos(t);
      rows.y[row] = c;
    }
  }
  return finishRows(fn, rows, settings, false);
}
