import { initializerFunction } from './internal/initializerFunction.js';

/**
 * Glorot (Xavier) uniform initialization: i.i.d. U[−bound, bound) with
 *
 * bound = gain·√(6/(fanIn + fanOut)),  variance gain²·2/(fanIn + fanOut),  `gain` default 1.
 *
 * PyTorch's `xavier_uniform_`, Keras's `glorot_uniform` (Keras's default initializer). Registry
 * names `'glorot_uniform'`, `'xavier_uniform'`.
 *
 * Reference: Glorot & Bengio 2010, "Understanding the difficulty of training deep feedforward
 * neural networks", eq. 16 (the "normalized initialization").
 *
 * @example
 * ```ts
 * const w = glorotUniform([4, 2], { seed: 0 });
 * w.data.every((x) => Math.abs(x) < 1); // true: bound = √(6/6) = 1
 * ```
 */
export const glorotUniform = initializerFunction('glorotUniform', 'glorot_uniform');
