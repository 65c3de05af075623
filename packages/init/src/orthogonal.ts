import { initializerFunction } from './internal/initializerFunction.js';

/**
 * Orthogonal initialization: the `rows × cols` flattening (rows = shape[0], cols = the product of
 * the rest) is gain·Q, Q uniformly (Haar) distributed with orthonormal columns when rows ≥ cols
 * (QᵀQ = I) or orthonormal rows when rows < cols (QQᵀ = I). `gain` default 1, any finite number (negative gives −|gain|·Q, 0 zeros).
 *
 * Q comes from the Householder QR decomposition A = QR of a rows × cols standard-normal matrix
 * (transposed when wide), each column multiplied by sign(Rᵢᵢ): PyTorch's `orthogonal_` step for
 * step, so with a `RandomState` it reproduces numpy's `np.linalg.qr` recipe to 1e-12. A zero
 * Rᵢᵢ (probability 0) counts as +1, where PyTorch's `sign` would zero the column.
 *
 * Reference: Saxe, McClelland & Ganguli 2014, "Exact solutions to the nonlinear dynamics of
 * learning in deep linear neural networks", §3; Mezzadri 2007, "How to generate random matrices
 * from the classical compact groups", §5 (the sign correction).
 *
 * @example
 * ```ts
 * const q = orthogonal([2, 2], { rng: new RandomState(3), dtype: 'float64' });
 * q.get(0, 0) ** 2 + q.get(1, 0) ** 2; // 1 (to 1e-15): unit columns
 * ```
 */
export const orthogonal = initializerFunction('orthogonal', 'orthogonal');
