import type {
  ConstantParameters,
  DiracParameters,
  GainParameters,
  HeParameters,
  NoParameters,
  NormalParameters,
  RandomParameters,
  SparseParameters,
  TruncatedNormalParameters,
  UniformParameters,
  VarianceScalingParameters,
} from './InitializerParameters.js';

/**
 * Each accepted name (canonical Keras-style snake_case names and aliases) with its parameters.
 */
interface ParametersByName {
  zeros: NoParameters;
  ones: NoParameters;
  constant: ConstantParameters;
  random: RandomParameters;
  normal: NormalParameters;
  uniform: UniformParameters;
  truncated_normal: TruncatedNormalParameters;
  he: HeParameters;
  he_normal: HeParameters;
  kaiming_normal: HeParameters;
  he_uniform: HeParameters;
  kaiming_uniform: HeParameters;
  xavier: GainParameters;
  glorot_normal: GainParameters;
  xavier_normal: GainParameters;
  glorot_uniform: GainParameters;
  xavier_uniform: GainParameters;
  lecun_normal: NoParameters;
  lecun_uniform: NoParameters;
  variance_scaling: VarianceScalingParameters;
  orthogonal: GainParameters;
  identity: GainParameters;
  eye: GainParameters;
  dirac: DiracParameters;
  sparse: SparseParameters;
  delta_orthogonal: GainParameters;
}

/**
 * Every name {@link initialize} accepts: `'zeros'`, `'random'`, `'he'`, … (see the registry
 * {@link initializers} for canonical names, aliases and parameters).
 *
 * @example
 * ```ts
 * const name: InitializerName = 'he_normal';
 * ```
 */
export type InitializerName = keyof ParametersByName;

/**
 * The 19 canonical names, the keys of the registry {@link initializers}.
 *
 * @example
 * ```ts
 * const name: CanonicalInitializerName = 'glorot_uniform';
 * ```
 */
export type CanonicalInitializerName = Exclude<
  InitializerName,
  'he' | 'kaiming_normal' | 'kaiming_uniform' | 'xavier' | 'xavier_normal' | 'xavier_uniform' | 'eye'
>;

/**
 * An initializer with its parameters: `{ name: 'variance_scaling', scale: 2, mode: 'fan_in' }`.
 *
 * @example
 * ```ts
 * const spec: InitializationObject = { name: 'random', scale: 10 };
 * ```
 */
export type InitializationObject = {
  [N in InitializerName]: { readonly name: N } & ParametersByName[N];
}[InitializerName];

/**
 * What {@link initialize} takes: a name, or a name with parameters.
 *
 * @example
 * ```ts
 * const a: Initialization = 'he';
 * const b: Initialization = { name: 'he', mode: 'fan_out' };
 * ```
 */
export type Initialization = InitializerName | InitializationObject;

/**
 * Every parameter of every initializer, all optional: parameters may also be passed in the
 * options of {@link initialize}; the ones the chosen initializer does not take are rejected at run
 * time.
 *
 * @example
 * ```ts
 * const p: AnyParameters = { scale: 10 };
 * ```
 */
export interface AnyParameters {
  readonly value?: number | undefined;
  readonly scale?: number | undefined;
  readonly mean?: number | undefined;
  readonly std?: number | undefined;
  readonly low?: number | undefined;
  readonly high?: number | undefined;
  readonly a?: number | undefined;
  readonly b?: number | undefined;
  readonly nonlinearity?: HeParameters['nonlinearity'];
  readonly param?: number | undefined;
  readonly mode?: VarianceScalingParameters['mode'];
  readonly distribution?: VarianceScalingParameters['distribution'];
  readonly gain?: number | undefined;
  readonly groups?: number | undefined;
  readonly sparsity?: number | undefined;
}
