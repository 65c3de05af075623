import type { ConformanceSubject } from './ConformanceSubject.js';

/**
 * The fixed shapes the structured initializers are checked on: square, tall and wide dense
 * matrices and 1-d to 3-d convolution kernels, each within what the family accepts
 * (identity: 2-d; dirac and delta_orthogonal: 3-d to 5-d, delta_orthogonal with out ≥ in and
 * dirac with an even out for groups 2; zero_init: 2-d to 5-d, square, wide and tall, with out a
 * power of two and not; sparse: 2-d).
 *
 * @example
 * ```ts
 * structuredShapes.orthogonal.length; // 8
 * ```
 */
export const structuredShapes: Readonly<
  Record<Exclude<ConformanceSubject['kind'], 'iid'>, readonly (readonly number[])[]>
> = Object.freeze({
  orthogonal: [
    [1, 1],
    [3, 3],
    [8, 3],
    [3, 8],
    [64, 32],
    [32, 64],
    [16, 8, 3, 3],
    [8, 4, 3, 3, 3],
  ],
  delta_orthogonal: [
    [4, 4, 3],
    [8, 4, 3, 3],
    [6, 6, 3, 3, 3],
    [16, 3, 5],
  ],
  identity: [
    [1, 1],
    [4, 4],
    [6, 3],
    [3, 6],
    [50, 20],
  ],
  dirac: [
    [4, 4, 3],
    [4, 2, 3, 3],
    [6, 6, 3, 3],
    [2, 4, 3, 3, 3],
    [8, 8, 5],
  ],
  zero_init: [
    [1, 1],
    [4, 4],
    [3, 6],
    [8, 3],
    [5, 3],
    [4, 2, 3, 3],
    [6, 2, 3],
  ],
  sparse: [
    [10, 20],
    [100, 50],
    [7, 3],
    [256, 64],
  ],
});
