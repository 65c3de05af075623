import type { Nonlinearity } from './internal/nonlinearity.js';

// The parameters each initializer accepts, with their defaults. Absent (or undefined) means the
// default; 0 is always a value, never "unset". Each may be given in the initialization object
// (`{ name: 'random', scale: 10 }`) or in the options (`initialize(shape, 'random', { scale: 10 })`).

/**
 * `constant`: every weight `value` (required, finite).
 * @example
 * ```ts
 * const p: ConstantParameters = { value: 0.1 };
 * ```
 */
export interface ConstantParameters {
  readonly value?: number | undefined;
}

/**
 * `random`: N(0, scale²), `scale` ≥ 0, default 0.01 (the course notebook uses 10).
 * @example
 * ```ts
 * const p: RandomParameters = { scale: 10 };
 * ```
 */
export interface RandomParameters {
  readonly scale?: number | undefined;
}

/**
 * `normal`: N(mean, std²), `mean` default 0, `std` ≥ 0 default 1.
 * @example
 * ```ts
 * const p: NormalParameters = { mean: 0, std: 0.02 };
 * ```
 */
export interface NormalParameters {
  readonly mean?: number | undefined;
  readonly std?: number | undefined;
}

/**
 * `uniform`: U[low, high), defaults 0 and 1; low < high.
 * @example
 * ```ts
 * const p: UniformParameters = { low: -0.05, high: 0.05 };
 * ```
 */
export interface UniformParameters {
  readonly low?: number | undefined;
  readonly high?: number | undefined;
}

/**
 * `truncated_normal`: `mean` 0, `std` > 0 default 1, `a` −2 and `b` 2 in units of std (either
 * may be infinite); the bounds are mean + a·std and mean + b·std.
 * @example
 * ```ts
 * const p: TruncatedNormalParameters = { std: 0.02, a: -2, b: 2 }; // cut at ±0.04
 * ```
 */
export interface TruncatedNormalParameters {
  readonly mean?: number | undefined;
  readonly std?: number | undefined;
  readonly a?: number | undefined;
  readonly b?: number | undefined;
}

/**
 * He (Kaiming): `nonlinearity` default 'relu' (gain from {@link calculateGain}), `param` the
 * leaky_relu slope (default 0.01; an error for other nonlinearities), `mode` 'fan_in' (default)
 * or 'fan_out'.
 * @example
 * ```ts
 * const p: HeParameters = { nonlinearity: 'leaky_relu', param: 0.2, mode: 'fan_out' };
 * ```
 */
export interface HeParameters {
  readonly nonlinearity?: Nonlinearity | undefined;
  readonly param?: number | undefined;
  readonly mode?: 'fan_in' | 'fan_out' | undefined;
}

/**
 * Glorot, orthogonal, delta_orthogonal, identity: `gain` > 0, default 1.
 * @example
 * ```ts
 * const p: GainParameters = { gain: 5 / 3 }; // calculateGain('tanh')
 * ```
 */
export interface GainParameters {
  readonly gain?: number | undefined;
}

/**
 * `dirac`: `groups`, a positive integer dividing shape[0], default 1.
 * @example
 * ```ts
 * const p: DiracParameters = { groups: 2 };
 * ```
 */
export interface DiracParameters {
  readonly groups?: number | undefined;
}

/**
 * `sparse`: `sparsity` in [0, 1] (required), `std` ≥ 0 default 0.01.
 * @example
 * ```ts
 * const p: SparseParameters = { sparsity: 0.1 };
 * ```
 */
export interface SparseParameters {
  readonly sparsity?: number | undefined;
  readonly std?: number | undefined;
}

/**
 * `variance_scaling`: `scale` > 0 default 1, `mode` default 'fan_in', `distribution` default
 * 'truncated_normal' ('untruncated_normal' is Keras's spelling of 'normal').
 * @example
 * ```ts
 * const p: VarianceScalingParameters = { scale: 2, mode: 'fan_in', distribution: 'truncated_normal' }; // Keras he_normal
 * ```
 */
export interface VarianceScalingParameters {
  readonly scale?: number | undefined;
  readonly mode?: 'fan_in' | 'fan_out' | 'fan_avg' | undefined;
  readonly distribution?: 'truncated_normal' | 'normal' | 'untruncated_normal' | 'uniform' | undefined;
}

/**
 * No parameters: zeros, ones, lecun_normal, lecun_uniform.
 * @example
 * ```ts
 * const p: NoParameters = {};
 * ```
 */
export type NoParameters = Record<never, never>;
