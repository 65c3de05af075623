import type { RandomSource } from '@nninit/rng';
import type { DType } from '@nninit/tensor';
import type { InitSlice } from './InitSlice.js';

/**
 * How a weight shape is laid out:
 *
 * - `'torch'` (default): `[out, in, ...receptiveField]` — PyTorch's `nn.Linear.weight` and
 *   `nn.ConvNd.weight`, the course notebook's `W[l]` `(n_l, n_{l−1})`; fanIn = shape[1]·∏shape[2:].
 * - `'keras'`: `[...receptiveField, in, out]` — Keras's, TensorFlow.js's, Flax's and JAX's
 *   kernels (`Dense` `(in, units)`, `Conv2D` `(kh, kw, in, filters)`); fanIn = shape[−2]·∏shape[:−2],
 *   fanOut = shape[−1]·∏shape[:−2], as Keras's `compute_fans`
 *   (`keras/src/initializers/random_initializers.py`).
 *
 * The values of a `'keras'` call are those of the `'torch'` call for the corresponding shape
 * `[out, in, ...k]`, permuted to `[...k, in, out]`, so structured initializers (orthogonal,
 * identity, dirac, delta_orthogonal) keep their meaning in either layout. Rank 0 and 1 shapes
 * are the same in both.
 *
 * @example
 * ```ts
 * const layout: Layout = 'keras';
 * computeFans([3, 3, 32, 64], { layout }); // { fanIn: 288, fanOut: 576 }
 * ```
 */
export type Layout = 'torch' | 'keras';

/**
 * Where the randomness of an initialization comes from, the element type of the result, and the
 * layout of the shape.
 *
 * - `rng`: any {@link RandomSource} — a `philox(seed)` stream, or a numpy-compatible
 *   `RandomState` (then `'random'` and `'he'` with dtype float64 reproduce `np.random.randn(…) ·
 *   scale` bit for bit). The source is consumed: reuse it layer after layer as numpy does.
 * - `seed`: a safe integer (0 and negatives included), meaning `philox(seed)`.
 * - `dtype`: `'float32'` (default) or `'float64'`. Values are computed in float64 and rounded
 *   once, so the two agree to float32 rounding.
 * - `layout`: `'torch'` (default, `[out, in, ...k]`) or `'keras'` (`[...k, in, out]`); see
 *   {@link Layout}.
 * - `slice`: `{ start, end }`, rows [start, end) of the first dimension (see {@link InitSlice}):
 *   the call returns exactly those rows of the whole call's tensor. Accepted by the calls that
 *   draw (`initialize`, `initializeInto`, `initializeParallel`, the named functions); the source is
 *   read at the rows' positions and not moved. `describeDistribution` rejects it.
 *
 * Give `rng` or `seed`, not both. Initializers that draw random numbers require one of them:
 * there is no hidden global seed. Deterministic ones (zeros, ones, constant, identity, dirac)
 * need neither.
 *
 * @example
 * ```ts
 * const options: InitOptions<'float64'> = { seed: 0, dtype: 'float64', layout: 'keras' };
 * ```
 */
export interface InitOptions<D extends DType = DType> {
  readonly rng?: RandomSource | undefined;
  readonly seed?: number | undefined;
  readonly dtype?: D | undefined;
  readonly layout?: Layout | undefined;
  readonly slice?: InitSlice | undefined;
}
