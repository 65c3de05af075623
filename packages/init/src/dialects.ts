import type { CanonicalInitializerName, DialectSpelling } from './Initialization.js';
import type { Dialect, Framework } from './internal/dialects/Dialect.js';
import { DIALECTS } from './internal/dialects/dialectRegistry.js';

export type { Framework } from './internal/dialects/Dialect.js';

/**
 * A dialect spelling: which framework it comes from, the nninit initializer it is translated to,
 * its parameters (the framework's names), and what it draws.
 * @example
 * ```ts
 * const info: DialectInfo = dialects.kaiming_normal_;
 * info.parameters; // ['a', 'mode', 'nonlinearity']
 * ```
 */
export interface DialectInfo {
  readonly spelling: DialectSpelling;
  readonly framework: Framework;
  /** The nninit initializer whose definition draws it. */
  readonly canonical: CanonicalInitializerName;
  /** The framework's parameter names, the only ones it accepts (with `rng`, `seed`, `dtype`). */
  readonly parameters: readonly string[];
  /** What it draws, with the framework's defaults. */
  readonly draws: string;
  /** The framework source it follows. */
  readonly reference: string;
}

/**
 * Every PyTorch, Keras and TensorFlow.js spelling {@link initialize} accepts besides nninit's own
 * names, by spelling: PyTorch's `torch.nn.init` functions with their trailing underscore
 * (`'kaiming_normal_'`, `'trunc_normal_'`, …), Keras's class names and its snake_case names that
 * are not nninit's (`'HeNormal'`, `'RandomNormal'`, `'random_normal'`, …), and tfjs's factory
 * names that are not nninit's (`'heNormal'`, `'randomNormal'`, …). A spelling means that
 * framework's documented distribution and defaults, and takes exactly its parameter names. Frozen.
 *
 * @example
 * ```ts
 * dialects.HeNormal.canonical;      // 'variance_scaling' (Keras's He normal is truncated)
 * dialects.trunc_normal_.parameters; // ['mean', 'std', 'a', 'b'] (a, b absolute, as in PyTorch)
 * dialects.randomNormal.framework;  // 'TensorFlow.js'
 * ```
 */
export const dialects: Readonly<Record<DialectSpelling, DialectInfo>> = Object.freeze(
  Object.fromEntries(
    (DIALECTS as readonly Dialect[]).map((d) => [
      d.spelling,
      Object.freeze({
        spelling: d.spelling as DialectSpelling,
        framework: d.framework,
        canonical: d.canonical,
        parameters: Object.freeze(Object.keys(d.parameters)),
        draws: d.draws,
        reference: d.reference,
      }),
    ]),
  ) as Record<DialectSpelling, DialectInfo>,
);
