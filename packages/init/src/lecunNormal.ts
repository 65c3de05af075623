import { initializerFunction } from './internal/initializerFunction.js';

/**
 * LeCun normal initialization: i.i.d. N(0, σ²) with σ = 1/√fanIn = √(1/fanIn); the
 * initialization SELU networks assume.
 *
 * Untruncated (Keras's and JAX's `lecun_normal` are truncated: use {@link varianceScaling} with
 * its defaults). Registry name `'lecun_normal'`.
 *
 * Reference: LeCun, Bottou, Orr & Müller 1998, "Efficient BackProp", §4.6.
 *
 * @example
 * ```ts
 * lecunNormal([10, 4], { seed: 0 }).size; // 40, σ = √(1/4) = 0.5
 * ```
 */
export const lecunNormal = initializerFunction('lecunNormal', 'lecun_normal');
