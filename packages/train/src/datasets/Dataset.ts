import type { DType, Tensor } from '@nninit/tensor';

/**
 * A labelled data set, examples in rows (scikit-learn's convention): `x` has shape
 * [nSamples, nFeatures] and `y` has shape [nSamples] (class labels 0, 1, … stored as numbers,
 * or one regression target per example) or [nSamples, nOutputs].
 *
 * The course notebook stores the transpose (features × examples); the trainer does the same
 * internally, but every public function takes and returns examples in rows.
 *
 * @example
 * ```ts
 * const data: Dataset = { x: tensor([[0, 0], [1, 1]]), y: tensor([0, 1]) };
 * data.x.shape; // [2, 2]
 * ```
 */
export interface Dataset<D extends DType = DType> {
  /** Features, shape [nSamples, nFeatures]. */
  readonly x: Tensor<D>;
  /** Labels or targets, shape [nSamples] or [nSamples, nOutputs]. */
  readonly y: Tensor<D>;
}
