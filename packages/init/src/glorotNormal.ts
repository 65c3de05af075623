import { initializerFunction } from './internal/initializerFunction.js';

/**
 * Glorot (Xavier) normal initialization: i.i.d. N(0, σ²) with
 *
 * σ = gain·√(2/(fanIn + fanOut)),  `gain` default 1.
 *
 * Untruncated, as PyTorch's `xavier_normal_` (Keras's `glorot_normal` is truncated: use
 * {@link varianceScaling} with `mode: 'fan_avg'`). Registry names `'glorot_normal'`, `'xavier'`,
 * `'xavier_normal'`.
 *
 * Reference: Glorot & Bengio 2010, "Understanding the difficulty of training deep feedforward
 * neural networks", eq. 12.
 *
 * @example
 * ```ts
 * glorotNormal([300, 100], { seed: 0 }).shape; // [300, 100], σ = √(2/400) = 0.07071067811865475
 * ```
 */
export const glorotNormal = initializerFunction('glorotNormal', 'glorot_normal');
