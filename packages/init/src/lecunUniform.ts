import { initializerFunction } from './internal/initializerFunction.js';

/**
 * LeCun uniform initialization: i.i.d. U[−bound, bound) with bound = √(3/fanIn) (variance
 * 1/fanIn). Keras's `lecun_uniform`. Registry name `'lecun_uniform'`.
 *
 * Reference: LeCun, Bottou, Orr & Müller 1998, "Efficient BackProp", §4.6, with the uniform
 * distribution of the same variance.
 *
 * @example
 * ```ts
 * const w = lecunUniform([8, 3], { seed: 0 });
 * w.data.every((x) => Math.abs(x) < 1); // true: bound = √(3/3) = 1
 * ```
 */
export const lecunUniform = initializerFunction('lecunUniform', 'lecun_uniform');
