import type { ParametersOf } from './Initialization.js';

// Names for the parameters of the named initializers, with their defaults, each derived from its
// definition ({@link ParametersOf}). Absent (or undefined) means the default; 0 is always a value,
// never "unset". Each may be given in the initialization object (`{ name: 'random', scale: 10 }`)
// or in the options (`initialize(shape, 'random', { scale: 10 })`).

/**
 * `constant`: every weight `value` (required, finite).
 * @example
 * ```ts
 * const p: ConstantParameters = { value: 0.1 };
 * ```
 */
export type ConstantParameters = ParametersOf<'constant'>;

/**
 * `random`: N(0, scale²), `scale` ≥ 0, default 0.01 (the course notebook uses 10).
 * @example
 * ```ts
 * const p: RandomParameters = { scale: 10 };
 * ```
 */
export type RandomParameters = ParametersOf<'random'>;

/**
 * `normal`: N(mean, std²), `mean` default 0, `std` ≥ 0 default 1.
 * @example
 * ```ts
 * const p: NormalParameters = { mean: 0, std: 0.02 };
 * ```
 */
export type NormalParameters = ParametersOf<'normal'>;

/**
 * `uniform`: U[low, high), defaults 0 and 1; low < high.
 * @example
 * ```ts
 * const p: UniformParameters = { low: -0.05, high: 0.05 };
 * ```
 */
export type UniformParameters = ParametersOf<'uniform'>;

/**
 * `truncated_normal`: `mean` 0, `std` > 0 default 1, `lower` −2 and `upper` 2 in units of std
 * (JAX's names; either may be infinite); the bounds are mean + lower·std and mean + upper·std.
 * PyTorch's absolute `a`, `b` are the dialect spelling `'trunc_normal_'`.
 * @example
 * ```ts
 * const p: TruncatedNormalParameters = { std: 0.02, lower: -2, upper: 2 }; // cut at ±0.04
 * ```
 */
export type TruncatedNormalParameters = ParametersOf<'truncated_normal'>;

/**
 * He (Kaiming): `nonlinearity` default 'relu' (gain from {@link calculateGain}), `param` the
 * leaky_relu slope (default 0.01; an error for other nonlinearities), `mode` 'fan_in' (default)
 * or 'fan_out'.
 * @example
 * ```ts
 * const p: HeParameters = { nonlinearity: 'leaky_relu', param: 0.2, mode: 'fan_out' };
 * ```
 */
export type HeParameters = ParametersOf<'he_normal'>;

/**
 * Gain: `gain` default 1; glorot ≥ 0 (0 gives zeros), orthogonal and identity any finite number
 * (negative flips the sign, 0 gives zeros), delta_orthogonal > 0.
 * @example
 * ```ts
 * const p: GainParameters = { gain: 5 / 3 }; // calculateGain('tanh')
 * ```
 */
export type GainParameters = ParametersOf<'glorot_normal'>;

/**
 * `dirac`: `groups`, a positive integer dividing shape[0], default 1.
 * @example
 * ```ts
 * const p: DiracParameters = { groups: 2 };
 * ```
 */
export type DiracParameters = ParametersOf<'dirac'>;

/**
 * `sparse`: `sparsity` in [0, 1] (required), `std` ≥ 0 default 0.01.
 * @example
 * ```ts
 * const p: SparseParameters = { sparsity: 0.1 };
 * ```
 */
export type SparseParameters = ParametersOf<'sparse'>;

/**
 * `variance_scaling`: `scale` > 0 default 1, `mode` default 'fan_in', `distribution` default
 * 'truncated_normal' ('untruncated_normal' is Keras's spelling of 'normal').
 * @example
 * ```ts
 * const p: VarianceScalingParameters = { scale: 2, mode: 'fan_in', distribution: 'truncated_normal' }; // Keras he_normal
 * ```
 */
export type VarianceScalingParameters = ParametersOf<'variance_scaling'>;

/**
 * No parameters: zeros, ones, lecun_normal, lecun_uniform.
 * @example
 * ```ts
 * const p: NoParameters = {};
 * ```
 */
export type NoParameters = Record<never, never>;
