import { initializerFunction } from './internal/initializerFunction.js';

/**
 * Sparse initialization of a 2-D weight `[rows, cols]`: every element N(0, std²) (`std` default
 * 0.01), then in each column exactly ⌈sparsity·rows⌉ rows, chosen uniformly without
 * replacement, set to 0 (`sparsity` in [0, 1], required). PyTorch's `sparse_`, except that the
 * count is taken at 15 significant digits: sparsity 0.07 of 100 rows zeroes 7 rows, not 8.
 *
 * Reference: Martens 2010, "Deep learning via Hessian-free optimization", §5 (sparse
 * initialization).
 *
 * @example
 * ```ts
 * const w = sparse([10, 4], { sparsity: 0.3, seed: 0 });
 * [0, 1, 2, 3].map((c) => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((r) => w.get(r, c) === 0).length); // [3, 3, 3, 3]
 * ```
 */
export const sparse = initializerFunction('sparse', 'sparse');
