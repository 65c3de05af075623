import { initializerFunction } from './internal/initializerFunction.js';

/**
 * Dirac initialization of a conv kernel `[out, in, ...kernel]` (3 to 5 dimensions): the identity
 * convolution. In each of `groups` groups g (default 1; must divide out) and for
 * d < min(out/groups, in), the weight at [g·(out/groups) + d, d, ⌊k₁/2⌋, …] is 1, all others 0,
 * so the layer copies its first input channels through. Deterministic: needs no rng.
 *
 * Reference: torch.nn.init.dirac_; Zagoruyko & Komodakis 2017, "DiracNets".
 *
 * @example
 * ```ts
 * dirac([2, 2, 3]).toArray(); // [[[0, 1, 0], [0, 0, 0]], [[0, 0, 0], [0, 1, 0]]]
 * ```
 */
export const dirac = initializerFunction('dirac', 'dirac');
