import type { CanonicalInitializerName, InitializerName } from './Initialization.js';
import type { Definition } from './internal/Definition.js';
import { DEFINITIONS } from './internal/registry.js';

/**
 * A registry entry: what an initializer is called, what it takes and where it comes from.
 * @example
 * ```ts
 * const info: InitializerInfo = initializers.glorot_uniform;
 * info.aliases; // ['xavier_uniform']
 * ```
 */
export interface InitializerInfo {
  /** The canonical Keras-style snake_case name. */
  readonly name: CanonicalInitializerName;
  /** Other accepted names (`'he'` and `'kaiming_normal'` for `'he_normal'`). */
  readonly aliases: readonly InitializerName[];
  /** The parameter names it accepts, in the initialization object or in options. */
  readonly parameters: readonly string[];
  /** Whether it draws random numbers (and so needs `rng` or `seed`). */
  readonly random: boolean;
  /** The paper and equation, or the library function it reproduces. */
  readonly reference: string;
  /**
   * Whether `options.slice` (rows of the first dimension, bit for bit the whole call's) is
   * supported: false only for those whose values depend on the whole tensor (orthogonal,
   * delta_orthogonal, sparse).
   */
  readonly sliceable: boolean;
}

/**
 * The registry: every initializer by canonical name, in the order of the README's table
 * (constants, plain distributions, fan-scaled, structured). Frozen.
 *
 * @example
 * ```ts
 * initializers.he_normal.aliases;     // ['he', 'kaiming_normal']
 * initializers.he_normal.parameters;  // ['nonlinearity', 'param', 'mode']
 * initializers.zeros.random;          // false
 * Object.keys(initializers).includes('orthogonal'); // true
 * initializers.orthogonal.sliceable;  // false (its values depend on the whole matrix)
 * ```
 */
export const initializers: Readonly<Record<CanonicalInitializerName, InitializerInfo>> = Object.freeze(
  Object.fromEntries(
    (DEFINITIONS as readonly Definition[]).map((d) => [
      d.name,
      Object.freeze({
        name: d.name as CanonicalInitializerName,
        aliases: Object.freeze([...d.aliases]) as readonly InitializerName[],
        parameters: Object.freeze(Object.keys(d.parameters)),
        random: d.random,
        reference: d.reference,
        sliceable: d.wholeTensor === undefined,
      }),
    ]),
  ) as Record<CanonicalInitializerName, InitializerInfo>,
);
