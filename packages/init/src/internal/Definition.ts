import type { PhiloxSource, RandomSource } from '@nninit/rng';
import type { FillPool } from '@nninit/rng/parallel';
import type { DType } from '@nninit/tensor';
import type { InitDistribution, StructuredDistribution } from '../InitDistribution.js';

/** Parameters as received at run time: untrusted until a definition's `plan` has checked them. */
export type Params = Readonly<Record<string, unknown>>;

/**
 * A checked, ready-to-run initialization for one shape: the declared distribution and the fill
 * that produces it. Building a plan validates everything, so a failing call consumes no
 * randomness and allocates nothing.
 */
export interface Plan {
  readonly distribution: InitDistribution;
  /** Writes the shape's elements, row-major, into `out`; `rng` is unused by deterministic plans. */
  readonly fill: (out: Float32Array | Float64Array, rng: RandomSource) => void;
  /**
   * The same fill on a pool's worker_threads (the same bits, the source advanced alike), for the
   * i.i.d. families: `pool.sampleNormal`, `pool.sampleUniform` or `pool.sampleTruncatedNormal`.
   */
  readonly parallel?: (pool: FillPool, source: PhiloxSource, out: Float32Array | Float64Array) => Promise<void>;
  /**
   * Elements [first, first + out.length) of what `fill` writes (row-major, torch layout), computed
   * without the others: the i.i.d. families read the Philox stream at `source.position + first`
   * (element i of a stream is a function of (key, i): Salmon et al. 2011), the deterministic ones
   * evaluate their formula there. `source` is read, not moved; it is undefined for deterministic
   * plans. Absent for plans whose values depend on the whole tensor (orthogonal, sparse,
   * delta_orthogonal): a `slice` of those is an error.
   */
  readonly fillRange?: (out: Float32Array | Float64Array, source: PhiloxSource | undefined, first: number) => void;
}

declare const parameterType: unique symbol;

/**
 * A parameter's declaration: nothing at run time (its `plan` checks it), its TypeScript type at
 * compile time, from which the public parameter types are derived.
 */
export interface Parameter<T> {
  readonly [parameterType]?: T;
}

/** Declares a parameter of type `T`: `{ gain: parameter<number>() }`. */
export function parameter<T>(): Parameter<T> {
  return {};
}

/** The parameters of a definition, by name: `{ gain: parameter<number>() }`. */
export type ParameterDeclarations = Readonly<Record<string, Parameter<unknown>>>;

/** The TypeScript type a declaration stands for. */
export type ParameterType<P> = P extends Parameter<infer T> ? T : never;

/** How a definition's samples are checked: `'iid'` by goodness-of-fit, or by its structure. */
export type SubjectKind = 'iid' | StructuredDistribution['family'];

/** Where a conformance subject's samples come from: a Philox seed with this dtype, or numpy's stream. */
export type SubjectSource = 'float32' | 'float64' | 'RandomState';

/**
 * One configuration of a definition in the conformance suite: a title in words, the
 * initialization (its own name or an alias, with the parameters that change its formula) and the
 * source. The initialization is checked against the registry by the registry test.
 */
export interface SubjectDeclaration {
  readonly title: string;
  readonly initialization: string | { readonly name: string; readonly [parameter: string]: unknown };
  readonly source: SubjectSource;
}

/**
 * One registry entry: the single source of truth of an initializer. Its canonical snake_case
 * name, aliases, parameters (with their types), whether it draws random numbers, its reference,
 * how it is checked (`kind`) and in which configurations (`subjects`), a shape with a complete
 * parameter set (`example`, used by the registry test), and `plan`, which validates (shape,
 * parameters) and returns the declared distribution with the fill that draws from it.
 */
export interface Definition<
  N extends string = string,
  A extends readonly string[] = readonly string[],
  P extends ParameterDeclarations = ParameterDeclarations,
> {
  readonly name: N;
  readonly aliases: A;
  readonly parameters: P;
  /** Whether the fill consumes randomness (and so needs `rng` or `seed`). */
  readonly random: boolean;
  /** Paper and equation, or the library function it reproduces. */
  readonly reference: string;
  readonly kind: SubjectKind;
  readonly subjects: readonly SubjectDeclaration[];
  readonly example: {
    readonly shape: readonly number[];
    readonly parameters: { readonly [K in keyof P]: ParameterType<P[K]> };
  };
  /**
   * Validates the shape and parameters (including that the values fit `dtype`'s finite range)
   * and returns the plan. Throws before any work, with `fn` at the start of the message.
   */
  readonly plan: (fn: string, shape: readonly number[], params: Params, dtype: DType) => Plan;
}

/**
 * A definition, with its literal name, aliases and parameter types kept (so the registry's
 * types are derived from it) and its lists frozen.
 */
export function define<
  const N extends string,
  const A extends readonly string[],
  const P extends ParameterDeclarations,
>(definition: Definition<N, A, P>): Definition<N, A, P> {
  return Object.freeze({ ...definition, aliases: Object.freeze(definition.aliases) });
}
