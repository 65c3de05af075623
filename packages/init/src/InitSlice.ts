/**
 * A slice of a weight tensor: the half-open range [start, end) of its **first dimension** in the
 * caller's layout — rows `[start, end)` of `[out, in, ...k]` in the torch layout (output units or
 * channels), and of `[...k, in, out]` in the keras layout (the first kernel dimension, or `in` for a
 * dense `[in, out]` kernel). With `options.slice`, `initialize` returns exactly those rows of the
 * tensor the whole call would return, bit for bit, with shape `[end − start, ...shape[1:]]`; the
 * fans, and so the distribution, are the whole shape's.
 *
 * Why the first dimension: its rows are contiguous in row-major memory, so the slices of a tensor
 * concatenate (and stream to a file) in order; in the torch layout a slice is one contiguous run of
 * the Philox stream (Salmon et al. 2011: element i is a function of (key, i)).
 *
 * @example
 * ```ts
 * const slice: InitSlice = { start: 1000, end: 2000 };
 * initialize([4096, 1024], 'he', { seed: 0, slice }).shape; // [1000, 1024]
 * ```
 */
export interface InitSlice {
  readonly start: number;
  readonly end: number;
}
