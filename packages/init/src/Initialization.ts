import type { ParameterType } from './internal/Definition.js';
import type { RegisteredDialect } from './internal/dialects/dialectRegistry.js';
import type { RegisteredDefinition } from './internal/registry.js';

/**
 * The parameters an initializer accepts, derived from its definition in the registry: each
 * optional (absent or undefined means its default), each with its type.
 *
 * @example
 * ```ts
 * const p: ParametersOf<'he_normal'> = { nonlinearity: 'leaky_relu', param: 0.2 };
 * ```
 */
export type ParametersOf<N extends CanonicalInitializerName> = DefinitionParameters<
  Extract<RegisteredDefinition, { readonly name: N }>
>;

type DefinitionParameters<D extends RegisteredDefinition> = {
  readonly [K in keyof D['parameters']]?: ParameterType<D['parameters'][K]> | undefined;
};

/**
 * The canonical names, the keys of the registry {@link initializers}.
 *
 * @example
 * ```ts
 * const name: CanonicalInitializerName = 'glorot_uniform';
 * ```
 */
export type CanonicalInitializerName = RegisteredDefinition['name'];

/** Each accepted name (canonical Keras-style snake_case names and aliases) with its parameters. */
type ParametersByName = {
  [D in RegisteredDefinition as D['name'] | D['aliases'][number]]: DefinitionParameters<D>;
};

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

/** Each dialect spelling with its framework's parameters, derived from the dialect table. */
type DialectParametersBySpelling = {
  [E in RegisteredDialect as E['spelling']]: {
    readonly [K in keyof E['parameters']]?: ParameterType<E['parameters'][K]> | undefined;
  };
};

/**
 * Another framework's spelling of an initializer, with that framework's meaning and parameter
 * names: PyTorch's `'kaiming_normal_'`, `'trunc_normal_'`, …; Keras's `'HeNormal'`,
 * `'RandomNormal'`, `'random_normal'`, …; TensorFlow.js's `'heNormal'`, `'randomNormal'`, … (the
 * table {@link dialects}).
 *
 * @example
 * ```ts
 * const name: DialectSpelling = 'kaiming_normal_';
 * ```
 */
export type DialectSpelling = keyof DialectParametersBySpelling;

/**
 * An initializer with its parameters: `{ name: 'variance_scaling', scale: 2, mode: 'fan_in' }`,
 * or a dialect spelling with its framework's: `{ name: 'trunc_normal_', std: 0.02, a: -0.04, b: 0.04 }`.
 *
 * @example
 * ```ts
 * const spec: InitializationObject = { name: 'random', scale: 10 };
 * ```
 */
export type InitializationObject =
  | {
      [N in InitializerName]: { readonly name: N } & ParametersByName[N];
    }[InitializerName]
  | {
      [S in DialectSpelling]: { readonly name: S } & DialectParametersBySpelling[S];
    }[DialectSpelling];

/**
 * What {@link initialize} takes: a name (nninit's or a dialect spelling), or a name with parameters.
 *
 * @example
 * ```ts
 * const a: Initialization = 'he';
 * const b: Initialization = { name: 'he', mode: 'fan_out' };
 * const c: Initialization = { name: 'RandomNormal', stddev: 0.02 };
 * ```
 */
export type Initialization = InitializerName | DialectSpelling | InitializationObject;

type Declarations = RegisteredDefinition['parameters'] | RegisteredDialect['parameters'];
type KeysOfUnion<T> = T extends unknown ? keyof T : never;
type DeclaredType<K extends PropertyKey> = Declarations extends infer P
  ? P extends { readonly [key in K]: infer T }
    ? ParameterType<T>
    : never
  : never;

/**
 * Every parameter of every initializer and dialect spelling, all optional: parameters may also be passed in the
 * options of {@link initialize}; the ones the chosen initializer does not take are rejected at run
 * time.
 *
 * @example
 * ```ts
 * const p: AnyParameters = { scale: 10 };
 * ```
 */
export type AnyParameters = {
  readonly [K in KeysOfUnion<Declarations>]?: DeclaredType<K> | undefined;
};
