/**
 * The data sets `--dataset` accepts (all two-dimensional, so decision boundaries can be drawn).
 *
 * @example
 * ```ts
 * const name: DatasetName = 'circles';
 * ```
 */
export type DatasetName = 'circles' | 'moons' | 'spirals' | 'xor' | 'blobs';
