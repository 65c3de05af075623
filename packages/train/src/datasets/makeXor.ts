import type { RandomSource } from '@nninit/rng';
import type { DType } from '@nninit/tensor';
import { emptyRows, finishRows } from '../internal/datasets/rows.js';
import { validateDatasetOptions } from '../internal/datasets/validateDatasetOptions.js';
import type { Dataset } from './Dataset.js';

/** Options of {@link makeXor}. */
export interface MakeXorOptions<D extends DType = 'float64'> {
  /** Number of points. Default 200. */
  nSamples?: number;
  /** Standard deviation of Gaussian noise added to every coordinate after labelling. Default: none. */
  noise?: number;
  /** Source of the points and the noise. */
  rng: RandomSource;
  /** Element type of x and y. Default 'float64'. */
  dtype?: D;
}

/**
 * The XOR problem (Minsky & Papert 1969), the smallest task a single linear unit cannot learn:
 * points uniform in the square [−1, 1)², label 1 when the two coordinates have opposite signs
 * (x₁ > 0 XOR x₂ > 0), else 0.
 *
 * Draw order, for numpy reproduction with a `RandomState`: x = `rs.uniform(-1, 1, (n, 2))`
 * (−1 + 2u, row by row), labels from these clean points, then, if `noise` is set,
 * x += `rs.normal(scale=noise, size=(n, 2))`, so noise can carry points across the axes.
 *
 * @see M. Minsky & S. Papert, "Perceptrons" (1969).
 * @example
 * ```ts
 * const { x, y } = makeXor({ nSamples: 1000, rng: philox(0) });
 * const i = 0;
 * y.get(i) === ((x.get(i, 0) > 0) !== (x.get(i, 1) > 0) ? 1 : 0); // true
 * ```
 * @throws TypeError for options of the wrong kind or a missing `rng`.
 * @throws RangeError for nSamples < 1, or too large to allocate, noise < 0, not finite or so large
 *   the points overflow the dtype, or an unknown option key.
 */
export function makeXor<D extends DType = 'float64'>(options: MakeXorOptions<D>): Dataset<D> {
  const fn = 'makeXor';
  const { settings } = validateDatasetOptions<MakeXorOptions<D>, D>(
    fn,
    options,
    ['nSamples', 'noise', 'rng', 'dtype'],
    {
      nSamples: 200,
      rng: 'always',
    },
  );
  const { n } = settings;
  const rng = settings.rng as RandomSource; // present: validated with rng: 'always'
  const rows = emptyRows(fn, n, 2);
  rng.fillUniform(rows.x);
  for (let i = 0; i < rows.x.length; i++) rows.x[i] = -1 + 2 * (rows.x[i] as number);
  for (let i = 0; i < n; i++) rows.y[i] = (rows.x[2 * i] as number) > 0 !== (rows.x[2 * i + 1] as number) > 0 ? 1 : 0;
  return finishRows(fn, rows, settings, true);
}
