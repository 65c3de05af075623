import type { RandomSource } from '@nninit/rng';
import type { DType } from '@nninit/tensor';

/**
 * Where the randomness of an initialization comes from, and the element type of the result.
 *
 * - `rng`: any {@link RandomSource} — a `philox(seed)` stream, or a numpy-compatible
 *   `RandomState` (then `'random'` and `'he'` with dtype float64 reproduce `np.random.randn(…) ·
 *   scale` bit for bit). The source is consumed: reuse it layer after layer as numpy does.
 * - `seed`: a safe integer (0 and negatives included), meaning `philox(seed)`.
 * - `dtype`: `'float32'` (default) or `'float64'`. Values are computed in float64 and rounded
 *   once, so the two agree to float32 rounding.
 *
 * Give `rng` or `seed`, not both. Initializers that draw random numbers require one of them:
 * there is no hidden global seed. Deterministic ones (zeros, ones, constant, identity, dirac)
 * need neither.
 *
 * @example
 * ```ts
 * const options: InitOptions<'float64'> = { seed: 0, dtype: 'float64' };
 * ```
 */
export interface InitOptions<D extends DType = DType> {
  readonly rng?: RandomSource | undefined;
  readonly seed?: number | undefined;
  readonly dtype?: D | undefined;
}
