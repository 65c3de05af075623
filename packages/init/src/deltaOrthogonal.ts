import { initializerFunction } from './internal/initializerFunction.js';

/**
 * Delta-orthogonal initialization of a conv kernel `[out, in, ...kernel]` (3 to 5 dimensions,
 * out ≥ in): zero everywhere except the kernel centre (⌊kᵢ/2⌋ in each spatial dimension), where
 * the `[out, in]` slice is gain·Q with orthonormal columns, Q as in {@link orthogonal}. The
 * convolution is then norm-preserving at initialization, which lets very deep CNNs train.
 * `gain` > 0 default 1 (JAX's `scale`).
 *
 * Reference: Xiao, Bahri, Sohl-Dickstein, Schoenholz & Pennington 2018, "Dynamical isometry and a
 * mean field theory of CNNs", Algorithm 1; jax.nn.initializers.delta_orthogonal.
 *
 * @example
 * ```ts
 * const w = deltaOrthogonal([4, 2, 3, 3], { seed: 0 });
 * w.get(0, 0, 0, 0); // 0: only the centre [o, i, 1, 1] is non-zero
 * ```
 */
export const deltaOrthogonal = initializerFunction('deltaOrthogonal', 'delta_orthogonal');
