import type { DialectSpelling, InitializerName } from './Initialization.js';
import { resolveInitialization } from './internal/resolveInitialization.js';

/**
 * An initialization checked without a shape: the spelling the caller used (an nninit name or
 * alias, or a PyTorch, Keras or TensorFlow.js spelling), its parameters merged from the
 * initialization object and the options (in the caller's own parameter names, absent ones
 * omitted), and whether it draws random numbers.
 * @example
 * ```ts
 * const v: ValidatedInitialization = validateInitialization('setup', 'he');
 * v.random; // true
 * ```
 */
export interface ValidatedInitialization {
  readonly name: InitializerName | DialectSpelling;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly random: boolean;
}

/**
 * Checks an initialization the way {@link initialize} does, before there is a shape: for adapters
 * that are configured first and applied later (`@nninit/tfjs`'s `initializer`, a config file
 * reader). It applies initialize's rules for the name (unknown → RangeError listing the valid
 * names and dialect spellings, with the nearest), for the keys of the initialization object and of
 * `options` (each must be `rng`, `seed`, `dtype`, `layout`, one of `extraOptionKeys`, or a
 * parameter of that initializer, in that spelling's own names), and for a parameter given twice.
 * Parameter values are checked later, against the shape, by the call that draws. `fn` names the
 * caller in every message, as `@nninit/internal`'s validators do.
 *
 * @example
 * ```ts
 * validateInitialization('initializer', { name: 'kaiming_normal_', a: 0.1 }, { seed: 1 });
 * // { name: 'kaiming_normal_', parameters: { a: 0.1 }, random: true }
 * validateInitialization('initializer', 'random_normal', { std: 1 });
 * // RangeError: initializer: each key of options must be one of … got "std" (Keras spells it "stddev")
 * ```
 * @throws TypeError for a name that is not a string, or a parameter given both in the
 *   initialization object and in options; RangeError for an unknown name or key.
 */
export function validateInitialization(
  fn: string,
  initialization: unknown,
  options?: unknown,
  extraOptionKeys: readonly string[] = [],
): ValidatedInitialization {
  const { definition, spelling, given } = resolveInitialization(fn, initialization, options, extraOptionKeys);
  return { name: spelling as InitializerName | DialectSpelling, parameters: given, random: definition.random };
}
