import { initializerFunction } from './internal/initializerFunction.js';

/**
 * ZerO initialization of a matrix [out, in] or a conv kernel [out, in, ...kernel] (2 to 5
 * dimensions), deterministic. With m = out and n = in: m ≤ n gives the partial identity I_{m×n};
 * m > n gives the top-left m × n block of the Sylvester Hadamard matrix H_p over √p,
 * p = 2^⌈log₂ m⌉, as the authors' code builds it. A conv kernel is zero except at its centre tap
 * ⌊k/2⌋, which holds that matrix (the authors' reading of their Algorithm 2).
 *
 * Reference: Zhao, Schäfer & Anandkumar 2022, "ZerO Initialization: Initializing Neural Networks
 * with only Zeros and Ones", Algorithm 1; jiaweizzhao/ZerO-initialization.
 *
 * @example
 * ```ts
 * zeroInit([3, 2]).toArray(); // [[0.5, 0.5], [0.5, -0.5], [0.5, 0.5]]
 * ```
 */
export const zeroInit = initializerFunction('zeroInit', 'zero_init');
