import type { Nonlinearity } from './internal/nonlinearity.js';

/**
 * The parameters each initializer accepts, with their defaults. Absent (or undefined) means the
 * default; 0 is always a value, never "unset".
 */

/** `constant`: `value` (required). */
export interface ConstantParameters { readonly value?: number | undefined }

/** `random`: N(0, scale²), `scale` ≥ 0, default 0.01. */
export interface RandomParameters { readonly scale?: number | undefined }

/** `normal`: N(mean, std²), defaults 0 and 1; std ≥ 0. */
export interface NormalParameters { readonly mean?: number | undefined; readonly std?: number | undefined }

/** `uniform`: U[low, high), defaults 0 and 1; low < high. */
export interface UniformParameters { readonly low?: number | undefined; readonly high?: number | undefined }

/** `truncated_normal`: mean 0, std 1 (> 0), a −2, b 2 (in units of std; may be infinite). */
export interface TruncatedNormalParameters {
  readonly mean?: number | undefined;
  readonly std?: number | undefined;
  readonly a?: number | undefined;
  readonly b?: number | undefined;
}

/** He: `nonlinearity` default 'relu', `param` the leaky_relu slope (default 0.01), `mode` default 'fan_in'. */
export interface HeParameters {
  readonly nonlinearity?: Nonlinearity | undefined;
  readonly param?: number | undefined;
  readonly mode?: 'fan_in' | 'fan_out' | undefined;
}

/** Glorot, orthogonal, delta_orthogonal, identity: `gain` > 0, default 1. */
export interface GainParameters { readonly gain?: number | undefined }

/** `dirac`: `groups`, a positive integer dividing shape[0], default 1. */
export interface DiracParameters { readonly groups?: number | undefined }

/** `sparse`: `sparsity` in [0, 1] (required), `std` ≥ 0 default 0.01. */
export interface SparseParameters { readonly sparsity?: number | undefined; readonly std?: number | undefined }

/** `variance_scaling`: `scale` > 0 default 1, `mode` default 'fan_in', `distribution` default 'truncated_normal'. */
export interface VarianceScalingParameters {
  readonly scale?: number | undefined;
  readonly mode?: 'fan_in' | 'fan_out' | 'fan_avg' | undefined;
  readonly distribution?: 'truncated_normal' | 'normal' | 'untruncated_normal' | 'uniform' | undefined;
}

/** LeCun and zeros/ones take no parameters. */
export type NoParameters = Record<never, never>;
