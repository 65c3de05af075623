import type { DType } from '../DType.js';
import type { Tensor } from '../Tensor.js';

/**
 * Options every reduction ({@link sum}, {@link mean}, {@link variance}, {@link min},
 * {@link max}, {@link argmax}) takes.
 *
 * @example
 * ```ts
 * const options: ReduceOptions<'float32'> = { axis: 0, keepDims: true };
 * ```
 */
export interface ReduceOptions<D extends DType = DType> {
  /** The axis to reduce (negative counts from the end); omitted: every element. */
  axis?: number | undefined;
  /** Keep the reduced axis as a dimension of length 1 (numpy `keepdims`). Default false. */
  keepDims?: boolean | undefined;
  /** Where to write the result (its shape and dtype); must not overlap x. */
  out?: Tensor<D> | undefined;
}
