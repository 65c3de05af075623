import { initializerFunction } from './internal/initializerFunction.js';

/**
 * He (Kaiming) uniform initialization: i.i.d. U[−bound, bound) with
 *
 * bound = √3·σ = √(3·gain²/fan),  variance gain²/fan,
 *
 * gain from `nonlinearity` (default relu: bound = √(6/fanIn)), fan = fanIn (`mode`, default) or
 * fanOut. PyTorch's `kaiming_uniform_` and Keras's `he_uniform`. Registry names `'he_uniform'`,
 * `'kaiming_uniform'`.
 *
 * Reference: He et al. 2015, "Delving deep into rectifiers", eq. 10, with the uniform
 * distribution of the same variance.
 *
 * @example
 * ```ts
 * const w = heUniform([64, 24], { seed: 0 });
 * Math.max(...w.data.map(Math.abs)) < 0.5; // true: bound = √(6/24) = 0.5
 * ```
 */
export const heUniform = initializerFunction('heUniform', 'he_uniform');
