import { allocate, fail, LARGEST_FINITE } from '@nninit/internal';
import type { RandomSource } from '@nninit/rng';
import type { DType, Tensor } from '@nninit/tensor';
import { classSize, emptyRows, finishRows, toDataset } from '../internal/datasets/rows.js';
import { validateDatasetOptions, validateSpread } from '../internal/datasets/validateDatasetOptions.js';
import { validateInteger, validateReal } from '../internal/validation/scalars.js';
import type { Dataset } from './Dataset.js';

/** Options of {@link makeBlobs}. */
export interface MakeBlobsOptions<D extends DType = 'float64'> {
  /** Number of points, split evenly over the centers (the first n mod k get one more). Default 100. */
  nSamples?: number;
  /** Dimension of each point when `centers` is a count. Default 2. */
  nFeatures?: number;
  /** A number of centers drawn uniformly from `centerBox`, or the centers themselves. Default 3. */
  centers?: number | readonly (readonly number[])[];
  /** Standard deviation of every blob, or one per center. Default 1. */
  clusterStd?: number | readonly number[];
  /** Bounds [low, high) of each coordinate of a random center. Default [-10, 10]. */
  centerBox?: readonly [number, number];
  /** Shuffle the points. Default true. */
  shuffle?: boolean;
  /** Source of the centers, the points and the shuffle. */
  rng: RandomSource;
  /** Element type of x, y and centers. Default 'float64'. */
  dtype?: D;
}

/**
 * Isotropic Gaussian blobs, one class per blob: scikit-learn's `make_blobs`, reproduced bit for
 * bit when `rng` is a numpy-compatible `RandomState`.
 *
 * Random centers cₖ ~ U[low, high)^d (numpy's `uniform`: low + (high − low)·u); then blob k's
 * points are cₖ + σₖ·z, z ~ N(0, I), blob after blob, label k; then an optional shuffle.
 *
 * @see scikit-learn, sklearn/datasets/_samples_generator.py, `make_blobs`.
 * @example
 * ```ts
 * const { x, y, centers } = makeBlobs({ nSamples: 6, centers: [[0, 0], [5, 5]], clusterStd: 0, shuffle: false, rng: philox(0) });
 * x.toArray(); // [[0, 0], [0, 0], [0, 0], [5, 5], [5, 5], [5, 5]]
 * y.toArray(); // [0, 0, 0, 1, 1, 1]
 * ```
 * @throws TypeError for options of the wrong kind or a missing `rng`.
 * @throws RangeError for counts < 1, a negative or non-finite std, ragged or non-finite centers,
 *   a clusterStd array whose length is not the number of centers, an empty or infinitely wide
 *   centerBox, a spread that would overflow the dtype, sizes too large to allocate, or an
 *   unknown option key.
 */
export function makeBlobs<D extends DType = 'float64'>(
  options: MakeBlobsOptions<D>,
): Dataset<D> & { centers: Tensor<D> } {
  const fn = 'makeBlobs';
  const { o, settings } = validateDatasetOptions<MakeBlobsOptions<D>, D>(
    fn,
    options,
    ['nSamples', 'nFeatures', 'centers', 'clusterStd', 'centerBox', 'shuffle', 'rng', 'dtype'],
    { nSamples: 100, shuffle: true, rng: 'always' },
  );
  const { n, dtype } = settings;
  const rng = settings.rng as RandomSource; // present: validated with rng: 'always'
  const spec = o.centers ?? 3;
  const box = o.centerBox ?? [-10, 10];
  if (!Array.isArray(box) || box.length !== 2) throw fail(TypeError, fn, 'centerBox', '[low, high]', box);
  const low = validateReal(fn, 'centerBox[0]', box[0]);
  const high = validateReal(fn, 'centerBox[1]', box[1]);
  if (!(low < high)) throw fail(RangeError, fn, 'centerBox', '[low, high] with low < high', [low, high]);
  if (!Number.isFinite(high - low))
    throw fail(RangeError, fn, 'centerBox', '[low, high] with a finite width high − low', [low, high]);

  let k: number, d: number, centers: Float64Array;
  if (typeof spec === 'number') {
    k = validateInteger(fn, 'centers', spec, 1);
    d = validateInteger(fn, 'nFeatures', o.nFeatures ?? 2, 1);
    centers = allocate(fn, `${k} centers of ${d} features`, Float64Array, k * d);
  } else {
    if (!Array.isArray(spec) || spec.length === 0)
      throw fail(TypeError, fn, 'centers', 'a count or a non-empty array of points', spec);
    k = spec.length;
    d = Array.isArray(spec[0]) ? spec[0].length : 0;
    centers = new Float64Array(k * d);
    spec.forEach((c, i) => {
      if (!Array.isArray(c) || c.length !== d || d === 0)
        throw fail(RangeError, fn, `centers[${i}]`, `an array of ${d || 'at least 1'} numbers`, c);
      c.forEach((v, j) => (centers[i * d + j] = validateReal(fn, `centers[${i}][${j}]`, v)));
    });
  }
  const stdSpec = o.clusterStd ?? 1;
  if (typeof stdSpec === 'number') validateReal(fn, 'clusterStd', stdSpec, 0);
  else if (!Array.isArray(stdSpec) || stdSpec.length !== k)
    throw fail(RangeError, fn, 'clusterStd', `a number or an array of ${k} numbers`, stdSpec);
  else stdSpec.forEach((s, i) => validateReal(fn, `clusterStd[${i}]`, s, 0));
  const reach = typeof spec === 'number' ? Math.max(-low, high) : centers.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  if (!(reach <= LARGEST_FINITE[dtype])) throw fail(RangeError, fn, 'centers', `finite in ${dtype}`, reach);
  validateSpread(
    fn,
    'clusterStd',
    typeof stdSpec === 'number' ? stdSpec : stdSpec.reduce((m, v) => Math.max(m, v), 0),
    reach,
    dtype,
  );
  const rows = emptyRows(fn, n, d);
  if (typeof spec === 'number') {
    rng.fillUniform(centers);
    for (let i = 0; i < centers.length; i++) centers[i] = low + (high - low) * (centers[i] as number);
  }

  const z = new Float64Array(n * d);
  for (let c = 0, row = 0; c < k; c++) {
    const count = classSize(n, k, c);
    const block = z.subarray(row * d, (row + count) * d);
    rng.fillNormal(block);
    const std = (typeof stdSpec === 'number' ? stdSpec : stdSpec[c]) as number;
    for (let i = 0; i < block.length; i++)
      rows.x[row * d + i] = (centers[c * d + (i % d)] as number) + std * (block[i] as number);
    rows.y.fill(c, row, row + count);
    row += count;
  }
  return {
    ...finishRows(fn, rows, settings, false),
    centers: toDataset({ x: centers, y: new Float64Array(k), features: d }, dtype).x,
  };
}
