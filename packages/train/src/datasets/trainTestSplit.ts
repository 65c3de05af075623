import { fail } from '@nninit/internal';
import type { RandomSource } from '@nninit/rng';
import { type DType, Tensor } from '@nninit/tensor';
import { permutation } from '../internal/random/permutation.js';
import {
  validateBoolean,
  validateOptionsObject,
  validateRandomSource,
  validateReal,
} from '../internal/validation/scalars.js';
import { validateDataset } from '../internal/validation/validateDataset.js';
import type { Dataset } from './Dataset.js';

/** Options of {@link trainTestSplit}. */
export interface TrainTestSplitOptions {
  /** Fraction of the examples in (0, 1), or their number (an integer ≥ 1), held out for testing. Default 0.25. */
  testSize?: number;
  /** Shuffle before splitting. Default true. */
  shuffle?: boolean;
  /** Source of the shuffle; required when shuffling. */
  rng?: RandomSource;
}

/**
 * Splits a data set into a training and a test part: scikit-learn's `train_test_split`,
 * reproduced exactly when `rng` is a numpy-compatible `RandomState`.
 *
 * nTest = ⌈testSize·n⌉ for a fraction (or testSize itself for a count), nTrain = n − nTest.
 * With shuffling, p = `rng.permutation(n)`: the test part is rows p[0..nTest), the training
 * part rows p[nTest..n), in that order; without, the training part is the first nTrain rows.
 *
 * @see scikit-learn, sklearn/model_selection/_split.py, `train_test_split` and `ShuffleSplit`.
 * @example
 * ```ts
 * const data = { x: tensor([[0], [1], [2], [3]]), y: tensor([0, 1, 2, 3]) };
 * const { train, test } = trainTestSplit(data, { shuffle: false });
 * train.y.toArray(); // [0, 1, 2]
 * test.y.toArray();  // [3]
 * ```
 * @throws TypeError for a malformed data set, options of the wrong kind, or a missing `rng` when shuffling.
 * @throws RangeError for a testSize that is neither a fraction in (0, 1) nor an integer count, or
 *   leaves either part empty; NaN or infinite data; an unknown option key.
 */
export function trainTestSplit<D extends DType>(
  data: Dataset<D>,
  options?: TrainTestSplitOptions,
): { train: Dataset<D>; test: Dataset<D> } {
  const fn = 'trainTestSplit';
  const { x, y, n } = validateDataset<D>(fn, data);
  const o = validateOptionsObject(fn, options, ['testSize', 'shuffle', 'rng']);
  const size = validateReal(fn, 'testSize', o.testSize ?? 0.25, 0);
  const nTest = size < 1 ? Math.ceil(size * n) : size;
  if (!Number.isInteger(nTest) || nTest < 1 || nTest >= n) {
    // Two domains share one option (scikit-learn's): name both, and the data set's size.
    throw fail(
      RangeError,
      fn,
      'testSize',
      `a fraction in (0, 1) or an integer count in [1, ${n - 1}] that leaves both parts of the ${n} examples non-empty`,
      size,
    );
  }
  const shuffle = validateBoolean(fn, 'shuffle', o.shuffle ?? true);
  // Without shuffling the test part is the last nTest rows: order = [n − nTest, …, n − 1, 0, …].
  const order = shuffle
    ? permutation(validateRandomSource(fn, 'rng', o.rng), n)
    : Int32Array.from({ length: n }, (_, i) => (i + n - nTest) % n);
  const take = (t: Tensor<D>, rows: Int32Array): Tensor<D> => {
    const width = t.size / n;
    const out = new (t.data.constructor as Float64ArrayConstructor)(rows.length * width);
    rows.forEach((r, i) => out.set(t.data.subarray(r * width, (r + 1) * width), i * width));
    return new Tensor(out as Tensor<D>['data'], [rows.length, ...t.shape.slice(1)]);
  };
  const testRows = order.subarray(0, nTest);
  const trainRows = order.subarray(nTest);
  return {
    train: { x: take(x, trainRows), y: take(y, trainRows) },
    test: { x: take(x, testRows), y: take(y, testRows) },
  };
}
