/**
 * The distribution an initializer declares for its samples. The four i.i.d. families are plain
 * data in exactly the form @nninit/verify's `toDistribution(spec)`, `checkSamples` and conformance
 * harness accept, so init never imports verify:
 *
 * - `normal`: N(mean, std²);
 * - `uniform`: U[low, high);
 * - `truncated_normal`: N(mean, std²) conditioned on [low, high] — absolute bounds, and `std` is
 *   the parent normal's (the variance is smaller than std²);
 * - `constant`: every element equals `value`.
 *
 * @example
 * ```ts
 * const spec: IidDistribution = { family: 'normal', mean: 0, std: 0.125 };
 * ```
 */
export type IidDistribution =
  | { readonly family: 'normal'; readonly mean: number; readonly std: number }
  | { readonly family: 'uniform'; readonly low: number; readonly high: number }
  | {
      readonly family: 'truncated_normal';
      readonly mean: number;
      readonly std: number;
      readonly low: number;
      readonly high: number;
    }
  | { readonly family: 'constant'; readonly value: number };

/**
 * The declared result of an initializer whose elements are not i.i.d.; each is checked by exact
 * structural tests rather than a goodness-of-fit test.
 *
 * - `orthogonal`: the `rows × cols` matrix (rows = shape[0], cols = the product of the rest) is
 *   gain·Q with Q Haar-distributed with orthonormal columns (rows ≥ cols: QᵀQ = I) or rows
 *   (rows < cols: QQᵀ = I). Saxe et al. 2014.
 * - `delta_orthogonal`: zero except at the kernel centre `center`, where the `[shape[0],
 *   shape[1]]` slice is such an orthogonal matrix. Xiao et al. 2018.
 * - `identity`: gain on the main diagonal of a `rows × cols` matrix, 0 elsewhere.
 * - `dirac`: 1 at `[g·(out/groups) + d, d, ...center]` for d < min(out/groups, in), 0 elsewhere.
 * - `zero_init`: the ZerO matrix W over (out, in) = (`rows`, `cols`) — I_{rows×cols} when
 *   rows ≤ cols, else the top-left block of the Sylvester Hadamard matrix H_p over √p,
 *   p = 2^⌈log₂ rows⌉ — at the kernel centre `center` (empty for a matrix), zeros elsewhere.
 *   Zhao, Schäfer & Anandkumar 2022, Algorithm 1.
 * - `sparse`: exactly `zerosPerColumn` zeros in each of the `cols` columns, at uniformly random
 *   rows; the other elements i.i.d. `nonzero`. Martens 2010.
 *
 * @example
 * ```ts
 * const d: StructuredDistribution = { family: 'orthogonal', gain: 1, rows: 4, cols: 3 };
 * ```
 */
export type StructuredDistribution =
  | { readonly family: 'orthogonal'; readonly gain: number; readonly rows: number; readonly cols: number }
  | {
      readonly family: 'delta_orthogonal';
      readonly gain: number;
      readonly rows: number;
      readonly cols: number;
      readonly center: readonly number[];
    }
  | { readonly family: 'identity'; readonly gain: number; readonly rows: number; readonly cols: number }
  | { readonly family: 'dirac'; readonly groups: number; readonly center: readonly number[] }
  | {
      readonly family: 'zero_init';
      readonly rows: number;
      readonly cols: number;
      readonly center: readonly number[];
    }
  | {
      readonly family: 'sparse';
      readonly rows: number;
      readonly cols: number;
      readonly zerosPerColumn: number;
      readonly nonzero: IidDistribution;
    };

/**
 * What {@link describeDistribution} returns: an i.i.d. {@link IidDistribution} or a
 * {@link StructuredDistribution}.
 *
 * @example
 * ```ts
 * const d: InitDistribution = { family: 'constant', value: 0 };
 * ```
 */
export type InitDistribution = IidDistribution | StructuredDistribution;
