import type { CanonicalInitializerName } from '../../Initialization.js';
import type { ParameterDeclarations, Params } from '../Definition.js';

/** The frameworks whose initializer names nninit accepts as dialect spellings. */
export type Framework = 'PyTorch' | 'Keras' | 'TensorFlow.js';

/**
 * One dialect spelling: a translation of another framework's initializer name and parameters
 * into one of nninit's definitions, which stay the single source of truth of distributions.
 *
 * The spelling means *that framework's* documented distribution, defaults and parameter names:
 * `{ name: 'RandomNormal', stddev }` is Keras's N(mean, stddev²) with stddev 0.05 by default, and
 * accepts exactly Keras's parameter names (`std` there is a RangeError suggesting `stddev`).
 * Translation, in order: `convert` (or else `renames`) turns the given parameters into the
 * canonical definition's; `defaults` fill what is still unset; `fixed` are set whatever was given
 * (the spelling has no such parameter).
 */
export interface Dialect<S extends string = string, P extends ParameterDeclarations = ParameterDeclarations> {
  readonly spelling: S;
  readonly framework: Framework;
  /** The definition it translates to. */
  readonly canonical: CanonicalInitializerName;
  /** The framework's parameters (its documented signature, without the tensor, seed or generator). */
  readonly parameters: P;
  /**
   * Framework name → canonical name, for parameters that are the same quantity (`stddev` → `std`);
   * also used to put the framework's names back into the canonical plan's error messages.
   */
  readonly renames?: Readonly<Record<string, string>>;
  /** The framework's defaults, in canonical names, where they differ from nninit's. */
  readonly defaults?: Readonly<Record<string, unknown>>;
  /** Canonical parameters the spelling fixes (`GlorotNormal`: scale 1, fan_avg, truncated_normal). */
  readonly fixed?: Readonly<Record<string, unknown>>;
  /** A translation that is not a rename (`trunc_normal_`'s absolute a, b → std units). */
  readonly convert?: (fn: string, params: Params) => Record<string, unknown>;
  /**
   * Why a parameter of this spelling is not one of the canonical definition's, for the error when
   * someone gives it to the canonical name (`a` to `truncated_normal`).
   */
  readonly notes?: Readonly<Record<string, string>>;
  /** The framework source it follows. */
  readonly reference: string;
  /** What it draws (with the framework's defaults), as the README's Dialects table states it. */
  readonly draws: string;
}

/** A dialect entry with its literal spelling and parameter types kept, frozen. */
export function dialect<const S extends string, const P extends ParameterDeclarations>(
  entry: Dialect<S, P>,
): Dialect<S, P> {
  return Object.freeze(entry);
}
